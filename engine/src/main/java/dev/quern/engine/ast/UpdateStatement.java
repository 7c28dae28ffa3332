package dev.quern.engine.ast;

import java.util.List;

/**
 * UPDATE table SET column = value, … [FROM sources] [WHERE condition]. With {@code from} (SQL
 * Server's extension, else null), {@code table} names the target: a source's alias or table there.
 */
public record UpdateStatement(
    int line, List<String> table, List<Assignment> assignments, TableSource from, Expr where)
    implements StorageStatement {
  /** column = value; {@code value} null is DEFAULT. */
  public record Assignment(String column, Expr value) {}

  public UpdateStatement {
    table = List.copyOf(table);
    assignments = List.copyOf(assignments);
  }

  @Override
  public String toSql() {
    return "UPDATE " + Names.quoteAll(table) + " SET "
        + String.join(", ", assignments.stream()
            .map(a -> Names.quote(a.column()) + " = " + (a.value() == null ? "DEFAULT" : a.value().toSql()))
            .toList())
        + (from == null ? "" : " FROM " + from.toSql())
        + (where == null ? "" : " WHERE " + where.toSql());
  }
}
