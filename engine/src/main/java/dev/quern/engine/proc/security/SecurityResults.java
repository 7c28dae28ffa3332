package dev.quern.engine.proc.security;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.ResultSink;
import java.util.List;

/** Column shapes the security reports share, and sending one result set. */
final class SecurityResults {
  static final SqlType SID = SqlType.ofLength(TypeId.VARBINARY, 85);

  private SecurityResults() {}

  static ResultColumn sysname(String name) {
    return new ResultColumn(name, SqlTypes.SYSNAME, true);
  }

  static ResultColumn column(String name, SqlType type) {
    return new ResultColumn(name, type, true);
  }

  static void send(ResultSink sink, List<ResultColumn> columns, List<Object[]> rows) {
    sink.columns(columns);
    rows.forEach(sink::row);
    sink.done(rows.size(), true);
  }
}
