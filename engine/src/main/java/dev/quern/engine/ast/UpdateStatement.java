package dev.quern.engine.ast;

import java.util.List;

/**
 * UPDATE [TOP (n) [PERCENT]] table [WITH (hints)] SET column = value, … [FROM sources] [WHERE
 * condition]. With {@code from} (SQL Server's extension, else null), {@code table} names the target:
 * a source's alias or table there. {@code target}: the TOP and the hints (null: neither).
 */
public record UpdateStatement(
    int line, List<String> table, List<Assignment> assignments, TableSource from, Expr where, DmlTarget target,
    List<VariableSet> variables)
    implements StorageStatement {
  public UpdateStatement(
      int line, List<String> table, List<Assignment> assignments, TableSource from, Expr where, DmlTarget target) {
    this(line, table, assignments, from, where, target, List.of());
  }

  /**
   * A variable the SET list assigns for each row: {@code @v = value} ({@code column} null), or
   * {@code @v = column = value}, which takes the column's new value (the column's own assignment
   * is among {@link #assignments}). {@code after} is how many column assignments precede it, so
   * the items run in the order written.
   */
  public record VariableSet(String variable, String column, Expr value, int after) {
    String toSql() {
      return variable + " = " + (column != null ? Names.quote(column) : value.toSql());
    }
  }

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
    variables = List.copyOf(variables);
  }

  @Override
  public String toSql() {
    List<String> items = new java.util.ArrayList<>(assignments.stream().map(Assignment::toSql).toList());
    for (int i = variables.size() - 1; i >= 0; i--) {
      items.add(variables.get(i).after(), variables.get(i).toSql());
    }
    return "UPDATE " + DmlTarget.topSql(target) + Names.quoteAll(table) + DmlTarget.hintSql(target) + " SET "
        + String.join(", ", items)
        + (from == null ? "" : " FROM " + from.toSql())
        + (where == null ? "" : " WHERE " + where.toSql());
  }
}
