package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.List;

/**
 * sys.fn_trace_gettable(filename, number_files) ("sys.fn_trace_gettable"): the events of a SQL
 * Trace file. Quern has no SQL Trace and writes no trace files (sys.traces is empty), so no file
 * it is given is a trace file it can read: it raises error 567, as SQL Server does for a file that
 * does not exist. Its columns are declared, in SQL Server's order, up to DBUserName (the ones
 * default-trace readers select), so a query over it binds before it fails.
 */
final class TraceTable implements SystemFunction {
  private static final SqlType NAME = SqlType.ofLength(TypeId.NVARCHAR, 256);
  private static final List<ResultColumn> COLUMNS = List.of(
      new ResultColumn("TextData", SqlType.ofLength(TypeId.NTEXT, SqlType.MAX), true),
      new ResultColumn("BinaryData", SqlType.ofLength(TypeId.IMAGE, SqlType.MAX), true), integer("DatabaseID", true),
      bigint("TransactionID", true), integer("LineNumber", true), new ResultColumn("NTUserName", NAME, true),
      new ResultColumn("NTDomainName", NAME, true), new ResultColumn("HostName", NAME, true),
      integer("ClientProcessID", true), new ResultColumn("ApplicationName", NAME, true),
      new ResultColumn("LoginName", NAME, true), integer("SPID", true), bigint("Duration", true),
      datetime("StartTime", true), datetime("EndTime", true), bigint("Reads", true), bigint("Writes", true),
      integer("CPU", true), bigint("Permissions", true), integer("Severity", true), integer("EventSubClass", true),
      integer("ObjectID", true), integer("Success", true), integer("IndexID", true), integer("IntegerData", true),
      new ResultColumn("ServerName", NAME, true), integer("EventClass", true), integer("ObjectType", true),
      integer("NestLevel", true), integer("State", true), integer("Error", true), integer("Mode", true),
      integer("Handle", true), new ResultColumn("ObjectName", NAME, true),
      new ResultColumn("DatabaseName", NAME, true), new ResultColumn("FileName", NAME, true),
      new ResultColumn("OwnerName", NAME, true), new ResultColumn("RoleName", NAME, true),
      new ResultColumn("TargetUserName", NAME, true), new ResultColumn("DBUserName", NAME, true));

  @Override
  public String name() {
    return "fn_trace_gettable";
  }

  @Override
  public List<SqlType> parameters() {
    return List.of(NAME, SqlTypes.INT);
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public Rows rows(SessionState session, Object[] args) {
    String file = args[0] == null ? "" : args[0].toString();
    throw dev.quern.engine.error.SqlErrors.TRACE_FILE_NOT_FOUND.raise(file);
  }
}
