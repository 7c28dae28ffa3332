package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import java.util.List;
import java.util.function.Function;

/**
 * A niladic built-in that reads one fact of the session or server: the {@code @@} functions
 * (@@SPID, @@TRANCOUNT …) and the like (SUSER_SNAME(), HOST_NAME() …).
 */
final class SessionValueFunction implements ScalarFunction {
  private final String name;
  private final SqlType type;
  private final Function<FunctionContext, Object> read;

  SessionValueFunction(String name, SqlType type, Function<FunctionContext, Object> read) {
    this.name = name;
    this.type = type;
    this.read = read;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public SqlType returnType(List<SqlType> argTypes) {
    Arity.check(name, argTypes.size(), 0, 0);
    return type;
  }

  @Override
  public Object invoke(Object[] args, List<SqlType> argTypes, FunctionContext ctx) {
    return read.apply(ctx);
  }

  /** Session facts change between calls: never fold them while binding. */
  @Override
  public boolean deterministic() {
    return false;
  }
}
