package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * INFORMATION_SCHEMA.PARAMETERS ("PARAMETERS (Transact-SQL)"): one row per routine parameter.
 * SQL Server reports an OUTPUT parameter's mode as INOUT (T-SQL output parameters are also
 * inputs) and the others as IN.
 */
final class InformationSchemaParametersView implements SystemView {
  private static final List<ResultColumn> COLUMNS = declareColumns();

  private static List<ResultColumn> declareColumns() {
    List<ResultColumn> out = new ArrayList<>(List.of(
        nvarchar("SPECIFIC_CATALOG", 128, true), nvarchar("SPECIFIC_SCHEMA", 128, true),
        nvarchar("SPECIFIC_NAME", 128, false), integer("ORDINAL_POSITION", false),
        nvarchar("PARAMETER_MODE", 10, true), nvarchar("IS_RESULT", 10, true), nvarchar("AS_LOCATOR", 10, true),
        nvarchar("PARAMETER_NAME", 128, true)));
    out.addAll(IsoTypeColumns.columns(true));
    out.addAll(List.of(
        nvarchar("USER_DEFINED_TYPE_CATALOG", 128, true), nvarchar("USER_DEFINED_TYPE_SCHEMA", 128, true),
        nvarchar("USER_DEFINED_TYPE_NAME", 128, true), nvarchar("SCOPE_CATALOG", 128, true),
        nvarchar("SCOPE_SCHEMA", 128, true), nvarchar("SCOPE_NAME", 128, true)));
    return List.copyOf(out);
  }

  @Override
  public String name() {
    return "parameters";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    for (RoutineParameters.Routine r : RoutineParameters.routines(session)) {
      if (r.returns() != null) {
        // A scalar function's result: position 0, OUT, IS_RESULT YES, no name.
        out.add(row(session, r, 0, "OUT", "YES", "", r.returns()));
      }
      int position = 0;
      for (RoutineParameters.Parameter p : r.parameters()) {
        out.add(row(session, r, ++position, p.output() ? "INOUT" : "IN", "NO", p.name(), p.type()));
      }
    }
    return out;
  }

  private static Object[] row(
      SessionState session, RoutineParameters.Routine r, int position, String mode, String isResult, String name,
      dev.quern.catalog.type.SqlType type) {
    Object[] row = new Object[COLUMNS.size()];
    Object[] head = {session.databaseName(), r.entry().schema().name(), r.entry().object().name(), position,
        mode, isResult, "NO", name};
    System.arraycopy(head, 0, row, 0, head.length);
    Object[] typeColumns = IsoTypeColumns.values(type);
    System.arraycopy(typeColumns, 0, row, head.length, typeColumns.length);
    return row;
  }
}
