package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.JobDeletion;

/**
 * {@code msdb.dbo.sp_delete_job {@job_id | @job_name} [, @originating_server] [, @server_name]
 * [, @delete_history] [, @delete_unused_schedule]} ("sp_delete_job (Transact-SQL)"): the job, its
 * steps, server, schedule attachments, history, and the schedules no other job uses. The owner
 * or sysadmin only (14525). A running job is stopped first. Quern always deletes the history and
 * the unused schedules (the two flags' defaults).
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
    var agent = c.state().server().agent();
    if (agent.isRunning(job.uuid("job_id"))) {
      // As SQL Server's sp_delete_job, a running job is stopped first: its history would have no job.
      agent.stopJob(job.uuid("job_id"), job.string("name"), c.state().loginName());
      agent.awaitEnd(job.uuid("job_id"), java.time.Duration.ofSeconds(30));
      // A fresh read snapshot: the history and activity the stopped run just wrote are deleted too.
      c.state().store().readAfresh(c.state().store().storage().main());
    }
    JobDeletion.delete(c.store, job.uuid("job_id"));
    return 0;
  }
}
