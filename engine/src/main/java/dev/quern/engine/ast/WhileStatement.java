package dev.quern.engine.ast;

/** {@code WHILE condition statement}. */
public record WhileStatement(int line, Expr condition, Statement body) implements Statement {
  @Override
  public String toSql() {
    return "WHILE " + condition.toSql() + " " + body.toSql();
  }
}
