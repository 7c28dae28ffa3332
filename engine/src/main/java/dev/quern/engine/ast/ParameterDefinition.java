package dev.quern.engine.ast;

/** One parameter of an sp_executesql/sp_prepare definition list: {@code @p int [OUTPUT]}. */
public record ParameterDefinition(String name, TypeName type, boolean output) {
  public String toSql() {
    return name + " " + type.toSql() + (output ? " OUTPUT" : "");
  }
}
