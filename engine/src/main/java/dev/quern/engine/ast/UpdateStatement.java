package dev.quern.engine.ast;

import java.util.List;

/**
 * UPDATE [TOP (n) [PERCENT]] table [WITH (hints)] SET column = value, … [FROM sources] [WHERE
 * condition]. With {@code from} (SQL Server's extension, else null), {@code table} names the target:
 * a source's alias or table there. {@code target}: the TOP and the hints (null: neither).
 */
public record UpdateStatement(
    int line, List<String> table, List<Assignment> assignments, TableSource from, Expr where, DmlTarget target)
    implements StorageStatement {
  /** column = value; {@code value} null is DEFAULT, a mutator {@link MethodCall} {@code col.modify('…')}. */
  public record Assignment(String column, Expr value) {
    String toSql() {
      if (value instanceof MethodCall call && call.mutator()) {
        return call.toSql();
      }
      return Names.quote(column) + " = " + (value == null ? "DEFAULT" : value.toSql());
    }
  }

  public UpdateStatement {
    table = List.copyOf(table);
    assignments = List.copyOf(assignments);
  }

  @Override
  public String toSql() {
    return "UPDATE " + DmlTarget.topSql(target) + Names.quoteAll(table) + DmlTarget.hintSql(target) + " SET "
        + String.join(", ", assignments.stream()
            .map(Assignment::toSql)
            .toList())
        + (from == null ? "" : " FROM " + from.toSql())
        + (where == null ? "" : " WHERE " + where.toSql());
  }
}
