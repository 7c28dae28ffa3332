package dev.quern.engine.ast;

/**
 * {@code FOR SYSTEM_TIME …} after a table or view in FROM (SQL Server's temporal queries): which
 * row versions of a system-versioned temporal table to read. {@code from} is AS OF's point in
 * time or a range's start, {@code to} a range's end; both null for ALL.
 */
public record SystemTimeClause(Kind kind, Expr from, Expr to) {
  /** The five forms. */
  public enum Kind {
    AS_OF,
    FROM_TO,
    BETWEEN,
    CONTAINED_IN,
    ALL
  }

  public String toSql() {
    return "FOR SYSTEM_TIME " + switch (kind) {
      case AS_OF -> "AS OF " + from.toSql();
      case FROM_TO -> "FROM " + from.toSql() + " TO " + to.toSql();
      case BETWEEN -> "BETWEEN " + from.toSql() + " AND " + to.toSql();
      case CONTAINED_IN -> "CONTAINED IN (" + from.toSql() + ", " + to.toSql() + ")";
      case ALL -> "ALL";
    };
  }
}
