package dev.quern.engine.exec;

import dev.quern.catalog.meta.Catalog;
import dev.quern.engine.store.StoreSession;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.error.SqlErrors;

/**
 * The values of rowversion (timestamp) columns: every row a statement inserts or updates gets the
 * database's next rowversion (@@DBTS moves with it), whatever the statement says about the column.
 * An INSERT may name the column only to give it DEFAULT or NULL (273 otherwise); UPDATE may not
 * assign it at all (272, in the binder). Values are handed out outside the transaction: a rolled
 * back statement leaves a gap, as in SQL Server. Each stays active (MIN_ACTIVE_ROWVERSION()) until
 * the transaction that drew it ends.
 */
final class RowVersions {
  private RowVersions() {}

  /** Whether a column definition declares a rowversion (timestamp) column. */
  static boolean declares(dev.quern.engine.ast.ColumnDefinition c) {
    return c.type() != null && c.type().args().isEmpty()
        && dev.quern.catalog.type.SqlTypes.isRowversionName(c.type().name());
  }

  /**
   * The stored type of a rowversion column of {@code table}, checked against the columns it
   * already has ({@code others}): no DEFAULT (1755), one per table (2738).
   */
  static dev.quern.catalog.type.SqlType definedType(
      String table, dev.quern.engine.ast.ColumnDefinition c, boolean nullable,
      java.util.List<dev.quern.catalog.meta.Column> others) {
    if (c.defaultValue() != null) {
      throw SqlErrors.ROWVERSION_DEFAULT.raise(table, c.name());
    }
    if (others.stream().anyMatch(dev.quern.catalog.meta.Column::rowversion)) {
      throw SqlErrors.SECOND_ROWVERSION.raise(table, c.name());
    }
    return nullable
        ? dev.quern.catalog.type.SqlType.ofLength(dev.quern.catalog.type.TypeId.VARBINARY, 8)
        : dev.quern.catalog.type.SqlTypes.ROWVERSION;
  }

  /** The position of {@code table}'s rowversion column, or -1 when it has none. */
  static int position(Table table) {
    return table.rowversionColumn().map(c -> table.position(c.columnId())).orElse(-1);
  }

  /**
   * Stamps a row being inserted: the value the statement gave its rowversion column (NULL when it
   * gave DEFAULT or left the column out) must be NULL.
   */
  static void stampInserted(Object[] row, int position, StoreSession store, Catalog catalog, int databaseId) {
    if (position < 0) {
      return;
    }
    if (row[position] != null) {
      throw SqlErrors.ROWVERSION_EXPLICIT_INSERT.raise();
    }
    row[position] = Catalog.rowversionBytes(store.nextRowversion(catalog, databaseId));
  }

  /** Stamps a row being updated (any update, even one that changes no value). */
  static void stampUpdated(Object[] row, int position, StoreSession store, Catalog catalog, int databaseId) {
    if (position >= 0) {
      row[position] = Catalog.rowversionBytes(store.nextRowversion(catalog, databaseId));
    }
  }
}
