package dev.quern.engine.ast;

import java.util.List;

/**
 * INSERT [INTO] table [(columns)] VALUES (…), (…) | query | EXEC … | DEFAULT VALUES. At most
 * one of {@code rows} (non-empty), {@code query} and {@code exec} is set; none for DEFAULT VALUES.
 * An expression of {@code null} in a row is the DEFAULT keyword. {@code tableLock}: the target was
 * hinted TABLOCK, which locks the table exclusively until the transaction ends. {@code targetCte}:
 * the common table expression {@code table} names (null when it names a table or view).
 */
public record InsertStatement(
    int line, List<String> table, List<String> columns, List<List<Expr>> rows, QuerySpec query,
    Statement exec, boolean tableLock, TableSource.Derived targetCte)
    implements StorageStatement {
  public InsertStatement(
      int line, List<String> table, List<String> columns, List<List<Expr>> rows, QuerySpec query,
      Statement exec, boolean tableLock) {
    this(line, table, columns, rows, query, exec, tableLock, null);
  }

  /** This INSERT into common table expression {@code cte}, which its target names. */
  public InsertStatement into(TableSource.Derived cte) {
    return new InsertStatement(line, table, columns, rows, query, exec, tableLock, cte);
  }

  public InsertStatement(
      int line, List<String> table, List<String> columns, List<List<Expr>> rows, QuerySpec query,
      Statement exec) {
    this(line, table, columns, rows, query, exec, false);
  }

  public InsertStatement {
    table = List.copyOf(table);
    columns = List.copyOf(columns);
    rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
  }

  @Override
  public String toSql() {
    String head = "INSERT INTO " + Names.quoteAll(table) + (tableLock ? " WITH (TABLOCK)" : "")
        + (columns.isEmpty() ? "" : " (" + String.join(", ", columns.stream().map(Names::quote).toList()) + ")");
    if (query != null) {
      return head + " " + query.toSql();
    }
    if (exec != null) {
      return head + " " + exec.toSql();
    }
    if (rows.isEmpty()) {
      return head + " DEFAULT VALUES";
    }
    return head + " VALUES " + String.join(", ", rows.stream()
        .map(r -> "(" + String.join(", ", r.stream().map(e -> e == null ? "DEFAULT" : e.toSql()).toList()) + ")")
        .toList());
  }
}
