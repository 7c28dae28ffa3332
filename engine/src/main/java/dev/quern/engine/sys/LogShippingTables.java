package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.datetime;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.sysname;
import static dev.quern.engine.sys.Columns.tinyint;
import static dev.quern.engine.sys.Columns.uniqueidentifier;

import java.util.List;

/**
 * msdb.dbo.log_shipping_primary_databases and log_shipping_secondary_databases ("Log Shipping
 * Tables and Stored Procedures"): Quern has no log shipping (no log backups), so neither holds a
 * row; backup scripts read them to leave a log-shipped database's log alone.
 */
final class LogShippingTables {
  private LogShippingTables() {}

  static List<SystemView> all() {
    return List.of(
        new DerivedView("log_shipping_primary_databases", List.of(
            uniqueidentifier("primary_id", false), sysname("primary_database", false),
            nvarchar("backup_directory", 500, false), nvarchar("backup_share", 500, false),
            integer("backup_retention_period", false), tinyint("backup_compression", false),
            uniqueidentifier("backup_job_id", false), sysname("monitor_server", false),
            bit("user_specified_monitor", true), bit("monitor_server_security_mode", false),
            nvarchar("last_backup_file", 500, true), datetime("last_backup_date", true)), s -> List.of()),
        new DerivedView("log_shipping_secondary_databases", List.of(
            sysname("secondary_database", false), uniqueidentifier("secondary_id", false),
            integer("restore_delay", false), bit("restore_all", false), bit("restore_mode", false),
            bit("disconnect_users", false), integer("block_size", true), integer("buffer_count", true),
            integer("max_transfer_size", true), nvarchar("last_restored_file", 500, true),
            datetime("last_restored_date", true)), s -> List.of()));
  }
}
