package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentErrors;
import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.AgentTable;
import java.util.List;
import java.util.UUID;

/**
 * {@code msdb.dbo.sp_add_jobstep {@job_id | @job_name} [, @step_id] , @step_name [, @subsystem]
 * [, @command] [, @on_success_action] [, @on_success_step_id] [, @on_fail_action]
 * [, @on_fail_step_id] [, @database_name] [, @retry_attempts] [, @retry_interval] …}
 * ("sp_add_jobstep (Transact-SQL)"): a step at the end, or at @step_id with the later steps moved
 * one up (and the "go to step" references to them). T-SQL steps only.
 */
final class AddJobStepProcedure extends AgentProcedure {
  AddJobStepProcedure() {
    super("sp_add_jobstep", "@job_id", "@job_name", "@step_id", "@step_name", "@subsystem", "@command",
        "@additional_parameters", "@cmdexec_success_code", "@on_success_action", "@on_success_step_id",
        "@on_fail_action", "@on_fail_step_id", "@server", "@database_name", "@database_user_name",
        "@retry_attempts", "@retry_interval", "@os_run_priority", "@output_file_name", "@flags", "@proxy_id",
        "@proxy_name", "@step_uid");
  }

  @Override
  int run(Call c) {
    AgentRow job = c.job();
    c.requireOwner(job);
    String name = c.required("@step_name");
    UUID jobId = job.uuid("job_id");
    List<AgentRow> steps = c.store.rowsOf(AgentTable.STEPS, jobId);
    int max = steps.size();
    int stepId = c.integer("@step_id", max + 1);
    if (stepId < 1 || stepId > max + 1) {
      throw AgentErrors.INVALID_VALUES.raise("@step_id", "1.." + (max + 1));
    }
    if (steps.stream().anyMatch(s -> s.string("step_name").equalsIgnoreCase(String.valueOf(name)))) {
      throw AgentErrors.EXISTS.raise("@step_name", name);
    }
    UUID uid = UUID.randomUUID();
    AgentRow step = AgentRow.empty(AgentTable.STEPS).set("job_id", jobId).set("step_id", stepId)
        .set("flags", 0).set("cmdexec_success_code", 0).set("on_success_action", 1).set("on_success_step_id", 0)
        .set("on_fail_action", 2).set("on_fail_step_id", 0).set("retry_attempts", 0).set("retry_interval", 0)
        .set("os_run_priority", 0).set("last_run_outcome", 0).set("last_run_duration", 0).set("last_run_retries", 0)
        .set("last_run_date", 0).set("last_run_time", 0).set("step_uid", uid);
    StepSettings.apply(c, step, max, true);
    if (stepId <= max) {
      StepNumbering.insertAt(c.store, steps, stepId);
    }
    c.store.put(step);
    touch(c, job);
    c.output("@step_uid", uid);
    return 0;
  }

  /** A change to a job's steps is a change to the job (date_modified, version_number). */
  static void touch(Call c, AgentRow job) {
    c.store.put(job.set("date_modified", c.now()).set("version_number", job.intValue("version_number") + 1));
  }
}
