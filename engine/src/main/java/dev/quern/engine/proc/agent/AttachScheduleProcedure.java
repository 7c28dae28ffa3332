package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentErrors;
import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.AgentTable;
import java.util.Arrays;

/**
 * {@code msdb.dbo.sp_attach_schedule {@job_id | @job_name}, {@schedule_id | @schedule_name}
 * [, @automatic_post]} ("sp_attach_schedule (Transact-SQL)"): the job runs on the schedule from
 * now on. The schedule's owner and the job's must be the same unless the caller is sysadmin
 * (14377). Attaching it twice changes nothing. next_run_date/time are 0 until the agent computes them.
 */
final class AttachScheduleProcedure extends AgentProcedure {
  AttachScheduleProcedure() {
    super("sp_attach_schedule", "@job_id", "@job_name", "@schedule_id", "@schedule_name", "@automatic_post");
  }

  @Override
  int run(Call c) {
    AgentRow job = c.job();
    AgentRow schedule = ScheduleLookup.find(c);
    c.requireOwner(job);
    if (!c.state().isSysadmin() && !Arrays.equals(job.bytes("owner_sid"), schedule.bytes("owner_sid"))) {
      throw AgentErrors.SCHEDULE_OWNER.raise();
    }
    attach(c, job, schedule.intValue("schedule_id"));
    return 0;
  }

  static void attach(Call c, AgentRow job, int scheduleId) {
    boolean attached = c.store.rowsOf(AgentTable.JOB_SCHEDULES, job.uuid("job_id")).stream()
        .anyMatch(r -> r.intValue("schedule_id") == scheduleId);
    if (!attached) {
      c.store.put(AgentRow.empty(AgentTable.JOB_SCHEDULES).set("schedule_id", scheduleId)
          .set("job_id", job.uuid("job_id")).set("next_run_date", 0).set("next_run_time", 0));
    }
  }
}
