package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.smallint;
import static dev.quern.engine.sys.Columns.sysname;
import static dev.quern.engine.sys.Columns.tinyint;

import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Schema;
import dev.quern.catalog.meta.UserType;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.types: the system data types, with the max_length, precision and scale SQL Server lists for
 * each, sysname (user_type_id 256), then the current database's user-defined types (CREATE TYPE):
 * an alias with its base's system_type_id and facets, a table type as system_type_id 243.
 */
final class TypesView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          sysname("name", false), tinyint("system_type_id", false), integer("user_type_id", false),
          integer("schema_id", false), integer("principal_id", true), smallint("max_length", false),
          tinyint("precision", false), tinyint("scale", false), sysname("collation_name", true),
          bit("is_nullable", true), bit("is_user_defined", false), bit("is_assembly_type", false),
          integer("default_object_id", false), integer("rule_object_id", false), bit("is_table_type", false));

  /** The sys schema's id, where the system types live. */
  private static final int SYS_SCHEMA = 4;
  private static final String COLLATION = "SQL_Latin1_General_CP1_CI_AS";

  @Override
  public String name() {
    return "types";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    for (TypeId id : TypeId.values()) {
      int[] size = size(id);
      Object[] row = row(SqlTypes.name(id), SqlTypes.systemTypeId(id), SqlTypes.userTypeId(id), size,
          SqlTypes.isCharacter(id) ? COLLATION : null);
      // is_assembly_type: a CLR type of Microsoft.SqlServer.Types
      row[11] = id == TypeId.HIERARCHYID || id == TypeId.GEOMETRY || id == TypeId.GEOGRAPHY;
      out.add(row);
    }
    out.add(row("timestamp", SqlTypes.TIMESTAMP_TYPE_ID, SqlTypes.TIMESTAMP_TYPE_ID, new int[] {8, 0, 0}, null));
    out.add(row("sysname", 231, 256, new int[] {256, 0, 0}, COLLATION));
    Metadata md = CatalogObjects.metadata(session);
    for (Schema schema : md.schemas(session.databaseId())) {
      for (UserType t : md.userTypes(schema.id())) {
        out.add(userRow(t, SchemaIds.visible(schema)));
      }
    }
    return out;
  }

  /** SQL Server's system_type_id of every table type. */
  static final int TABLE_TYPE_SYSTEM_ID = 243;

  private static Object[] userRow(UserType t, int schemaId) {
    if (t.isTableType()) {
      return new Object[] {t.name(), TABLE_TYPE_SYSTEM_ID, t.id(), schemaId, null, -1, 0, 0, null, false, true, false,
        0, 0, true};
    }
    SqlType b = t.base();
    return new Object[] {t.name(), SqlTypes.systemTypeId(b.id()), t.id(), schemaId, null, MaxLength.of(b),
      TypeFacets.precision(b), TypeFacets.scale(b), SqlTypes.isCharacter(b.id()) ? COLLATION : null, t.nullable(), true,
      false, 0, 0, false};
  }

  private static Object[] row(String name, int system, int user, int[] size, String collation) {
    return new Object[] {name, system, user, SYS_SCHEMA, null, size[0], size[1], size[2], collation, true, false, false,
      0, 0, false};
  }

  /** max_length, precision and scale as sys.types lists them. */
  private static int[] size(TypeId id) {
    return switch (id) {
      case TINYINT -> new int[] {1, 3, 0};
      case SMALLINT -> new int[] {2, 5, 0};
      case INT -> new int[] {4, 10, 0};
      case BIGINT -> new int[] {8, 19, 0};
      case BIT -> new int[] {1, 1, 0};
      case DECIMAL, NUMERIC -> new int[] {17, 38, 38};
      case SMALLMONEY -> new int[] {4, 10, 4};
      case MONEY -> new int[] {8, 19, 4};
      case REAL -> new int[] {4, 24, 0};
      case FLOAT -> new int[] {8, 53, 0};
      case CHAR, VARCHAR, NCHAR, NVARCHAR, BINARY, VARBINARY -> new int[] {8000, 0, 0};
      case TEXT, NTEXT, IMAGE, UNIQUEIDENTIFIER -> new int[] {16, 0, 0};
      case DATE -> new int[] {3, 10, 0};
      case TIME -> new int[] {5, 16, 7};
      case DATETIME2 -> new int[] {8, 27, 7};
      case DATETIMEOFFSET -> new int[] {10, 34, 7};
      case DATETIME -> new int[] {8, 23, 3};
      case SMALLDATETIME -> new int[] {4, 16, 0};
      case XML -> new int[] {-1, 0, 0};
      case SQL_VARIANT -> new int[] {8016, 0, 0};
      case HIERARCHYID -> new int[] {892, 0, 0};
      case VECTOR -> new int[] {8000, 0, 0};
      case JSON, GEOMETRY, GEOGRAPHY -> new int[] {-1, 0, 0};
    };
  }
}
