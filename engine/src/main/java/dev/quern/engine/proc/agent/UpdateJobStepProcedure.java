package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentErrors;
import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.AgentTable;
import java.util.List;

/**
 * {@code msdb.dbo.sp_update_jobstep {@job_id | @job_name}, @step_id [, @step_name] [, @command] …}
 * ("sp_update_jobstep (Transact-SQL)"): changes only what is given, checked as sp_add_jobstep
 * checks it; 14262 for a step the job does not have.
 */
final class UpdateJobStepProcedure extends AgentProcedure {
  UpdateJobStepProcedure() {
    super("sp_update_jobstep", "@job_id", "@job_name", "@step_id", "@step_name", "@subsystem", "@command",
        "@additional_parameters", "@cmdexec_success_code", "@on_success_action", "@on_success_step_id",
        "@on_fail_action", "@on_fail_step_id", "@server", "@database_name", "@database_user_name",
        "@retry_attempts", "@retry_interval", "@os_run_priority", "@output_file_name", "@flags", "@proxy_id",
        "@proxy_name");
  }

  @Override
  int run(Call c) {
    AgentRow job = c.job();
    c.requireOwner(job);
    Integer stepId = c.integer("@step_id");
    if (stepId == null) {
      throw dev.quern.engine.error.SqlErrors.PROC_EXPECTS_PARAMETER.raise(name(), "@step_id");
    }
    List<AgentRow> steps = c.store.rowsOf(AgentTable.STEPS, job.uuid("job_id"));
    AgentRow step = steps.stream().filter(s -> s.intValue("step_id") == stepId).findFirst()
        .orElseThrow(() -> AgentErrors.NOT_FOUND.raise("@step_id", String.valueOf(stepId)));
    String newName = c.text("@step_name");
    if (newName != null && steps.stream().anyMatch(s -> s.intValue("step_id") != stepId
        && s.string("step_name").equalsIgnoreCase(newName))) {
      throw AgentErrors.EXISTS.raise("@step_name", newName);
    }
    StepSettings.apply(c, step, steps.size(), false);
    c.store.put(step);
    AddJobStepProcedure.touch(c, job);
    return 0;
  }
}
