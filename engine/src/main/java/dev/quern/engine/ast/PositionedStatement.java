package dev.quern.engine.ast;

/**
 * A positioned UPDATE or DELETE: {@code dml} (without a WHERE clause) applied to the row a cursor
 * is on ({@code WHERE CURRENT OF cursor}).
 */
public record PositionedStatement(int line, CursorStatement.Ref cursor, StorageStatement dml)
    implements StorageStatement {
  @Override
  public String toSql() {
    return dml.toSql() + " WHERE CURRENT OF " + cursor.toSql();
  }
}
