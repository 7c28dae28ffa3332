package dev.quern.engine.ast;

import java.util.List;

/**
 * A PRIMARY KEY, UNIQUE or CHECK constraint of CREATE TABLE. {@code clustered} is null when
 * neither CLUSTERED nor NONCLUSTERED was written; {@code columns} is empty for a column
 * constraint (it applies to its column).
 */
public record TableConstraintDefinition(
    String name, Kind kind, Boolean clustered, List<KeyColumn> columns, Expr check) {
  /** The kind of constraint. */
  public enum Kind {
    PRIMARY_KEY,
    UNIQUE,
    CHECK
  }

  /** A key column and its direction. */
  public record KeyColumn(String name, boolean descending) {}

  public TableConstraintDefinition {
    columns = List.copyOf(columns);
  }

  public String toSql() {
    String head = name == null ? "" : "CONSTRAINT " + Names.quote(name) + " ";
    if (kind == Kind.CHECK) {
      return head + "CHECK (" + check.toSql() + ")";
    }
    String sql = head + (kind == Kind.PRIMARY_KEY ? "PRIMARY KEY" : "UNIQUE");
    if (clustered != null) {
      sql += clustered ? " CLUSTERED" : " NONCLUSTERED";
    }
    if (!columns.isEmpty()) {
      sql +=
          " ("
              + String.join(
                  ", ",
                  columns.stream()
                      .map(c -> Names.quote(c.name()) + (c.descending() ? " DESC" : ""))
                      .toList())
              + ")";
    }
    return sql;
  }
}
