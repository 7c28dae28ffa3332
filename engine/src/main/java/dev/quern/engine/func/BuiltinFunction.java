package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import java.util.List;

/**
 * Base of the built-ins: checks the argument count, and by default returns NULL when any argument
 * is NULL (most functions do; ISNULL, CONCAT and the like override {@link #nullInNullOut}).
 */
abstract class BuiltinFunction implements ScalarFunction {
  private final String name;
  private final int minArgs;
  private final int maxArgs;

  BuiltinFunction(String name, int minArgs, int maxArgs) {
    this.name = name;
    this.minArgs = minArgs;
    this.maxArgs = maxArgs;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final SqlType returnType(List<SqlType> argTypes) {
    Arity.check(name, argTypes.size(), minArgs, maxArgs);
    return resultType(argTypes);
  }

  /** The result type once the count is right; may throw 8116. */
  abstract SqlType resultType(List<SqlType> types);

  @Override
  public final Object invoke(Object[] args, List<SqlType> argTypes, FunctionContext ctx) {
    if (nullInNullOut()) {
      for (Object a : args) {
        if (a == null) {
          return null;
        }
      }
    }
    return call(new Arguments(name, args, argTypes, ctx.dateFormat()), ctx);
  }

  /** Whether a NULL argument makes the result NULL without calling {@link #call}. */
  boolean nullInNullOut() {
    return true;
  }

  abstract Object call(Arguments args, FunctionContext ctx);
}
