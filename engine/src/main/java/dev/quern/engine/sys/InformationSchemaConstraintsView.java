package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.sysname;

import dev.quern.catalog.meta.Constraint;
import dev.quern.catalog.meta.IndexColumn;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * INFORMATION_SCHEMA.TABLE_CONSTRAINTS (one row per PRIMARY KEY, UNIQUE, FOREIGN KEY and CHECK
 * constraint) and INFORMATION_SCHEMA.KEY_COLUMN_USAGE (one row per column of a PRIMARY KEY,
 * UNIQUE or FOREIGN KEY constraint, in key order): what ORMs read to learn a schema's keys.
 */
final class InformationSchemaConstraintsView implements SystemView {
  private static final SqlType VARCHAR_11 = SqlType.ofLength(TypeId.VARCHAR, 11);
  private static final SqlType VARCHAR_2 = SqlType.ofLength(TypeId.VARCHAR, 2);

  private static final List<ResultColumn> CONSTRAINT_COLUMNS =
      List.of(
          nvarchar("CONSTRAINT_CATALOG", 128, true), nvarchar("CONSTRAINT_SCHEMA", 128, true),
          sysname("CONSTRAINT_NAME", false), nvarchar("TABLE_CATALOG", 128, true),
          nvarchar("TABLE_SCHEMA", 128, true), sysname("TABLE_NAME", false),
          new ResultColumn("CONSTRAINT_TYPE", VARCHAR_11, true), new ResultColumn("IS_DEFERRABLE", VARCHAR_2, false),
          new ResultColumn("INITIALLY_DEFERRED", VARCHAR_2, false));

  private static final List<ResultColumn> KEY_COLUMNS =
      List.of(
          nvarchar("CONSTRAINT_CATALOG", 128, true), nvarchar("CONSTRAINT_SCHEMA", 128, true),
          sysname("CONSTRAINT_NAME", false), nvarchar("TABLE_CATALOG", 128, true),
          nvarchar("TABLE_SCHEMA", 128, true), sysname("TABLE_NAME", false), sysname("COLUMN_NAME", true),
          integer("ORDINAL_POSITION", false));

  private final boolean keyColumns;

  private InformationSchemaConstraintsView(boolean keyColumns) {
    this.keyColumns = keyColumns;
  }

  static InformationSchemaConstraintsView tableConstraints() {
    return new InformationSchemaConstraintsView(false);
  }

  static InformationSchemaConstraintsView keyColumnUsage() {
    return new InformationSchemaConstraintsView(true);
  }

  @Override
  public String name() {
    return keyColumns ? "key_column_usage" : "table_constraints";
  }

  @Override
  public List<ResultColumn> columns() {
    return keyColumns ? KEY_COLUMNS : CONSTRAINT_COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    String db = session.databaseName();
    for (CatalogObjects.Entry e : CatalogObjects.objects(session)) {
      if (!(e.object() instanceof Table t)) {
        continue;
      }
      String schema = e.schema().name();
      for (Constraint c : t.constraints()) {
        String type =
            switch (c) {
              case Constraint.PrimaryKey p -> "PRIMARY KEY";
              case Constraint.Unique u -> "UNIQUE";
              case Constraint.ForeignKey f -> "FOREIGN KEY";
              case Constraint.Check k -> "CHECK";
              default -> null; // DEFAULT is not a table constraint here
            };
        if (type == null) {
          continue;
        }
        if (!keyColumns) {
          out.add(new Object[] {db, schema, c.name(), db, schema, t.name(), type, "NO", "NO"});
          continue;
        }
        List<Integer> columns = keyColumns(t, c);
        for (int i = 0; i < columns.size(); i++) {
          out.add(new Object[] {db, schema, c.name(), db, schema, t.name(), t.columnById(columns.get(i)).name(), i + 1});
        }
      }
    }
    return out;
  }

  /** The column ids of a key constraint, in key order (none for CHECK). */
  private static List<Integer> keyColumns(Table t, Constraint c) {
    return switch (c) {
      case Constraint.PrimaryKey p -> indexColumns(t, p.indexId());
      case Constraint.Unique u -> indexColumns(t, u.indexId());
      case Constraint.ForeignKey f -> f.columns();
      default -> List.of();
    };
  }

  private static List<Integer> indexColumns(Table t, int indexId) {
    return t.index(indexId).map(i -> i.keys().stream().map(IndexColumn::columnId).toList()).orElse(List.of());
  }
}
