package dev.quern.engine.ast;

import java.util.List;

/**
 * DELETE [FROM] table [FROM sources] [WHERE condition]. With {@code from} (SQL Server's extension,
 * else null), {@code table} names the target: a source's alias or table there.
 */
public record DeleteStatement(int line, List<String> table, TableSource from, Expr where) implements StorageStatement {
  public DeleteStatement {
    table = List.copyOf(table);
  }

  @Override
  public String toSql() {
    return "DELETE FROM " + Names.quoteAll(table) + (from == null ? "" : " FROM " + from.toSql())
        + (where == null ? "" : " WHERE " + where.toSql());
  }
}
