package dev.quern.engine.proc.catalog;

import dev.quern.catalog.meta.Database;
import dev.quern.catalog.meta.Procedure;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.proc.odbc.OdbcColumnType;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.sys.MaxLength;
import java.util.ArrayList;
import java.util.List;

/**
 * sp_help's second result set for a stored procedure: its parameters in order, with the type's
 * bytes (Length), its ODBC precision and scale (characters for strings; NULL where none) and the
 * collation of character parameters. A procedure without parameters has no such result set.
 */
final class ProcedureHelp {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          new ResultColumn("Parameter_name", SqlTypes.SYSNAME, true),
          new ResultColumn("Type", SqlTypes.SYSNAME, true),
          new ResultColumn("Length", SqlTypes.SMALLINT, true),
          new ResultColumn("Prec", SqlTypes.INT, true),
          new ResultColumn("Scale", SqlTypes.INT, true),
          new ResultColumn("Param_order", SqlTypes.INT, true),
          new ResultColumn("Collation", SqlTypes.SYSNAME, true));

  private ProcedureHelp() {}

  static void write(Procedure p, SessionState state, ResultSink sink) {
    List<ProcedureParameters.Parameter> params = ProcedureParameters.of(p, state);
    if (params.isEmpty()) {
      return;
    }
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < params.size(); i++) {
      ProcedureParameters.Parameter param = params.get(i);
      SqlType t = param.type();
      OdbcColumnType odbc = OdbcColumnType.of(t, false, true, true, true);
      rows.add(new Object[] {param.name(), param.typeName(), MaxLength.of(t),
          odbc.precision(), odbc.scale(), i + 1, SqlTypes.isCharacter(t.id()) ? Database.DEFAULT_COLLATION : null});
    }
    HelpProcedure.result(sink, COLUMNS, rows);
  }
}
