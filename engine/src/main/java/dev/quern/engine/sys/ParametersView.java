package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.smallint;
import static dev.quern.engine.sys.Columns.sysname;
import static dev.quern.engine.sys.Columns.tinyint;
import static dev.quern.engine.sys.Columns.variant;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.parameters ("sys.parameters (Transact-SQL)"): one row per parameter of each routine of the
 * current database, numbered from 1 in declaration order (a scalar function's return value, when
 * functions come, is parameter 0 with an empty name). As in SQL Server, has_default_value is 0
 * and default_value NULL for T-SQL routines: only CLR routines keep defaults here (the definition
 * has them). Every T-SQL parameter is nullable; there is no Always Encrypted, so the encryption
 * columns are NULL.
 */
final class ParametersView implements SystemView {
  /** user_type_id of sysname, a system alias of nvarchar(128). */
  private static final int SYSNAME_USER_TYPE = 256;

  private static final List<ResultColumn> COLUMNS =
      List.of(
          integer("object_id", false), sysname("name", true), integer("parameter_id", false),
          tinyint("system_type_id", false), integer("user_type_id", false), smallint("max_length", false),
          tinyint("precision", false), tinyint("scale", false), bit("is_output", false),
          bit("is_cursor_ref", false), bit("has_default_value", false), bit("is_xml_document", false),
          variant("default_value", true), integer("xml_collection_id", false), bit("is_readonly", false),
          bit("is_nullable", true), integer("encryption_type", true), nvarchar("encryption_type_desc", 64, true),
          sysname("encryption_algorithm_name", true), integer("column_encryption_key_id", true),
          sysname("column_encryption_key_database_name", true));

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
      int objectId = r.entry().object().id();
      if (r.returns() != null) {
        // A scalar function's return value: parameter 0, no name, an output.
        out.add(row(objectId, new RoutineParameters.Parameter("", r.returns(), false, true, false), 0));
      }
      int id = 0;
      for (RoutineParameters.Parameter p : r.parameters()) {
        out.add(row(objectId, p, ++id));
      }
    }
    return out;
  }

  private static Object[] row(int objectId, RoutineParameters.Parameter p, int id) {
    int system = SqlTypes.systemTypeId(p.type().id());
    return new Object[] {objectId, p.name(), id, system,
        p.sysname() ? SYSNAME_USER_TYPE : SqlTypes.userTypeId(p.type().id()), ColumnsView.maxLength(p.type()),
        TypeFacets.precision(p.type()), TypeFacets.scale(p.type()), p.output(), false, false, p.type().isXmlDocument(),
        null, p.type().xmlCollectionId(), p.readonly(), true, null, null, null, null, null};
  }
}
