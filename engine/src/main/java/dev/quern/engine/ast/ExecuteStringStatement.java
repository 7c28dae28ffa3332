package dev.quern.engine.ast;

import java.util.List;
import java.util.stream.Collectors;

/** {@code EXEC ('SELECT …' + @x)}: runs the concatenated text as a batch of its own. */
public record ExecuteStringStatement(int line, List<Expr> parts) implements Statement {
  @Override
  public String toSql() {
    return "EXEC (" + parts.stream().map(Expr::toSql).collect(Collectors.joining(" + ")) + ")";
  }
}
