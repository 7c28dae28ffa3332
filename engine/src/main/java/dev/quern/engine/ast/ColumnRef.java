package dev.quern.engine.ast;

import java.util.List;

/** A column name, possibly qualified: {@code value}, {@code s.value}. */
public record ColumnRef(List<String> parts) implements Expr {
  public String name() {
    return parts.getLast();
  }

  @Override
  public String toSql() {
    return Names.quoteAll(parts);
  }
}
