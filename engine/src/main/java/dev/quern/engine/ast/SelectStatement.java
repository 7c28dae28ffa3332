package dev.quern.engine.ast;

/**
 * A SELECT statement (returning rows, or assigning variables); {@code forClause}: its rows go out as
 * one JSON or XML text (null otherwise); {@code maxDop}: its {@code OPTION (MAXDOP n)}, or {@link
 * #NO_MAXDOP}.
 */
public record SelectStatement(int line, QuerySpec query, ForClause forClause, int maxDop) implements Statement {
  /** No OPTION (MAXDOP n): the database's and the server's settings decide. */
  public static final int NO_MAXDOP = -1;

  public SelectStatement(int line, QuerySpec query) {
    this(line, query, null);
  }

  public SelectStatement(int line, QuerySpec query, ForClause forClause) {
    this(line, query, forClause, NO_MAXDOP);
  }

  /** This statement with OPTION (MAXDOP {@code n}) ({@link #NO_MAXDOP}: without). */
  public SelectStatement withMaxDop(int n) {
    return new SelectStatement(line, query, forClause, n);
  }

  @Override
  public String toSql() {
    return query.toSql() + (forClause == null ? "" : forClause.toSql());
  }
}
