package dev.quern.engine.exec;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Computed;
import dev.quern.catalog.meta.Database;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.ast.ColumnDefinition;
import dev.quern.engine.ast.TableConstraintDefinition;
import dev.quern.engine.binder.BindContext;
import dev.quern.engine.binder.ComputedColumnBinder;
import dev.quern.engine.error.SqlErrors;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The DDL rules of computed columns: defining one (CREATE TABLE, ALTER TABLE ADD), and what they
 * forbid on the columns they read (DROP COLUMN, ALTER COLUMN) and on themselves (ALTER COLUMN,
 * indexes on a column that is not deterministic), and storing the ones an index holds.
 */
final class ComputedColumnDdl {
  private ComputedColumnDdl() {}

  /**
   * The column {@code def} defines in table {@code table}, whose row is {@code scope};
   * {@code computedNames} are the table's computed columns (lower case).
   */
  static Column define(
      BindContext bind, String table, List<ResultColumn> scope, Set<String> computedNames,
      ColumnDefinition def, int columnId, int slot) {
    ComputedColumnBinder.Definition d =
        ComputedColumnBinder.define(bind, table, scope, computedNames, def);
    boolean persisted = def.persisted();
    boolean constrained =
        def.constraints().stream()
            .anyMatch(k -> k.kind() == TableConstraintDefinition.Kind.CHECK
                || k.kind() == TableConstraintDefinition.Kind.FOREIGN_KEY);
    if (!persisted && (Boolean.FALSE.equals(def.nullable()) || constrained)) {
      throw SqlErrors.COMPUTED_CONSTRAINT_NOT_PERSISTED.raise();
    }
    if (persisted && !d.deterministic()) {
      throw SqlErrors.PERSISTED_NOT_DETERMINISTIC.raise(def.name(), table);
    }
    boolean nullable = def.nullable() != null ? def.nullable() : d.nullable();
    String collation = !SqlTypes.isCharacter(d.type().id()) ? null
        : d.collation() != null ? d.collation() : Database.DEFAULT_COLLATION;
    return new Column(
        columnId, def.name(), d.type(), nullable, collation, null,
        new Computed(d.text(), persisted), slot, null);
  }

  /**
   * 5074 then 4922: a computed column reads {@code column}, which {@code statement} (ALTER TABLE
   * DROP COLUMN, ALTER TABLE ALTER COLUMN) would change.
   */
  static void checkNotRead(Table table, Column column, String statement) {
    for (Column c : table.columns()) {
      if (c.computed() != null
          && ComputedColumnBinder.columnNames(ComputedColumnBinder.parse(c.computed().expression()))
              .contains(column.name().toLowerCase(Locale.ROOT))) {
        throw SqlErrors.COLUMN_ACCESSED.raise(statement, column.name())
            .precededBy(SqlErrors.COMPUTED_COLUMN_DEPENDENCY.raise(c.name(), column.name()));
      }
    }
  }

  /**
   * The column as an index may hold it: a computed column must be deterministic (2729); one not
   * PERSISTED is from now on stored in the rows (materialized), so that its index entries can be
   * found again when the row changes, as SQL Server indexes such columns.
   */
  static Column indexable(BindContext bind, String table, Column c) {
    if (c.computed() == null || c.stored()) {
      return c;
    }
    var expr = ComputedColumnBinder.parse(c.computed().expression());
    if (!ComputedColumnBinder.deterministic(bind, expr)) {
      throw SqlErrors.INDEX_NON_DETERMINISTIC.raise(c.name(), table);
    }
    return c.materialized();
  }

}
