package dev.quern.engine.exec;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.type.SqlType;
import dev.quern.engine.error.SqlErrors;
import java.util.List;

/** The rules for a column declared IDENTITY, in CREATE TABLE and ALTER TABLE ADD alike. */
final class IdentityColumns {
  private IdentityColumns() {}

  /**
   * 2749 unless {@code type} is an integer type or a decimal of scale 0, and 2744 when the table
   * has an identity column among {@code existing} already.
   */
  static void check(String table, String column, SqlType type, List<Column> existing) {
    boolean integral = switch (type.id()) {
      case TINYINT, SMALLINT, INT, BIGINT -> true;
      case DECIMAL, NUMERIC -> type.scale() == 0;
      default -> false;
    };
    if (!integral) {
      throw SqlErrors.IDENTITY_COLUMN_TYPE.raise(column);
    }
    if (existing.stream().anyMatch(c -> c.identity() != null)) {
      throw SqlErrors.MULTIPLE_IDENTITY_COLUMNS.raise(table);
    }
  }
}
