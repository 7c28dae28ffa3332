package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentErrors;
import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.AgentTable;
import java.util.Objects;
import java.util.UUID;

/**
 * An alert's settings as sp_add_alert and sp_update_alert take them, checked as sp_verify_alert
 * does: a message id or a severity, not both and not neither (14500); a severity 0–25, enabled 0
 * or 1, include_event_description_in 0–7, a delay of at least 0 (14266); a message that exists
 * (14262), a database that exists (14262), a job that exists; one alert per condition (14501).
 * Performance-condition and WMI alerts are not offered: their parameters are 14200.
 */
final class AlertSettings {
  /** SQL Server keeps an alert without a job as the empty job id. */
  static final UUID NO_JOB = new UUID(0, 0);

  private AlertSettings() {}

  static AgentRow create(int id, String name) {
    return AgentRow.empty(AgentTable.ALERTS).set("id", id).set("name", name).set("event_source", "MSSQLServer")
        .set("message_id", 0).set("severity", 0).set("enabled", 1).set("delay_between_responses", 0)
        .set("last_occurrence_date", 0).set("last_occurrence_time", 0).set("last_response_date", 0)
        .set("last_response_time", 0).set("include_event_description", 5).set("occurrence_count", 0)
        .set("count_reset_date", 0).set("count_reset_time", 0).set("job_id", NO_JOB).set("has_notification", 0)
        .set("flags", 0).set("category_id", dev.quern.engine.agent.JobCategories.UNCATEGORIZED_ALERT);
  }

  /** Applies the parameters given to {@code alert} and checks the result. */
  static void apply(AgentProcedure.Call c, AgentRow alert) {
    for (String p : new String[] {"@performance_condition", "@wmi_namespace", "@wmi_query"}) {
      if (c.text(p) != null) {
        throw AgentErrors.INVALID.raise(p);
      }
    }
    c.checkRange("@enabled", 0, 1, "0, 1");
    c.checkRange("@severity", 0, 25, "0..25");
    c.checkRange("@include_event_description_in", 0, 7, "0..7");
    c.checkRange("@delay_between_responses", 0, Integer.MAX_VALUE, "0..");
    for (String p : new String[] {"@message_id", "@severity", "@enabled", "@delay_between_responses"}) {
      if (c.given(p)) {
        alert.set(p.substring(1), c.integer(p));
      }
    }
    if (c.given("@include_event_description_in")) {
      alert.set("include_event_description", c.integer("@include_event_description_in"));
    }
    for (String p : new String[] {"@notification_message", "@database_name", "@event_description_keyword"}) {
      if (c.value(p) != null) {
        alert.set(p.substring(1), c.text(p));
      }
    }
    if (c.given("@job_id") || c.given("@job_name")) {
      UUID job = c.uuid("@job_id");
      alert.set("job_id", NO_JOB.equals(job) ? NO_JOB : c.job().uuid("job_id"));
    }
    OtherCategory.apply(c, alert, dev.quern.engine.agent.JobCategories.ALERT);
    check(c, alert);
  }

  private static void check(AgentProcedure.Call c, AgentRow alert) {
    int message = alert.intValue("message_id");
    int severity = alert.intValue("severity");
    if ((message == 0) == (severity == 0)) {
      throw AgentErrors.ALERT_CONDITION.raise();
    }
    if (message != 0 && c.state().storedMessage(message).isEmpty()) {
      throw AgentErrors.NOT_FOUND.raise("@message_id", String.valueOf(message));
    }
    String db = alert.string("database_name");
    if (db != null && c.state().server().databases().byName(db).isEmpty()) {
      throw AgentErrors.NOT_FOUND.raise("@database_name", db);
    }
    for (AgentRow other : c.store.rows(AgentTable.ALERTS)) {
      if (other.intValue("id") != alert.intValue("id") && other.intValue("message_id") == message
          && other.intValue("severity") == severity && same(other.string("database_name"), db)
          && same(other.string("event_description_keyword"), alert.string("event_description_keyword"))) {
        throw AgentErrors.ALERT_DEFINED.raise(other.string("name"));
      }
    }
  }

  private static boolean same(String a, String b) {
    return Objects.equals(a == null ? null : a.toLowerCase(java.util.Locale.ROOT),
        b == null ? null : b.toLowerCase(java.util.Locale.ROOT));
  }
}
