package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.smallint;
import static dev.quern.engine.sys.Columns.sysname;
import static dev.quern.engine.sys.Columns.tinyint;
import static dev.quern.engine.sys.Columns.variant;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.value.SqlVariant;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.identity_columns: each table's IDENTITY column with its seed, increment and the last value
 * handed out (NULL before the first), as sql_variant of the column's type, as SQL Server shows
 * them (IDENT_CURRENT reads the same counter). Like SQL Server's, the view repeats the sys.columns
 * columns it inherits up to is_computed (SQLAlchemy's reflection reads is_identity from it).
 */
final class IdentityColumnsView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          integer("object_id", false), sysname("name", true), integer("column_id", false),
          tinyint("system_type_id", false), integer("user_type_id", false), smallint("max_length", false),
          tinyint("precision", false), tinyint("scale", false), sysname("collation_name", true),
          bit("is_nullable", true), bit("is_identity", false), bit("is_computed", false),
          variant("seed_value", true), variant("increment_value", true), variant("last_value", true),
          bit("is_not_for_replication", true));

  @Override
  public String name() {
    return "identity_columns";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    var catalog = session.store().storage().catalog(session.databaseId());
    for (CatalogObjects.Entry e : CatalogObjects.objects(session)) {
      if (e.object() instanceof Table t && t.identityColumn().isPresent()) {
        Column c = t.identityColumn().get();
        int typeId = SqlTypes.systemTypeId(c.type().id());
        var last = catalog.values().currentIdentity(t.id());
        out.add(new Object[] {
          t.id(), c.name(), c.columnId(), typeId, typeId, MaxLength.of(c.type()), TypeFacets.precision(c.type()),
          TypeFacets.scale(c.type()), c.collation(), c.nullable(), true, false, value(c, c.identity().seed()),
          value(c, c.identity().increment()),
          last.isPresent() ? value(c, last.getAsLong()) : null, false
        });
      }
    }
    return out;
  }

  /** {@code v} as a value of the column's type, wrapped as sql_variant. */
  private static SqlVariant value(Column c, long v) {
    return new SqlVariant(c.type(), dev.quern.catalog.value.Conversions.convert(v, SqlTypes.BIGINT, c.type()));
  }
}
