package dev.quern.engine.proc.agent;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.AgentTable;
import dev.quern.engine.api.ResultColumn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * {@code msdb.dbo.sp_help_job [@job_id | @job_name] [, @enabled] …} ("sp_help_job
 * (Transact-SQL)"): the first result set only, one row per job (the named one, else every job
 * the caller may see: all for sysadmin, its own for others), with its last outcome, its next
 * scheduled run, its category's name and whether it is executing now (filtered by @enabled and
 * @category_name). The job's steps, schedules and targets, which SQL Server adds as three more
 * result sets for a named job, are not returned.
 */
final class HelpJobProcedure extends AgentProcedure {
  static final List<ResultColumn> COLUMNS = List.of(
      uniqueidentifier("job_id", false), nvarchar("originating_server", 30, true), sysname("name", false),
      tinyint("enabled", false), nvarchar("description", 512, true), integer("start_step_id", false),
      sysname("category", true), sysname("owner", true), integer("notify_level_eventlog", false),
      integer("notify_level_email", false), integer("notify_level_netsend", false), integer("notify_level_page", false),
      sysname("notify_email_operator", true), sysname("notify_netsend_operator", true),
      sysname("notify_page_operator", true), integer("delete_level", false), datetime("date_created", false),
      datetime("date_modified", false), integer("version_number", false), integer("last_run_date", false),
      integer("last_run_time", false), integer("last_run_outcome", false), integer("next_run_date", false),
      integer("next_run_time", false), integer("next_run_schedule_id", false), integer("current_execution_status", false),
      sysname("current_execution_step", true), integer("current_retry_attempt", false), integer("has_step", false),
      integer("has_schedule", false), integer("has_target", false), integer("type", false));

  HelpJobProcedure() {
    super("sp_help_job", "@job_id", "@job_name", "@job_aspect", "@job_type", "@owner_login_name", "@subsystem",
        "@category_name", "@enabled", "@execution_status", "@date_comparator", "@date_created", "@date_last_modified",
        "@description");
  }

  @Override
  int run(Call c) {
    List<AgentRow> jobs = c.given("@job_id") || c.given("@job_name") ? List.of(c.job())
        : c.store.rows(AgentTable.JOBS).stream().filter(c::owns).sorted(Comparator.comparing(j -> j.string("name"))).toList();
    Integer enabled = c.integer("@enabled");
    List<Object[]> rows = new ArrayList<>();
    for (AgentRow job : jobs) {
      String category = c.text("@category_name");
      if ((enabled == null || job.intValue("enabled") == enabled) && (category == null
          || category.equalsIgnoreCase(dev.quern.engine.agent.JobCategories.name(c.store, job.intValue("category_id"))))) {
        rows.add(row(c, job));
      }
    }
    c.host.sink().columns(COLUMNS);
    rows.forEach(c.host.sink()::row);
    c.host.sink().done(rows.size(), true);
    return 0;
  }

  static Object[] row(Call c, AgentRow job) {
    UUID id = job.uuid("job_id");
    AgentRow server = c.store.rowsOf(AgentTable.JOB_SERVERS, id).stream().findFirst().orElse(null);
    List<AgentRow> schedules = c.store.rowsOf(AgentTable.JOB_SCHEDULES, id);
    AgentRow next = schedules.stream().filter(s -> s.intValue("next_run_date") > 0)
        .min(Comparator.comparingLong(s -> s.intValue("next_run_date") * 1_000_000L + s.intValue("next_run_time")))
        .orElse(null);
    boolean running = c.state().server().agent().isRunning(id);
    String owner = ownerName(c, job.bytes("owner_sid"));
    return new Object[] {
      id, c.state().server().serverName(), job.string("name"), job.intValue("enabled"), job.string("description"),
      job.intValue("start_step_id"),
      dev.quern.engine.agent.JobCategories.name(c.store, job.intValue("category_id")), owner, job.intValue("notify_level_eventlog"),
      job.intValue("notify_level_email"), job.intValue("notify_level_netsend"), job.intValue("notify_level_page"),
      operator(c, job, "notify_email_operator_id"), operator(c, job, "notify_netsend_operator_id"),
      operator(c, job, "notify_page_operator_id"), job.intValue("delete_level"), job.time("date_created"),
      job.time("date_modified"), job.intValue("version_number"),
      server == null ? 0 : server.intValue("last_run_date"), server == null ? 0 : server.intValue("last_run_time"),
      server == null ? 5 : server.intValue("last_run_outcome"), next == null ? 0 : next.intValue("next_run_date"),
      next == null ? 0 : next.intValue("next_run_time"), next == null ? 0 : next.intValue("schedule_id"),
      running ? 1 : 4, running ? null : "0 (unknown)", 0,
      c.store.rowsOf(AgentTable.STEPS, id).size(), schedules.size(), server == null ? 0 : 1, 1};
  }

  /** The name of the operator a notify_*_operator_id column names; "(unknown)" for none, as SQL Server shows it. */
  private static String operator(Call c, AgentRow job, String column) {
    int id = job.intValue(column);
    return c.store.byId(AgentTable.OPERATORS, id).map(o -> o.string("name")).orElse("(unknown)");
  }

  private static String ownerName(Call c, byte[] sid) {
    if (java.util.Arrays.equals(sid, new byte[] {1})) {
      return "sa";
    }
    return c.state().securityRecords().loginBySid(sid).map(dev.quern.catalog.meta.Login::name).orElse(null);
  }
}
