package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.Databases;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The sys.databases columns health checks (sp_Blitz, sp_BlitzIndex) read besides the options and
 * the replication and standby flags {@link DatabasesView} lists: who owns a database, when it was
 * created, and the session-option defaults ALTER DATABASE sets. Quern has no CDC, contained
 * databases or resource pools per database, so those columns say so (NULL, 0, NONE) as SQL Server
 * does for a database without them.
 */
final class DatabaseHealthColumns {
  /** master, model and msdb as SQL Server ships them carry this creation date. */
  private static final LocalDateTime SHIPPED = LocalDateTime.of(2003, 4, 8, 9, 13, 36, 390_000_000);

  static final List<ResultColumn> COLUMNS =
      List.of(
          varbinary("owner_sid", 85, true), datetime("create_date", false), bit("is_cleanly_shutdown", true),
          bit("is_supplemental_logging_enabled", true), bit("is_auto_create_stats_incremental_on", true),
          bit("is_ansi_null_default_on", true), bit("is_numeric_roundabort_on", true),
          bit("is_cursor_close_on_commit_on", true), bit("is_local_cursor_default", true),
          bit("is_fulltext_enabled", true), bit("is_db_chaining_on", true),
          bit("is_master_key_encrypted_by_server", true), bit("is_sync_with_backup", false),
          bit("is_date_correlation_on", false), bit("is_cdc_enabled", false), bit("is_honor_broker_priority_on", true),
          integer("resource_pool_id", true), smallint("default_language_lcid", true),
          sysname("default_language_name", true), integer("default_fulltext_language_lcid", true),
          sysname("default_fulltext_language_name", true), bit("is_nested_triggers_on", true),
          bit("is_transform_noise_words_on", true), smallint("two_digit_year_cutoff", true),
          tinyint("containment", true), nvarchar("containment_desc", 60, true), tinyint("delayed_durability", true),
          nvarchar("delayed_durability_desc", 60, true), bit("is_memory_optimized_elevate_to_snapshot_on", true),
          bit("is_federation_member", true), bit("is_remote_data_archive_enabled", true),
          bit("is_mixed_page_allocation_on", true));

  private DatabaseHealthColumns() {}

  /** The values of {@link #COLUMNS} for database {@code d} with options {@code o}. */
  static Object[] values(Databases.Database d, Map<String, String> o) {
    String durability = o.getOrDefault("DELAYED_DURABILITY", "DISABLED");
    boolean chaining = d.id() == 1 || d.id() == 2 ? !"OFF".equals(o.get("DB_CHAINING")) : on(o, "DB_CHAINING");
    // dbo is the sa login in every Quern database (sys.database_principals), so sa owns them all.
    // Options that only a contained database has (language, nested triggers, year cutoff) are NULL.
    return new Object[] {
      new byte[] {1}, created(d, o), false, false, false, on(o, "ANSI_NULL_DEFAULT"), on(o, "NUMERIC_ROUNDABORT"),
      on(o, "CURSOR_CLOSE_ON_COMMIT"), "LOCAL".equals(o.get("CURSOR_DEFAULT")), true, chaining, false, false,
      on(o, "DATE_CORRELATION_OPTIMIZATION"), false, on(o, "HONOR_BROKER_PRIORITY"), null, null, null, null, null, null,
      null, null, 0, "NONE", durability.equals("ALLOWED") ? 1 : durability.equals("FORCED") ? 2 : 0, durability, false,
      false, false, on(o, "MIXED_PAGE_ALLOCATION")
    };
  }

  /**
   * tempdb is recreated when the server starts; a database made by CREATE DATABASE carries the
   * time it was made; master, model and msdb carry the date SQL Server's own do. A database made
   * before Quern stored the date reports the server's start, the latest time it cannot postdate.
   */
  private static LocalDateTime created(Databases.Database d, Map<String, String> o) {
    String stored = o.get(dev.quern.catalog.meta.Database.CREATE_DATE);
    if (stored != null) {
      return LocalDateTime.parse(stored);
    }
    return switch (d.id()) {
      case 1, 3, 4 -> SHIPPED;
      default -> LocalDateTime.ofInstant(Instant.ofEpochMilli(OsSystemViews.startMillis()), ZoneId.systemDefault());
    };
  }

  private static boolean on(Map<String, String> options, String name) {
    return "ON".equals(options.get(name));
  }
}
