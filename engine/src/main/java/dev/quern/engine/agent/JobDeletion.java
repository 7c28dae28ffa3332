package dev.quern.engine.agent;

import java.util.UUID;

/**
 * Removes a job as sp_delete_job does with its defaults: its steps, its server, its schedule
 * attachments, its history and activity, and each schedule it used that no other job uses
 * (@delete_unused_schedule = 1). Alerts that started it keep firing without a job (their job_id
 * becomes the empty id, as sp_delete_job leaves them).
 */
public final class JobDeletion {
  private JobDeletion() {}

  public static void delete(AgentStore s, UUID jobId) {
    for (AgentRow attached : s.rowsOf(AgentTable.JOB_SCHEDULES, jobId)) {
      s.delete(attached);
      int scheduleId = attached.intValue("schedule_id");
      boolean shared = s.rows(AgentTable.JOB_SCHEDULES).stream()
          .anyMatch(o -> o.intValue("schedule_id") == scheduleId && !o.uuid("job_id").equals(jobId));
      if (!shared) {
        s.schedule(scheduleId).ifPresent(s::delete);
      }
    }
    for (AgentTable t : new AgentTable[] {AgentTable.STEPS, AgentTable.JOB_SERVERS, AgentTable.ACTIVITY}) {
      s.rowsOf(t, jobId).forEach(s::delete);
    }
    s.rows(AgentTable.HISTORY).stream().filter(h -> h.uuid("job_id").equals(jobId)).forEach(s::delete);
    s.rows(AgentTable.ALERTS).stream().filter(a -> jobId.equals(a.uuid("job_id")))
        .forEach(a -> s.put(a.set("job_id", new UUID(0, 0))));
    s.job(jobId).ifPresent(s::delete);
  }
}
