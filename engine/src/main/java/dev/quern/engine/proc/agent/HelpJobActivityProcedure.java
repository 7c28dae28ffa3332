package dev.quern.engine.proc.agent;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.AgentTable;
import dev.quern.engine.api.ResultColumn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code msdb.dbo.sp_help_jobactivity [@job_id | @job_name] [, @session_id]} ("sp_help_jobactivity
 * (Transact-SQL)"): sysjobactivity for the agent session asked for (by default the latest one) with
 * the job's name and, once a run ended, its outcome from sysjobhistory (message, run_status and the
 * operators notified). The column last_exectued_step_date keeps SQL Server's spelling.
 */
final class HelpJobActivityProcedure extends AgentProcedure {
  private static final List<ResultColumn> COLUMNS = List.of(
      integer("session_id", false), uniqueidentifier("job_id", false), sysname("job_name", false),
      datetime("run_requested_date", true), sysname("run_requested_source", true), datetime("queued_date", true),
      datetime("start_execution_date", true), integer("last_executed_step_id", true),
      datetime("last_exectued_step_date", true), datetime("stop_execution_date", true),
      datetime("next_scheduled_run_date", true), integer("job_history_id", true), nvarchar("message", 1024, true),
      integer("run_status", true), integer("operator_id_emailed", true), integer("operator_id_netsent", true),
      integer("operator_id_paged", true));

  HelpJobActivityProcedure() {
    super("sp_help_jobactivity", "@job_id", "@job_name", "@session_id");
  }

  @Override
  int run(Call c) {
    Map<UUID, AgentRow> jobs = new HashMap<>();
    if (c.given("@job_id") || c.given("@job_name")) {
      AgentRow job = c.job();
      jobs.put(job.uuid("job_id"), job);
    } else {
      c.store.rows(AgentTable.JOBS).stream().filter(c::owns).forEach(j -> jobs.put(j.uuid("job_id"), j));
    }
    List<AgentRow> activity = c.store.rows(AgentTable.ACTIVITY);
    int session = c.integer("@session_id",
        activity.stream().mapToInt(a -> a.intValue("session_id")).max().orElse(0));
    Map<Integer, AgentRow> history = new HashMap<>();
    c.store.rows(AgentTable.HISTORY).forEach(h -> history.put(h.intValue("instance_id"), h));
    List<Object[]> rows = new ArrayList<>();
    activity.stream().filter(a -> a.intValue("session_id") == session && jobs.containsKey(a.uuid("job_id")))
        .sorted(Comparator.comparing(a -> jobs.get(a.uuid("job_id")).string("name")))
        .forEach(a -> rows.add(row(a, jobs.get(a.uuid("job_id")), history.get(a.integer("job_history_id")))));
    c.result(COLUMNS, rows);
    return 0;
  }

  private static Object[] row(AgentRow a, AgentRow job, AgentRow h) {
    return new Object[] {a.intValue("session_id"), a.uuid("job_id"), job.string("name"), a.get("run_requested_date"),
      a.get("run_requested_source"), a.get("queued_date"), a.get("start_execution_date"), a.get("last_executed_step_id"),
      a.get("last_executed_step_date"), a.get("stop_execution_date"), a.get("next_scheduled_run_date"),
      a.get("job_history_id"), h == null ? null : message(h), h == null ? null : h.integer("run_status"),
      h == null ? null : h.integer("operator_id_emailed"), h == null ? null : h.integer("operator_id_netsent"),
      h == null ? null : h.integer("operator_id_paged")};
  }

  /** The outcome's message, cut to the column's nvarchar(1024). */
  private static String message(AgentRow h) {
    String m = h.string("message");
    return m != null && m.length() > 1024 ? m.substring(0, 1024) : m;
  }
}
