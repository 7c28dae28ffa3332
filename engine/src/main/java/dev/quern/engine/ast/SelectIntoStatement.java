package dev.quern.engine.ast;

import java.util.List;

/** {@code SELECT items INTO table FROM …}: creates {@code table} shaped like the query's result and fills it. */
public record SelectIntoStatement(int line, List<String> table, QuerySpec query) implements StorageStatement {
  public SelectIntoStatement {
    table = List.copyOf(table);
  }

  @Override
  public String toSql() {
    // INTO sits between the select list and FROM: split the query's text after its select list.
    String full = query.toSql();
    String head = new QuerySpec(query.distinct(), query.top(), query.items(), null, null, List.of(), null,
        List.of(), null, null, List.of()).toSql();
    return head + " INTO " + Names.quoteAll(table) + full.substring(head.length());
  }
}
