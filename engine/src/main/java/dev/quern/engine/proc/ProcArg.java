package dev.quern.engine.proc;

import dev.quern.catalog.type.SqlType;

/**
 * One argument of a procedure call, from an RPC or an EXEC statement: {@code name} with its '@'
 * or null when positional; {@code isDefault} for DEFAULT. An OUTPUT argument receives its final
 * value through {@link #setOutput}.
 */
public final class ProcArg {
  private final String name;
  private final SqlType type;
  private final Object value;
  private final boolean output;
  private final boolean isDefault;
  private Object outputValue;
  private SqlType outputType;
  private boolean outputSet;

  public ProcArg(String name, SqlType type, Object value, boolean output, boolean isDefault) {
    this.name = name == null || name.isEmpty() ? null : name;
    this.type = type;
    this.value = value;
    this.output = output;
    this.isDefault = isDefault;
  }

  public String name() {
    return name;
  }

  public SqlType type() {
    return type;
  }

  public Object value() {
    return value;
  }

  public boolean output() {
    return output;
  }

  public boolean isDefault() {
    return isDefault;
  }

  public void setOutput(Object v, SqlType t) {
    outputValue = v;
    outputType = t;
    outputSet = true;
  }

  public boolean outputSet() {
    return outputSet;
  }

  public Object outputValue() {
    return outputSet ? outputValue : value;
  }

  public SqlType outputType() {
    return outputSet ? outputType : type;
  }
}
