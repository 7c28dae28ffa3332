package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentErrors;
import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.AgentTable;

/**
 * {@code msdb.dbo.sp_update_alert @name [, @new_name] [, @enabled] [, @message_id] [, @severity] …
 * [, @occurrence_count]} ("sp_update_alert (Transact-SQL)"): changes the settings given (14262 for
 * an unknown alert, 14261 for a taken new name); @occurrence_count = 0 resets the count and
 * records the reset's date and time. sysadmin only.
 */
final class UpdateAlertProcedure extends AgentProcedure {
  UpdateAlertProcedure() {
    super("sp_update_alert", "@name", "@new_name", "@enabled", "@message_id", "@severity", "@delay_between_responses",
        "@notification_message", "@include_event_description_in", "@database_name", "@event_description_keyword",
        "@job_id", "@job_name", "@occurrence_count", "@count_reset_date", "@count_reset_time", "@last_occurrence_date",
        "@last_occurrence_time", "@last_response_date", "@last_response_time", "@raise_snmp_trap",
        "@performance_condition", "@category_name", "@wmi_namespace", "@wmi_query");
  }

  @Override
  int run(Call c) {
    c.requireSysadmin();
    c.required("@name");
    AgentRow alert = c.named(AgentTable.ALERTS, "@name");
    String newName = c.text("@new_name");
    if (newName != null && !newName.equalsIgnoreCase(alert.string("name"))
        && !c.store.named(AgentTable.ALERTS, newName).isEmpty()) {
      throw AgentErrors.EXISTS.raise("@new_name", newName);
    }
    if (newName != null) {
      alert.set("name", newName);
    }
    AlertSettings.apply(c, alert);
    if (c.given("@occurrence_count")) {
      if (c.integer("@occurrence_count") != 0) {
        throw AgentErrors.INVALID_VALUES.raise("@occurrence_count", "0");
      }
      var now = c.now();
      alert.set("occurrence_count", 0)
          .set("count_reset_date", dev.quern.engine.agent.AgentDates.date(now.toLocalDate()))
          .set("count_reset_time", dev.quern.engine.agent.AgentDates.time(now.toLocalTime()));
    }
    for (String p : new String[] {"@count_reset_date", "@count_reset_time", "@last_occurrence_date",
        "@last_occurrence_time", "@last_response_date", "@last_response_time"}) {
      if (c.given(p)) {
        alert.set(p.substring(1), c.integer(p));
      }
    }
    c.store.put(alert);
    return 0;
  }
}
