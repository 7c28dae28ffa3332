package dev.quern.engine.dbcc;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import java.math.BigDecimal;
import java.util.List;

/**
 * DBCC LOGINFO [( database )]: the virtual log files of a database's log, one row each (the SQL
 * Server 2012 columns: RecoveryUnitId, FileId, FileSize, StartOffset, FSeqNo, Status, Parity,
 * CreateLSN). Quern's log is its store's write-ahead log, which it truncates itself and does not
 * divide into virtual log files: decided, it shows as one active VLF (Status 2) of the log file
 * (file 2) holding the log's current size after SQL Server's 8 KB file header, created at LSN 0.
 */
final class LogInfoCommand implements DbccCommand {
  private static final List<ResultColumn> COLUMNS = List.of(
      new ResultColumn("RecoveryUnitId", SqlTypes.INT, false), new ResultColumn("FileId", SqlTypes.INT, false),
      new ResultColumn("FileSize", SqlTypes.BIGINT, false), new ResultColumn("StartOffset", SqlTypes.BIGINT, false),
      new ResultColumn("FSeqNo", SqlTypes.INT, false), new ResultColumn("Status", SqlTypes.INT, false),
      new ResultColumn("Parity", SqlTypes.TINYINT, false), new ResultColumn("CreateLSN", SqlType.decimal(25, 0), false));
  private static final long FILE_HEADER = 8192;

  @Override
  public String name() {
    return "LOGINFO";
  }

  @Override
  public void authorize(DbccCall call) {
    DbccAccess.databaseOwner(call, "loginfo", CheckArguments.database(call));
  }

  @Override
  public void run(DbccCall call) {
    int db = CheckArguments.databaseId(call);
    long size = call.state().store().storage().logBytes(db);
    call.rows(COLUMNS, List.<Object[]>of(new Object[] {0, 2, size, FILE_HEADER, 1, 2, 64, BigDecimal.ZERO}));
  }
}
