package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentErrors;
import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.AgentTable;

/**
 * {@code msdb.dbo.sp_stop_job {@job_name | @job_id} [, @originating_server] [, @server_name]}
 * ("sp_stop_job (Transact-SQL)"): cancels the running step's batch (as an attention would) and
 * ends the job as canceled; "Job 'x' stopped successfully." (14254). The job's owner or sysadmin
 * (14393); 14257 for a job without a server, 22022 when it is not running.
 */
final class StopJobProcedure extends AgentProcedure {
  StopJobProcedure() {
    super("sp_stop_job", "@job_name", "@job_id", "@originating_server", "@server_name");
  }

  @Override
  int run(Call c) {
    AgentRow job = c.job();
    if (!c.owns(job)) {
      throw AgentErrors.START_STOP_OWNER.raise();
    }
    var id = job.uuid("job_id");
    if (c.store.rowsOf(AgentTable.JOB_SERVERS, id).isEmpty()) {
      throw AgentErrors.NO_SERVER_STOP.raise(job.string("name"), id.toString().toUpperCase());
    }
    c.state().server().agent().stopJob(id, job.string("name"), c.state().loginName());
    c.inform(AgentErrors.STOPPED, job.string("name"));
    return 0;
  }
}
