package dev.quern.engine.ast;

import java.util.List;

/**
 * DELETE [TOP (n) [PERCENT]] [FROM] table [WITH (hints)] [FROM sources] [WHERE condition]. With
 * {@code from} (SQL Server's extension, else null), {@code table} names the target: a source's alias
 * or table there. {@code target}: the TOP and the hints (null: neither).
 */
public record DeleteStatement(int line, List<String> table, TableSource from, Expr where, DmlTarget target)
    implements StorageStatement {
  public DeleteStatement {
    table = List.copyOf(table);
  }

  @Override
  public String toSql() {
    return "DELETE " + DmlTarget.topSql(target) + "FROM " + Names.quoteAll(table) + DmlTarget.hintSql(target) + (from == null ? "" : " FROM " + from.toSql())
        + (where == null ? "" : " WHERE " + where.toSql());
  }
}
