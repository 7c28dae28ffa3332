package dev.quern.catalog.value;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;

/** SQL Server's data type precedence ("Data type precedence (Transact-SQL)"). */
public final class TypePrecedence {
  private TypePrecedence() {}

  /** The type two operands meet in (comparison, CASE, UNION, before operator-specific facets). */
  public static SqlType resultType(SqlType a, SqlType b) {
    throw new UnsupportedOperationException("in progress");
  }

  /** Higher rank wins; sql_variant is highest, binary lowest. */
  public static int rank(TypeId id) {
    throw new UnsupportedOperationException("in progress");
  }
}
