package dev.quern.engine.exec;

import dev.quern.catalog.meta.Database;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.ast.ColumnDefinition;
import dev.quern.engine.error.SqlErrors;

/**
 * The collation a new or altered column stores: the COLLATE clause's, else the database default
 * (also on ALTER COLUMN, which does not keep the old one, as in SQL Server); none for a type that
 * is not character data, where a COLLATE clause is 447.
 */
final class ColumnCollations {
  private ColumnCollations() {}

  /** The collation of a stored or written name; null for none. */
  static dev.quern.catalog.value.Collation find(String name) {
    return name == null ? null : dev.quern.catalog.value.SupportedCollations.ofStored(name);
  }

  static String of(ColumnDefinition c, SqlType type) {
    if (!SqlTypes.isCharacter(type.id())) {
      if (c.collation() != null) {
        throw SqlErrors.COLLATE_INVALID_TYPE.raise(SqlTypes.name(type.id()));
      }
      return null;
    }
    return c.collation() != null ? c.collation() : Database.DEFAULT_COLLATION;
  }
}
