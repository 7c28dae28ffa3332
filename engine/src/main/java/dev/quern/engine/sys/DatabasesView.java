package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.catalog.meta.Database;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.Databases;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * sys.databases: one row per database (the columns clients and tools read), the options from the
 * database's catalog record (ALTER DATABASE … SET), SQL Server's defaults for those never set.
 */
final class DatabasesView implements SystemView {
  private static final List<ResultColumn> COLUMNS = Columns.concat(
      List.of(
          sysname("name", false),
          integer("database_id", false),
          sysname("collation_name", true),
          tinyint("compatibility_level", false),
          tinyint("state", true),
          nvarchar("state_desc", 60, true),
          bit("is_read_only", true),
          tinyint("recovery_model", true),
          nvarchar("recovery_model_desc", 60, true),
          tinyint("user_access", true),
          nvarchar("user_access_desc", 60, true),
          bit("is_auto_close_on", false),
          bit("is_auto_shrink_on", true),
          tinyint("snapshot_isolation_state", true),
          nvarchar("snapshot_isolation_state_desc", 60, true),
          bit("is_read_committed_snapshot_on", true),
          tinyint("page_verify_option", true),
          nvarchar("page_verify_option_desc", 60, true),
          bit("is_auto_create_stats_on", true),
          bit("is_auto_update_stats_on", true),
          bit("is_auto_update_stats_async_on", true),
          bit("is_ansi_nulls_on", true),
          bit("is_ansi_padding_on", true),
          bit("is_ansi_warnings_on", true),
          bit("is_arithabort_on", true),
          bit("is_concat_null_yields_null_on", true),
          bit("is_quoted_identifier_on", true),
          bit("is_recursive_triggers_on", true),
          bit("is_trustworthy_on", true),
          bit("is_broker_enabled", false),
          bit("is_parameterization_forced", true),
          integer("target_recovery_time_in_seconds", true),
          bit("is_query_store_on", true),
          bit("is_accelerated_database_recovery_on", true),
          bit("is_temporal_history_retention_enabled", true),
          tinyint("log_reuse_wait", true),
          nvarchar("log_reuse_wait_desc", 60, true),
          // What maintenance scripts read to pass databases by (snapshots, standby, replication,
          // availability groups): Quern has none of those, and no transparent data encryption.
          integer("source_database_id", true),
          bit("is_in_standby", true),
          bit("is_encrypted", true),
          bit("is_published", false),
          bit("is_subscribed", false),
          bit("is_merge_published", false),
          bit("is_distributor", false),
          uniqueidentifier("replica_id", true),
          uniqueidentifier("group_database_id", true)),
      DatabaseHealthColumns.COLUMNS);

  @Override
  public String name() {
    return "databases";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> rows = new ArrayList<>();
    for (Databases.Database d : session.server().databases().all()) {
      Map<String, String> o = options(session, d);
      Object[] row = row(d, session.server().databases().collation(d.id()).name(), o);
      if (waitsForLogBackup(session, d)) {
        row[LOG_REUSE_WAIT] = 2;
        row[LOG_REUSE_WAIT + 1] = "LOG_BACKUP";
      }
      rows.add(Columns.concat(row, DatabaseHealthColumns.values(d, o)));
    }
    return rows;
  }

  /** Where log_reuse_wait is in a row: after the 35 columns before it. */
  private static final int LOG_REUSE_WAIT = 35;

  /** Whether log records of {@code d} wait for a log backup (its FULL recovery log chain has some). */
  private static boolean waitsForLogBackup(SessionState session, Databases.Database d) {
    var catalog = session.store().storage().catalog(d.id());
    if (!catalog.log().state(d.id()).logging()) {
      return false;
    }
    try (var t = catalog.store().beginReadOnly()) {
      return dev.quern.catalog.meta.TransactionLog.hasRecords(t, d.id());
    }
  }

  /** The options ALTER DATABASE set on {@code d} (none for a database the catalog lacks). */
  private static Map<String, String> options(SessionState session, Databases.Database d) {
    var catalog = session.store().storage().catalog(d.id());
    return session.store().metadata(catalog).database(d.id()).map(Database::options).orElse(Map.of());
  }

  /** A row with SQL Server's defaults for what was never set (master, msdb, tempdb: SIMPLE recovery). */
  private static Object[] row(Databases.Database d, String collation, Map<String, String> o) {
    String recovery = Database.recoveryModel(d.name(), o);
    int recoveryCode = switch (recovery) {
      case "FULL" -> 1;
      case "BULK_LOGGED" -> 2;
      default -> 3;
    };
    String pageVerify = o.getOrDefault("PAGE_VERIFY", "CHECKSUM");
    int pageVerifyCode = switch (pageVerify) {
      case "NONE" -> 0;
      case "TORN_PAGE_DETECTION" -> 1;
      default -> 2;
    };
    boolean snapshot = on(o, "ALLOW_SNAPSHOT_ISOLATION", false);
    String targetRecovery = o.getOrDefault("TARGET_RECOVERY_TIME", "60 SECONDS");
    String[] tr = targetRecovery.split(" ");
    int targetSeconds = Integer.parseInt(tr[0]) * (tr.length > 1 && tr[1].equals("MINUTES") ? 60 : 1);
    return new Object[] {
      d.name(), d.id(), collation, Integer.parseInt(o.getOrDefault("COMPATIBILITY_LEVEL", "160")),
      o.containsKey(Database.RESTORING) ? 1 : 0, o.containsKey(Database.RESTORING) ? "RESTORING" : "ONLINE", false,
      recoveryCode, recovery, 0, "MULTI_USER", on(o, "AUTO_CLOSE", false),
      on(o, "AUTO_SHRINK", false), snapshot ? 1 : 0, snapshot ? "ON" : "OFF", on(o, "READ_COMMITTED_SNAPSHOT", false),
      pageVerifyCode, pageVerify, on(o, "AUTO_CREATE_STATISTICS", true), on(o, "AUTO_UPDATE_STATISTICS", true),
      on(o, "AUTO_UPDATE_STATISTICS_ASYNC", false), on(o, "ANSI_NULLS", false), on(o, "ANSI_PADDING", false),
      on(o, "ANSI_WARNINGS", false), on(o, "ARITHABORT", false), on(o, "CONCAT_NULL_YIELDS_NULL", false),
      on(o, "QUOTED_IDENTIFIER", false), on(o, "RECURSIVE_TRIGGERS", false), on(o, "TRUSTWORTHY", false),
      !"DISABLE_BROKER".equals(o.get("BROKER")) && o.containsKey("BROKER"),
      "FORCED".equals(o.get("PARAMETERIZATION")), targetSeconds, on(o, "QUERY_STORE", false),
      on(o, "ACCELERATED_DATABASE_RECOVERY", false), on(o, "TEMPORAL_HISTORY_RETENTION", true),
      // The store truncates its own write-ahead log: nothing ever holds it back (no log backup,
      // replication or long transaction makes it grow), so the answer to "why is my log growing".
      0, "NOTHING",
      null, false, false, false, false, false, false, null, null
    };
  }

  private static boolean on(Map<String, String> options, String name, boolean otherwise) {
    String v = options.get(name);
    return v == null ? otherwise : v.equals("ON");
  }
}
