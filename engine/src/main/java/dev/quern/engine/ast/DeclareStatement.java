package dev.quern.engine.ast;

import java.util.List;
import java.util.stream.Collectors;

/** {@code DECLARE @a int = 1, @b nvarchar(10)}. */
public record DeclareStatement(int line, List<Variable> variables) implements Statement {
  /** One declared variable with its optional initial value. */
  public record Variable(String name, TypeName type, Expr initial) {
    String toSql() {
      return name + " " + type.toSql() + (initial == null ? "" : " = " + initial.toSql());
    }
  }

  @Override
  public String toSql() {
    return "DECLARE " + variables.stream().map(Variable::toSql).collect(Collectors.joining(", "));
  }
}
