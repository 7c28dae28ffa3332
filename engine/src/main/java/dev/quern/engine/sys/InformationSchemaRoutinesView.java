package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bigint;
import static dev.quern.engine.sys.Columns.datetime;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.smallint;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import java.util.ArrayList;
import java.util.List;

/**
 * INFORMATION_SCHEMA.ROUTINES ("ROUTINES (Transact-SQL)"): one row per stored procedure (and
 * function) of the current database. The return-type columns are NULL for a procedure.
 * ROUTINE_DEFINITION is the first 4000 characters of the definition, as in SQL Server. Procedures
 * are SQL_DATA_ACCESS MODIFIES, not deterministic, with any number of result sets
 * (MAX_DYNAMIC_RESULT_SETS -1). Quern keeps no creation or alteration times, so CREATED and
 * LAST_ALTERED are NULL (SQL Server's are never NULL).
 */
final class InformationSchemaRoutinesView implements SystemView {
  private static final int DEFINITION_CHARS = 4000;
  private static final List<ResultColumn> COLUMNS = declareColumns();

  private static List<ResultColumn> declareColumns() {
    List<ResultColumn> out = new ArrayList<>(List.of(
        nvarchar("SPECIFIC_CATALOG", 128, true), nvarchar("SPECIFIC_SCHEMA", 128, true),
        nvarchar("SPECIFIC_NAME", 128, false), nvarchar("ROUTINE_CATALOG", 128, true),
        nvarchar("ROUTINE_SCHEMA", 128, true), nvarchar("ROUTINE_NAME", 128, false),
        nvarchar("ROUTINE_TYPE", 20, true), nvarchar("MODULE_CATALOG", 128, true),
        nvarchar("MODULE_SCHEMA", 128, true), nvarchar("MODULE_NAME", 128, true),
        nvarchar("UDT_CATALOG", 128, true), nvarchar("UDT_SCHEMA", 128, true), nvarchar("UDT_NAME", 128, true)));
    out.addAll(IsoTypeColumns.columns(false));
    out.addAll(List.of(
        nvarchar("TYPE_UDT_CATALOG", 128, true), nvarchar("TYPE_UDT_SCHEMA", 128, true),
        nvarchar("TYPE_UDT_NAME", 128, true), nvarchar("SCOPE_CATALOG", 128, true),
        nvarchar("SCOPE_SCHEMA", 128, true), nvarchar("SCOPE_NAME", 128, true),
        bigint("MAXIMUM_CARDINALITY", true), nvarchar("DTD_IDENTIFIER", 128, true),
        nvarchar("ROUTINE_BODY", 30, true), nvarchar("ROUTINE_DEFINITION", DEFINITION_CHARS, true),
        nvarchar("EXTERNAL_NAME", 128, true), nvarchar("EXTERNAL_LANGUAGE", 30, true),
        nvarchar("PARAMETER_STYLE", 30, true), nvarchar("IS_DETERMINISTIC", 10, true),
        nvarchar("SQL_DATA_ACCESS", 30, true), nvarchar("IS_NULL_CALL", 10, true),
        nvarchar("SQL_PATH", 128, true), nvarchar("SCHEMA_LEVEL_ROUTINE", 10, true),
        smallint("MAX_DYNAMIC_RESULT_SETS", true), nvarchar("IS_USER_DEFINED_CAST", 10, true),
        nvarchar("IS_IMPLICITLY_INVOCABLE", 10, true), datetime("CREATED", true), datetime("LAST_ALTERED", true)));
    return List.copyOf(out);
  }

  @Override
  public String name() {
    return "routines";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    for (RoutineParameters.Routine r : RoutineParameters.routines(session)) {
      String db = session.databaseName();
      String schema = r.entry().schema().name();
      String name = r.entry().object().name();
      String definition = dev.quern.engine.store.ModuleOptions.shownDefinition(r.entry().object());
      if (definition != null && definition.length() > DEFINITION_CHARS) {
        definition = definition.substring(0, DEFINITION_CHARS);
      }
      boolean procedure = r.procedure();
      List<Object> row = new ArrayList<>(List.of(db, schema, name, db, schema, name, r.kind()));
      row.addAll(java.util.Arrays.asList(new Object[6]));
      Object[] returned = IsoTypeColumns.values(r.returns());
      if (!procedure && r.returns() == null) {
        returned[0] = "TABLE"; // a table-valued function's DATA_TYPE
      }
      row.addAll(java.util.Arrays.asList(returned));
      row.addAll(java.util.Arrays.asList(new Object[8]));
      row.addAll(java.util.Arrays.asList("SQL", definition, null, null, null, "NO",
          procedure ? "MODIFIES" : "READS", null, null, "YES", procedure ? -1 : 0, "NO", "NO", null, null));
      out.add(row.toArray());
    }
    return out;
  }
}
