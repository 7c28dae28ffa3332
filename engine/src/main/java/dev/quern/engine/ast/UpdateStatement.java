package dev.quern.engine.ast;

import java.util.List;

/** UPDATE [TOP (n)] table SET column = value, … [WHERE condition]. */
public record UpdateStatement(int line, List<String> table, List<Assignment> assignments, Expr where)
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
        + (where == null ? "" : " WHERE " + where.toSql());
  }
}
