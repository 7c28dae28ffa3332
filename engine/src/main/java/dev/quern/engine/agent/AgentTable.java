package dev.quern.engine.agent;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.catalog.meta.CatalogAgent;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One of SQL Server Agent's msdb tables ("dbo.sysjobs (Transact-SQL)" and its siblings): its
 * documented columns, in order, and the key its rows are stored under in {@link CatalogAgent}.
 * A stored record holds exactly these columns, so msdb.dbo.sysjobs shows it as it is.
 */
public final class AgentTable {
  public static final AgentTable JOBS = new AgentTable(1, "sysjobs", List.of(
      uniqueidentifier("job_id", false), integer("originating_server_id", false), sysname("name", false),
      tinyint("enabled", false), nvarchar("description", 512, true), integer("start_step_id", false),
      integer("category_id", false), varbinary("owner_sid", 85, false), integer("notify_level_eventlog", false),
      integer("notify_level_email", false), integer("notify_level_netsend", false), integer("notify_level_page", false),
      integer("notify_email_operator_id", false), integer("notify_netsend_operator_id", false),
      integer("notify_page_operator_id", false), integer("delete_level", false), datetime("date_created", false),
      datetime("date_modified", false), integer("version_number", false)), "job_id");

  public static final AgentTable STEPS = new AgentTable(2, "sysjobsteps", List.of(
      uniqueidentifier("job_id", false), integer("step_id", false), sysname("step_name", false),
      nvarchar("subsystem", 40, false), new ResultColumn("command", SqlTypes.NVARCHAR_MAX, true),
      integer("flags", false), new ResultColumn("additional_parameters", SqlTypes.NVARCHAR_MAX, true),
      integer("cmdexec_success_code", false), tinyint("on_success_action", false), integer("on_success_step_id", false),
      tinyint("on_fail_action", false), integer("on_fail_step_id", false), sysname("server", true),
      sysname("database_name", true), sysname("database_user_name", true), integer("retry_attempts", false),
      integer("retry_interval", false), integer("os_run_priority", false), nvarchar("output_file_name", 200, true),
      integer("last_run_outcome", false), integer("last_run_duration", false), integer("last_run_retries", false),
      integer("last_run_date", false), integer("last_run_time", false), integer("proxy_id", true),
      uniqueidentifier("step_uid", true)), "job_id", "step_id");

  public static final AgentTable SCHEDULES = new AgentTable(3, "sysschedules", List.of(
      integer("schedule_id", false), uniqueidentifier("schedule_uid", false), integer("originating_server_id", false),
      sysname("name", false), varbinary("owner_sid", 85, false), integer("enabled", false), integer("freq_type", false),
      integer("freq_interval", false), integer("freq_subday_type", false), integer("freq_subday_interval", false),
      integer("freq_relative_interval", false), integer("freq_recurrence_factor", false),
      integer("active_start_date", false), integer("active_end_date", false), integer("active_start_time", false),
      integer("active_end_time", false), datetime("date_created", false), datetime("date_modified", false),
      integer("version_number", false)), null, "schedule_id");

  public static final AgentTable JOB_SCHEDULES = new AgentTable(4, "sysjobschedules", List.of(
      integer("schedule_id", true), uniqueidentifier("job_id", true), integer("next_run_date", false),
      integer("next_run_time", false)), "job_id", "schedule_id");

  public static final AgentTable JOB_SERVERS = new AgentTable(5, "sysjobservers", List.of(
      uniqueidentifier("job_id", false), integer("server_id", false), integer("last_run_outcome", false),
      nvarchar("last_outcome_message", 4000, true), integer("last_run_date", false), integer("last_run_time", false),
      integer("last_run_duration", false)), "job_id", "server_id");

  public static final AgentTable HISTORY = new AgentTable(6, "sysjobhistory", List.of(
      integer("instance_id", false), uniqueidentifier("job_id", false), integer("step_id", false),
      sysname("step_name", false), integer("sql_message_id", false), integer("sql_severity", false),
      nvarchar("message", 4000, true), integer("run_status", false), integer("run_date", false),
      integer("run_time", false), integer("run_duration", false), integer("operator_id_emailed", false),
      integer("operator_id_netsent", false), integer("operator_id_paged", false), integer("retries_attempted", false),
      sysname("server", false)), null, "instance_id");

  public static final AgentTable ACTIVITY = new AgentTable(7, "sysjobactivity", List.of(
      integer("session_id", false), uniqueidentifier("job_id", false), datetime("run_requested_date", true),
      sysname("run_requested_source", true), datetime("queued_date", true), datetime("start_execution_date", true),
      integer("last_executed_step_id", true), datetime("last_executed_step_date", true),
      datetime("stop_execution_date", true), integer("job_history_id", true),
      datetime("next_scheduled_run_date", true)), "job_id", "session_id");

  public static final AgentTable OPERATORS = new AgentTable(8, "sysoperators", List.of(
      integer("id", false), sysname("name", false), tinyint("enabled", false), nvarchar("email_address", 100, true),
      integer("last_email_date", false), integer("last_email_time", false), nvarchar("pager_address", 100, true),
      integer("last_pager_date", false), integer("last_pager_time", false), integer("weekday_pager_start_time", false),
      integer("weekday_pager_end_time", false), integer("saturday_pager_start_time", false),
      integer("saturday_pager_end_time", false), integer("sunday_pager_start_time", false),
      integer("sunday_pager_end_time", false), tinyint("pager_days", false), nvarchar("netsend_address", 100, true),
      integer("last_netsend_date", false), integer("last_netsend_time", false), integer("category_id", false)),
      null, "id");

  public static final AgentTable ALERTS = new AgentTable(9, "sysalerts", List.of(
      integer("id", false), sysname("name", false), nvarchar("event_source", 100, false),
      integer("event_category_id", true), integer("event_id", true), integer("message_id", false),
      integer("severity", false), tinyint("enabled", false), integer("delay_between_responses", false),
      integer("last_occurrence_date", false), integer("last_occurrence_time", false),
      integer("last_response_date", false), integer("last_response_time", false),
      nvarchar("notification_message", 512, true), tinyint("include_event_description", false),
      nvarchar("database_name", 512, true), nvarchar("event_description_keyword", 100, true),
      integer("occurrence_count", false), integer("count_reset_date", false), integer("count_reset_time", false),
      uniqueidentifier("job_id", false), integer("has_notification", false), integer("flags", false),
      nvarchar("performance_condition", 512, true), integer("category_id", false)), null, "id");

  public static final AgentTable NOTIFICATIONS = new AgentTable(10, "sysnotifications", List.of(
      integer("alert_id", false), integer("operator_id", false), tinyint("notification_method", false)),
      null, "alert_id", "operator_id");

  /** Job, alert and operator categories; the permanent ones (ids below 100) are {@link JobCategories#PERMANENT}. */
  public static final AgentTable CATEGORIES = new AgentTable(11, "syscategories", List.of(
      integer("category_id", false), integer("category_class", false), tinyint("category_type", false),
      sysname("name", false)), null, "category_id");

  public static final List<AgentTable> ALL = List.of(JOBS, STEPS, SCHEDULES, JOB_SCHEDULES, JOB_SERVERS, HISTORY, ACTIVITY,
      OPERATORS, ALERTS, NOTIFICATIONS, CATEGORIES);

  private final int id;
  private final String name;
  private final List<ResultColumn> columns;
  private final Map<String, Integer> positions = new HashMap<>();
  private final int uuidKey;
  private final int[] intKeys;

  private AgentTable(int id, String name, List<ResultColumn> columns, String uuidKey, String... intKeys) {
    this.id = id;
    this.name = name;
    this.columns = columns;
    for (int i = 0; i < columns.size(); i++) {
      positions.put(columns.get(i).name(), i);
    }
    this.uuidKey = uuidKey == null ? -1 : position(uuidKey);
    this.intKeys = java.util.Arrays.stream(intKeys).filter(java.util.Objects::nonNull).mapToInt(this::position).toArray();
  }

  private AgentTable(int id, String name, List<ResultColumn> columns, String key) {
    this(id, name, columns, key, new String[0]);
  }

  int id() {
    return id;
  }

  public String name() {
    return name;
  }

  public List<ResultColumn> columns() {
    return columns;
  }

  /** The column named {@code name}, as the table declares it. */
  public ResultColumn column(String name) {
    return columns.get(position(name));
  }

  /** The position of column {@code column}; an unknown name is a programming error. */
  int position(String column) {
    if (column == null) {
      return -1;
    }
    Integer p = positions.get(column);
    if (p == null) {
      throw new IllegalArgumentException(name + " has no column " + column);
    }
    return p;
  }

  /** The key a row is stored under: its job id (when the table has one), then its int keys. */
  byte[] key(Object[] row) {
    UUID job = uuidKey < 0 ? null : (UUID) row[uuidKey];
    return CatalogAgent.key(job, java.util.Arrays.stream(intKeys).map(k -> (Integer) row[k]).toArray());
  }
}
