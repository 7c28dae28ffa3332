package dev.quern.engine.dbcc;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.Databases;
import java.util.ArrayList;
import java.util.List;

/**
 * DBCC SQLPERF(LOGSPACE): per database, its log's size in MB and how much of it is in use. Quern's
 * log is its store's write-ahead log (RocksDB's *.log files; every database but tempdb shares
 * one), plus, for a database in FULL recovery, the transaction log records that wait for a log
 * backup ({@code TransactionLog}). The store deletes a log file once the changes in it are flushed
 * to its tables, so what is on disk is all in use: 100 percent, or 0 for an empty log. It takes
 * VIEW SERVER STATE, which only sysadmin has in Quern (297 for others, as SQL Server answers).
 * DBCC SQLPERF('sys.dm_os_wait_stats',
 * CLEAR) starts the wait statistics again from zero; it takes ALTER SERVER STATE, which only
 * sysadmin has in Quern (2571 for others). Other SQLPERF options get 2526.
 */
final class SqlPerfCommand implements DbccCommand {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          new ResultColumn("Database Name", SqlTypes.SYSNAME, true),
          new ResultColumn("Log Size (MB)", SqlTypes.REAL, true),
          new ResultColumn("Log Space Used (%)", SqlTypes.REAL, true),
          new ResultColumn("Status", SqlTypes.INT, true));

  @Override
  public String name() {
    return "SQLPERF";
  }

  @Override
  public void run(DbccCall call) {
    if (call.arguments().size() == 2 && "sys.dm_os_wait_stats".equalsIgnoreCase(String.valueOf(call.argument(0)))
        && "CLEAR".equalsIgnoreCase(String.valueOf(call.argument(1)))) {
      DbccAccess.sysadmin(call, "SQLPERF", 3);
      call.state().server().waitStatistics().clear();
      return;
    }
    if (call.arguments().size() != 1 || !"LOGSPACE".equalsIgnoreCase(String.valueOf(call.argument(0)))) {
      throw DbccErrors.INCORRECT_STATEMENT.raise();
    }
    if (!call.state().isSysadmin()) {
      throw DbccAccess.NO_PERMISSION.raise(); // VIEW SERVER STATE, sysadmin's alone in Quern
    }
    List<Object[]> rows = new ArrayList<>();
    for (Databases.Database db : call.state().server().databases().all()) {
      long bytes = call.state().store().storage().logBytes(db.id()) + logicalLogBytes(call, db.id());
      rows.add(new Object[] {db.name(), (float) (bytes / (1024.0 * 1024.0)), bytes == 0 ? 0f : 100f, 0});
    }
    call.rows(COLUMNS, rows);
  }

  /** The records a FULL-recovery database's transaction log keeps until its next log backup. */
  private static long logicalLogBytes(DbccCall call, int databaseId) {
    var catalog = call.state().store().storage().catalog(databaseId);
    if (!catalog.log().state(databaseId).logging()) {
      return 0;
    }
    try (var t = catalog.store().beginReadOnly()) {
      return dev.quern.catalog.meta.TransactionLog.size(t, databaseId)[1];
    }
  }
}
