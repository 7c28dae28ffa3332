package dev.quern.engine.ast;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A call of a built-in or aggregate function: {@code LEN(x)}, {@code COUNT(*)}, {@code
 * COUNT(DISTINCT x)}. Niladic forms ({@code @@VERSION}, {@code CURRENT_TIMESTAMP}) have {@code
 * parens} false.
 */
public record FunctionCall(
    String name, List<Expr> args, boolean distinct, boolean star, boolean parens) implements Expr {

  public static FunctionCall of(String name, List<Expr> args) {
    return new FunctionCall(name, args, false, false, true);
  }

  @Override
  public String toSql() {
    if (!parens) {
      return name;
    }
    if (star) {
      return name + "(*)";
    }
    return name
        + "("
        + (distinct ? "DISTINCT " : "")
        + args.stream().map(Expr::toSql).collect(Collectors.joining(", "))
        + ")";
  }
}
