package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentRow;

/**
 * {@code msdb.dbo.sp_add_schedule @schedule_name [, @enabled] [, @freq_type] [, @freq_interval]
 * [, @freq_subday_type] [, @freq_subday_interval] [, @freq_relative_interval]
 * [, @freq_recurrence_factor] [, @active_start_date] [, @active_end_date] [, @active_start_time]
 * [, @active_end_time] [, @owner_login_name] [, @schedule_uid OUTPUT] [, @schedule_id OUTPUT]}
 * ("sp_add_schedule (Transact-SQL)"): a schedule owned by the caller, attached to no job yet.
 * Names need not be unique (as in SQL Server; a name then no longer identifies it: 14371).
 */
final class AddScheduleProcedure extends AgentProcedure {
  AddScheduleProcedure() {
    super("sp_add_schedule", "@schedule_name", "@enabled", "@freq_type", "@freq_interval", "@freq_subday_type",
        "@freq_subday_interval", "@freq_relative_interval", "@freq_recurrence_factor", "@active_start_date",
        "@active_end_date", "@active_start_time", "@active_end_time", "@owner_login_name", "@schedule_uid",
        "@schedule_id", "@originating_server");
  }

  @Override
  int run(Call c) {
    String name = c.required("@schedule_name");
    byte[] owner = c.state().loginSid();
    String ownerName = c.text("@owner_login_name");
    if (ownerName != null) {
      owner = c.state().serverPrincipalSid(ownerName)
          .orElseThrow(() -> dev.quern.engine.agent.AgentErrors.NOT_FOUND.raise("@owner_login_name", ownerName));
      if (!java.util.Arrays.equals(owner, c.state().loginSid()) && !c.state().isSysadmin()) {
        throw dev.quern.engine.agent.AgentErrors.OTHER_OWNER.raise();
      }
    }
    AgentRow schedule = ScheduleSettings.create(c, name, owner);
    c.store.put(schedule);
    c.output("@schedule_id", schedule.integer("schedule_id"));
    c.output("@schedule_uid", schedule.uuid("schedule_uid"));
    return 0;
  }
}
