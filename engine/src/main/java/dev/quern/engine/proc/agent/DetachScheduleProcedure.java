package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentErrors;
import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.AgentTable;

/**
 * {@code msdb.dbo.sp_detach_schedule {@job_id | @job_name}, {@schedule_id | @schedule_name}
 * [, @delete_unused_schedule]} ("sp_detach_schedule (Transact-SQL)"): the job no longer runs on
 * the schedule (14374 when it did not); the job's owner or sysadmin (14391). With
 * @delete_unused_schedule = 1 a schedule no job uses any more is deleted.
 */
final class DetachScheduleProcedure extends AgentProcedure {
  DetachScheduleProcedure() {
    super("sp_detach_schedule", "@job_id", "@job_name", "@schedule_id", "@schedule_name", "@delete_unused_schedule",
        "@automatic_post");
  }

  @Override
  int run(Call c) {
    AgentRow job = c.job();
    AgentRow schedule = ScheduleLookup.find(c);
    if (!c.owns(job)) {
      throw AgentErrors.DETACH_OWNER.raise();
    }
    int id = schedule.intValue("schedule_id");
    AgentRow attached = c.store.rowsOf(AgentTable.JOB_SCHEDULES, job.uuid("job_id")).stream()
        .filter(r -> r.intValue("schedule_id") == id).findFirst()
        .orElseThrow(() -> AgentErrors.NOT_ATTACHED.raise(schedule.string("name"), job.string("name")));
    c.store.delete(attached);
    boolean used = c.store.rows(AgentTable.JOB_SCHEDULES).stream().anyMatch(r -> r.intValue("schedule_id") == id);
    if (c.integer("@delete_unused_schedule", 0) == 1 && !used) {
      c.store.delete(schedule);
    }
    return 0;
  }
}
