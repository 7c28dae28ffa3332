package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.JobDeletion;

/**
 * {@code msdb.dbo.sp_delete_job {@job_id | @job_name} [, @originating_server] [, @server_name]
 * [, @delete_history] [, @delete_unused_schedule]} ("sp_delete_job (Transact-SQL)"): the job, its
 * steps, server, schedule attachments, history, and the schedules no other job uses. The owner
 * or sysadmin only (14525). Quern always deletes the history and the unused schedules (the two
 * flags' defaults).
 */
final class DeleteJobProcedure extends AgentProcedure {
  DeleteJobProcedure() {
    super("sp_delete_job", "@job_id", "@job_name", "@originating_server", "@server_name", "@delete_history",
        "@delete_unused_schedule");
  }

  @Override
  int run(Call c) {
    AgentRow job = c.job();
    c.requireOwner(job);
    JobDeletion.delete(c.store, job.uuid("job_id"));
    return 0;
  }
}
