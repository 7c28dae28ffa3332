package dev.quern.engine.proc.agent;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.engine.agent.AgentErrors;
import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.AgentTable;
import dev.quern.engine.api.ResultColumn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * {@code msdb.dbo.sp_help_jobhistory [@job_id | @job_name] [, @step_id] [, @sql_message_id]
 * [, @sql_severity] [, @start_run_date] [, @end_run_date] [, @minimum_run_duration] [, @run_status]
 * [, @minimum_retries] [, @oldest_first] [, @mode]} ("sp_help_jobhistory (Transact-SQL)"): the
 * history of the jobs the caller may see, newest first. @mode 'SUMMARY' (the default) lists the job
 * outcomes (step 0) unless @step_id asks for a step; 'FULL' every row with its step and message.
 */
final class HelpJobHistoryProcedure extends AgentProcedure {
  private static final List<ResultColumn> SUMMARY = List.of(
      uniqueidentifier("job_id", false), sysname("job_name", false), integer("run_status", false),
      integer("run_date", false), integer("run_time", false), integer("run_duration", false),
      nvarchar("operator_emailed", 128, true), nvarchar("operator_netsent", 128, true),
      nvarchar("operator_paged", 128, true), integer("retries_attempted", false), sysname("server", false));
  private static final List<ResultColumn> FULL = List.of(
      integer("instance_id", false), uniqueidentifier("job_id", false), sysname("job_name", false),
      integer("step_id", false), sysname("step_name", false), integer("sql_message_id", false),
      integer("sql_severity", false), nvarchar("message", 4000, true), integer("run_status", false),
      integer("run_date", false), integer("run_time", false), integer("run_duration", false),
      nvarchar("operator_emailed", 128, true), nvarchar("operator_netsent", 128, true),
      nvarchar("operator_paged", 128, true), integer("retries_attempted", false), sysname("server", false));

  HelpJobHistoryProcedure() {
    super("sp_help_jobhistory", "@job_id", "@job_name", "@step_id", "@sql_message_id", "@sql_severity",
        "@start_run_date", "@end_run_date", "@start_run_time", "@end_run_time", "@minimum_run_duration",
        "@run_status", "@minimum_retries", "@oldest_first", "@server", "@mode");
  }

  @Override
  int run(Call c) {
    String mode = c.text("@mode") == null ? "SUMMARY" : c.text("@mode").toUpperCase(Locale.ROOT);
    if (!mode.equals("SUMMARY") && !mode.equals("FULL")) {
      throw AgentErrors.INVALID_VALUES.raise("@mode", "SUMMARY, FULL");
    }
    Map<UUID, AgentRow> jobs = new HashMap<>();
    if (c.given("@job_id") || c.given("@job_name")) {
      AgentRow job = c.job();
      jobs.put(job.uuid("job_id"), job);
    } else {
      c.store.rows(AgentTable.JOBS).stream().filter(c::owns).forEach(j -> jobs.put(j.uuid("job_id"), j));
    }
    boolean full = mode.equals("FULL");
    Comparator<AgentRow> order = Comparator.comparingInt(h -> h.intValue("instance_id"));
    List<Object[]> rows = new ArrayList<>();
    c.store.rows(AgentTable.HISTORY).stream().filter(h -> jobs.containsKey(h.uuid("job_id")))
        .filter(h -> matches(c, h, full))
        .sorted(c.integer("@oldest_first", 0) == 1 ? order : order.reversed())
        .forEach(h -> rows.add(row(h, jobs.get(h.uuid("job_id")).string("name"), full)));
    c.host.sink().columns(full ? FULL : SUMMARY);
    rows.forEach(c.host.sink()::row);
    c.host.sink().done(rows.size(), true);
    return 0;
  }

  private static boolean matches(Call c, AgentRow h, boolean full) {
    Integer step = c.integer("@step_id");
    return (step != null ? h.intValue("step_id") == step : full || h.intValue("step_id") == 0)
        && atLeast(c, "@sql_message_id", h, "sql_message_id", true)
        && atLeast(c, "@sql_severity", h, "sql_severity", true)
        && atLeast(c, "@run_status", h, "run_status", true)
        && atLeast(c, "@start_run_date", h, "run_date", false)
        && atMost(c, "@end_run_date", h, "run_date")
        && atLeast(c, "@start_run_time", h, "run_time", false)
        && atMost(c, "@end_run_time", h, "run_time")
        && atLeast(c, "@minimum_run_duration", h, "run_duration", false)
        && atLeast(c, "@minimum_retries", h, "retries_attempted", false);
  }

  /** A filter parameter: the column equals it ({@code exact}) or is at least it; no parameter, no filter. */
  private static boolean atLeast(Call c, String param, AgentRow h, String column, boolean exact) {
    Integer v = c.integer(param);
    return v == null || (exact ? h.intValue(column) == v : h.intValue(column) >= v);
  }

  private static boolean atMost(Call c, String param, AgentRow h, String column) {
    Integer v = c.integer(param);
    return v == null || h.intValue(column) <= v;
  }

  private static Object[] row(AgentRow h, String jobName, boolean full) {
    Object[] tail = {h.intValue("run_status"), h.intValue("run_date"), h.intValue("run_time"),
      h.intValue("run_duration"), null, null, null, h.intValue("retries_attempted"), h.string("server")};
    Object[] head = full
        ? new Object[] {h.intValue("instance_id"), h.uuid("job_id"), jobName, h.intValue("step_id"),
          h.string("step_name"), h.intValue("sql_message_id"), h.intValue("sql_severity"), h.string("message")}
        : new Object[] {h.uuid("job_id"), jobName};
    Object[] out = java.util.Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, out, head.length, tail.length);
    return out;
  }
}
