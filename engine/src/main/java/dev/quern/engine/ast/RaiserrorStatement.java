package dev.quern.engine.ast;

import java.util.List;
import java.util.stream.Collectors;

/** {@code RAISERROR(msg, severity, state[, args…]) [WITH LOG|NOWAIT|SETERROR]}. */
public record RaiserrorStatement(
    int line, Expr message, Expr severity, Expr state, List<Expr> args, List<String> options)
    implements Statement {
  @Override
  public String toSql() {
    StringBuilder sb = new StringBuilder("RAISERROR(");
    sb.append(message.toSql()).append(", ").append(severity.toSql()).append(", ").append(state.toSql());
    for (Expr a : args) {
      sb.append(", ").append(a.toSql());
    }
    sb.append(')');
    if (!options.isEmpty()) {
      sb.append(" WITH ").append(options.stream().collect(Collectors.joining(", ")));
    }
    return sb.toString();
  }
}
