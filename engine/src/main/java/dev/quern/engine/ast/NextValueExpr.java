package dev.quern.engine.ast;

import java.util.List;

/** NEXT VALUE FOR sequence. */
public record NextValueExpr(List<String> sequence) implements Expr {
  public NextValueExpr {
    sequence = List.copyOf(sequence);
  }

  @Override
  public String toSql() {
    return "NEXT VALUE FOR " + Names.quoteAll(sequence);
  }
}
