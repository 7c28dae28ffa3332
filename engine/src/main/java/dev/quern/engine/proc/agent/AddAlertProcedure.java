package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentErrors;
import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.AgentTable;

/**
 * {@code msdb.dbo.sp_add_alert @name [, @message_id | @severity] [, @enabled]
 * [, @delay_between_responses] [, @notification_message] [, @include_event_description_in]
 * [, @database_name] [, @event_description_keyword] [, @job_id | @job_name] …} ("sp_add_alert
 * (Transact-SQL)"): a new alert in msdb.dbo.sysalerts (name unique: 14261, settings as {@link
 * AlertSettings}); sysadmin only. The agent fires it when a matching error is logged.
 */
final class AddAlertProcedure extends AgentProcedure {
  AddAlertProcedure() {
    super("sp_add_alert", "@name", "@message_id", "@severity", "@enabled", "@delay_between_responses",
        "@notification_message", "@include_event_description_in", "@database_name", "@event_description_keyword",
        "@job_id", "@job_name", "@raise_snmp_trap", "@performance_condition", "@category_name", "@wmi_namespace",
        "@wmi_query");
  }

  @Override
  int run(Call c) {
    c.requireSysadmin();
    String name = c.required("@name");
    if (name == null) {
      throw AgentErrors.INVALID.raise("@name");
    }
    if (!c.store.named(AgentTable.ALERTS, name).isEmpty()) {
      throw AgentErrors.EXISTS.raise("@name", name);
    }
    AgentRow alert = AlertSettings.create(c.store.records().newAlertId(), name);
    AlertSettings.apply(c, alert);
    c.store.put(alert);
    return 0;
  }
}
