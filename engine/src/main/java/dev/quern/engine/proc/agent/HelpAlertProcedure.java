package dev.quern.engine.proc.agent;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.engine.agent.AgentErrors;
import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.AgentTable;
import dev.quern.engine.api.ResultColumn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * {@code msdb.dbo.sp_help_alert [@alert_name | @alert_id] [, @order_by] [, @category_name]
 * [, @legacy_format]} ("sp_help_alert (Transact-SQL)"): one alert (14262 when it does not exist) or
 * all, by name, with sysalerts' columns, the job's name and type 1 (an event alert: the only kind
 * Quern has). @order_by is not applied: the rows come by name.
 */
final class HelpAlertProcedure extends AgentProcedure {
  private static final List<String> HEAD = List.of("id", "name", "event_source", "event_category_id", "event_id",
      "message_id", "severity", "enabled", "delay_between_responses", "last_occurrence_date", "last_occurrence_time",
      "last_response_date", "last_response_time", "notification_message", "include_event_description",
      "database_name", "event_description_keyword", "occurrence_count", "count_reset_date", "count_reset_time",
      "job_id");
  private static final List<ResultColumn> COLUMNS = columns();

  HelpAlertProcedure() {
    super("sp_help_alert", "@alert_name", "@order_by", "@alert_id", "@category_name", "@legacy_format");
  }

  private static List<ResultColumn> columns() {
    List<ResultColumn> out = new ArrayList<>(HEAD.stream().map(AgentTable.ALERTS::column).toList());
    out.addAll(List.of(sysname("job_name", true), integer("has_notification", false), integer("flags", false),
        nvarchar("performance_condition", 512, true), sysname("category_name", true),
        nvarchar("wmi_namespace", 512, true), nvarchar("wmi_query", 512, true), integer("type", false)));
    return List.copyOf(out);
  }

  @Override
  int run(Call c) {
    List<AgentRow> alerts;
    Integer id = c.integer("@alert_id");
    if (c.given("@alert_name")) {
      alerts = List.of(c.named(AgentTable.ALERTS, "@alert_name"));
    } else if (id != null) {
      alerts = List.of(c.store.byId(AgentTable.ALERTS, id)
          .orElseThrow(() -> AgentErrors.NOT_FOUND.raise("@alert_id", String.valueOf(id))));
    } else {
      alerts = c.store.rows(AgentTable.ALERTS).stream().sorted(Comparator.comparing((AgentRow a) -> a.string("name")))
          .toList();
    }
    List<Object[]> rows = new ArrayList<>();
    for (AgentRow a : alerts) {
      List<Object> row = new ArrayList<>();
      HEAD.forEach(n -> row.add(a.get(n)));
      UUID job = a.uuid("job_id");
      row.add(AlertSettings.NO_JOB.equals(job) ? null : c.store.job(job).map(j -> j.string("name")).orElse(null));
      row.addAll(java.util.Arrays.asList(a.intValue("has_notification"), a.intValue("flags"),
          a.string("performance_condition"), OtherCategory.name(c, a), null, null, 1));
      rows.add(row.toArray());
    }
    c.result(COLUMNS, rows);
    return 0;
  }
}
