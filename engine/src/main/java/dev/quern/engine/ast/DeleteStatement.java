package dev.quern.engine.ast;

import java.util.List;

/** DELETE [FROM] table [WHERE condition]. */
public record DeleteStatement(int line, List<String> table, Expr where) implements StorageStatement {
  public DeleteStatement {
    table = List.copyOf(table);
  }

  @Override
  public String toSql() {
    return "DELETE FROM " + Names.quoteAll(table) + (where == null ? "" : " WHERE " + where.toSql());
  }
}
