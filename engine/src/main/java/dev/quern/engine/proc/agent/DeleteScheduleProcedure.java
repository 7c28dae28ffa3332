package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentErrors;
import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.AgentTable;
import java.util.Arrays;

/**
 * {@code msdb.dbo.sp_delete_schedule {@schedule_id | @schedule_name} [, @force_delete]}
 * ("sp_delete_schedule (Transact-SQL)"): a schedule still attached to a job is kept (14372)
 * unless @force_delete = 1, which detaches it first; its owner or sysadmin only (14394).
 */
final class DeleteScheduleProcedure extends AgentProcedure {
  DeleteScheduleProcedure() {
    super("sp_delete_schedule", "@schedule_id", "@schedule_name", "@force_delete", "@automatic_post");
  }

  @Override
  int run(Call c) {
    AgentRow schedule = ScheduleLookup.find(c);
    if (!c.state().isSysadmin() && !Arrays.equals(schedule.bytes("owner_sid"), c.state().loginSid())) {
      throw AgentErrors.SCHEDULE_NOT_OWNER.raise();
    }
    int id = schedule.intValue("schedule_id");
    var attached = c.store.rows(AgentTable.JOB_SCHEDULES).stream().filter(r -> r.intValue("schedule_id") == id).toList();
    if (!attached.isEmpty() && c.integer("@force_delete", 0) != 1) {
      throw AgentErrors.SCHEDULE_IN_USE.raise();
    }
    attached.forEach(c.store::delete);
    c.store.delete(schedule);
    return 0;
  }
}
