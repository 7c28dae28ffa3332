package dev.quern.engine.ast;

/** A local variable or parameter, {@code @name} (name includes the at sign). */
public record VariableRef(String name) implements Expr {
  @Override
  public String toSql() {
    return name;
  }
}
