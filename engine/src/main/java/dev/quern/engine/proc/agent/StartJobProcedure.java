package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentErrors;
import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.AgentTable;

/**
 * {@code msdb.dbo.sp_start_job {@job_name | @job_id} [, @error_flag] [, @server_name] [, @step_name]
 * [, @output_flag]} ("sp_start_job (Transact-SQL)"): asks the agent to run the job now and returns
 * at once with "Job 'x' started successfully." (14243; none with @output_flag = 0). The job's
 * owner or sysadmin (14393); a job without a server is 14256, an unknown @step_name 14262; the
 * agent answers 22022 when it is not running or the job already is.
 */
final class StartJobProcedure extends AgentProcedure {
  StartJobProcedure() {
    super("sp_start_job", "@job_name", "@job_id", "@error_flag", "@server_name", "@step_name", "@output_flag");
  }

  @Override
  int run(Call c) {
    AgentRow job = c.job();
    if (!c.owns(job)) {
      throw AgentErrors.START_STOP_OWNER.raise();
    }
    var id = job.uuid("job_id");
    if (c.store.rowsOf(AgentTable.JOB_SERVERS, id).isEmpty()) {
      throw AgentErrors.NO_SERVER.raise(job.string("name"), id.toString().toUpperCase());
    }
    String stepName = c.text("@step_name");
    Integer step = null;
    if (stepName != null) {
      step = c.store.rowsOf(AgentTable.STEPS, id).stream().filter(s -> s.string("step_name").equalsIgnoreCase(stepName))
          .map(s -> s.integer("step_id")).findFirst()
          .orElseThrow(() -> AgentErrors.NOT_FOUND.raise("@step_name", stepName));
    }
    c.state().server().agent().startJob(id, job.string("name"), step, "User " + c.state().loginName());
    if (c.integer("@output_flag", 1) == 1) {
      c.inform(AgentErrors.STARTED, job.string("name"));
    }
    return 0;
  }
}
