package dev.quern.engine.ast;

/**
 * A window frame, {@code ROWS|RANGE BETWEEN start AND end} (the short form {@code ROWS start}
 * ends at the current row). RANGE takes only UNBOUNDED and CURRENT ROW bounds, as in SQL Server.
 */
public record WindowFrame(boolean range, Bound start, Bound end) {
  /** Where a bound lies, from the partition's first row to its last. */
  public enum Kind {
    UNBOUNDED_PRECEDING("UNBOUNDED PRECEDING"),
    PRECEDING("PRECEDING"),
    CURRENT_ROW("CURRENT ROW"),
    FOLLOWING("FOLLOWING"),
    UNBOUNDED_FOLLOWING("UNBOUNDED FOLLOWING");

    private final String sql;

    Kind(String sql) {
      this.sql = sql;
    }
  }

  /** A bound; {@code offset} counts rows for PRECEDING and FOLLOWING (0 otherwise). */
  public record Bound(Kind kind, long offset) {
    public String toSql() {
      return kind == Kind.PRECEDING || kind == Kind.FOLLOWING ? offset + " " + kind.sql : kind.sql;
    }
  }

  public String toSql() {
    return (range ? "RANGE" : "ROWS") + " BETWEEN " + start.toSql() + " AND " + end.toSql();
  }
}
