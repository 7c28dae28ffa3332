package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.sysname;
import static dev.quern.engine.sys.Columns.varchar;

import dev.quern.catalog.meta.Constraint;
import dev.quern.catalog.meta.FkAction;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.proc.catalog.ForeignKeysProcedure;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS: one row per FOREIGN KEY of the current database,
 * naming the primary key or unique constraint it references (UNIQUE_CONSTRAINT_NAME, the key
 * SQLAlchemy's get_foreign_keys joins to KEY_COLUMN_USAGE) and its ON UPDATE / ON DELETE rules.
 * MATCH_OPTION is always SIMPLE, as in SQL Server.
 */
final class InformationSchemaReferentialConstraintsView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          nvarchar("CONSTRAINT_CATALOG", 128, true), nvarchar("CONSTRAINT_SCHEMA", 128, true),
          sysname("CONSTRAINT_NAME", false), nvarchar("UNIQUE_CONSTRAINT_CATALOG", 128, true),
          nvarchar("UNIQUE_CONSTRAINT_SCHEMA", 128, true), sysname("UNIQUE_CONSTRAINT_NAME", true),
          varchar("MATCH_OPTION", 7, true), varchar("UPDATE_RULE", 11, true), varchar("DELETE_RULE", 11, true));

  @Override
  public String name() {
    return "referential_constraints";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    Metadata md = CatalogObjects.metadata(session);
    String db = session.databaseName();
    List<Object[]> out = new ArrayList<>();
    for (CatalogObjects.Entry e : CatalogObjects.objects(session)) {
      if (!(e.object() instanceof Table t)) {
        continue;
      }
      for (Constraint c : t.constraints()) {
        if (c instanceof Constraint.ForeignKey fk) {
          Table parent = fk.refTableId() == t.id() ? t : md.table(fk.refTableId()).orElse(null);
          String parentSchema = parent == null ? null : md.schema(parent.schemaId()).map(s -> s.name()).orElse(null);
          String key = parent == null ? null : ForeignKeysProcedure.referencedKey(parent, fk.refColumns());
          out.add(new Object[] {db, e.schema().name(), fk.name(), db, parentSchema, key, "SIMPLE",
              rule(fk.onUpdate()), rule(fk.onDelete())});
        }
      }
    }
    return out;
  }

  private static String rule(FkAction action) {
    return switch (action) {
      case NO_ACTION -> "NO ACTION";
      case CASCADE -> "CASCADE";
      case SET_NULL -> "SET NULL";
      case SET_DEFAULT -> "SET DEFAULT";
    };
  }
}
