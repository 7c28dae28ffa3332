package dev.quern.engine.exec;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.value.Collation;
import dev.quern.catalog.value.SupportedCollations;
import dev.quern.engine.ast.ColumnDefinition;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.DatabaseCollation;
import dev.quern.engine.session.SessionState;
import java.util.List;

/**
 * The collation a new or altered column stores: the COLLATE clause's, else the default of the
 * database the table lives in (also on ALTER COLUMN, which does not keep the old one, as in SQL
 * Server); none for a type that is not character data, where a COLLATE clause is 447. The
 * collation is stored on the column, so a later ALTER DATABASE … COLLATE leaves it as it is.
 */
final class ColumnCollations {
  private static final int TEMPDB = 2;

  private ColumnCollations() {}

  /** The collation of a stored or written name (DATABASE_DEFAULT: the current database's); null for none. */
  static Collation find(String name) {
    if (name == null) {
      return null;
    }
    return name.equalsIgnoreCase("DATABASE_DEFAULT") ? DatabaseCollation.current() : SupportedCollations.ofStored(name);
  }

  /**
   * The default collation of new columns of table {@code name} in database {@code databaseId}:
   * that database's, except that a table variable (kept in tempdb under an @ name) takes the
   * current database's, as in SQL Server, while a #temp table takes tempdb's.
   */
  static Collation databaseDefault(SessionState state, int databaseId, List<String> name) {
    boolean tableVariable = databaseId == TEMPDB && name.getLast().startsWith("@");
    return state.server().databases().collation(tableVariable ? state.databaseId() : databaseId);
  }

  static String of(ColumnDefinition c, SqlType type, Collation databaseDefault) {
    if (!SqlTypes.isCharacter(type.id())) {
      if (c.collation() != null) {
        throw SqlErrors.COLLATE_INVALID_TYPE.raise(SqlTypes.name(type.id()));
      }
      return null;
    }
    return c.collation() != null ? find(c.collation()).name() : databaseDefault.name();
  }
}
