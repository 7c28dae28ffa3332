package dev.quern.engine.ast;

/** {@code THROW number, message, state}, or a bare {@code THROW} (rethrow) with all null. */
public record ThrowStatement(int line, Expr number, Expr message, Expr state) implements Statement {
  @Override
  public String toSql() {
    if (number == null) {
      return "THROW";
    }
    return "THROW " + number.toSql() + ", " + message.toSql() + ", " + state.toSql();
  }
}
