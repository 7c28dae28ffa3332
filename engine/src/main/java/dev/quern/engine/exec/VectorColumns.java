package dev.quern.engine.exec;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.ast.ColumnDefinition;
import dev.quern.engine.ast.TableConstraintDefinition;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.error.VectorErrors;

/**
 * What a vector column may not carry, as SQL Server 2025 refuses it: a key of a PRIMARY KEY or
 * UNIQUE constraint (1919, then 1750) or of an index (1978; an included column is fine), a CHECK
 * (1760) or a DEFAULT (1752) of its own.
 */
final class VectorColumns {
  private VectorColumns() {}

  /** A column definition's own DEFAULT and CHECK constraints. */
  static void checkConstraints(ColumnDefinition c, SqlType type, String table) {
    if (type.id() != TypeId.VECTOR) {
      return;
    }
    if (c.defaultValue() != null) {
      throw SqlErrors.DEFAULT_COLUMN_INVALID.raise(c.name(), table);
    }
    if (c.constraints().stream().anyMatch(k -> k.kind() == TableConstraintDefinition.Kind.CHECK)) {
      throw VectorErrors.CHECK_CONSTRAINT.raise();
    }
  }

  /**
   * A table-level CHECK: refused when its text names a vector column of the table. (The text is
   * searched for the column's name as a word, plain or bracketed.)
   */
  static void checkTableCheck(java.util.List<Column> columns, String checkSql) {
    for (Column c : columns) {
      if (c.type().id() == TypeId.VECTOR && java.util.regex.Pattern.compile(
              "(?i)(\\[" + java.util.regex.Pattern.quote(c.name()) + "\\]|\\b"
                  + java.util.regex.Pattern.quote(c.name()) + "\\b)")
          .matcher(checkSql).find()) {
        throw VectorErrors.CHECK_CONSTRAINT.raise();
      }
    }
  }

  static void checkConstraintKey(Column c, String table) {
    if (c.type().id() == TypeId.VECTOR) {
      throw SqlErrors.CONSTRAINT_FAILED.raise().precededBy(VectorErrors.KEY_COLUMN.raise(c.name(), table));
    }
  }

  static void checkIndexKey(Column c, String table) {
    if (c.type().id() == TypeId.VECTOR) {
      throw VectorErrors.INDEX_KEY_COLUMN.raise(c.name(), table);
    }
  }
}
