package dev.quern.engine.ast;

/**
 * One parameter of a stored procedure: {@code @name [AS] type [= default] [OUT|OUTPUT]
 * [READONLY]}; {@code defaultValue} is null when the caller must pass it.
 */
public record ProcedureParameter(String name, TypeName type, Expr defaultValue, boolean output, boolean readOnly) {
  public ProcedureParameter(String name, TypeName type, Expr defaultValue, boolean output) {
    this(name, type, defaultValue, output, false);
  }

  public String toSql() {
    return name + " " + type.toSql() + (defaultValue == null ? "" : " = " + defaultValue.toSql()) + (output ? " OUTPUT" : "")
        + (readOnly ? " READONLY" : "");
  }

  /** As a parameter of a parameterized statement (sp_executesql's form). */
  public ParameterDefinition definition() {
    return new ParameterDefinition(name, type, output);
  }
}
