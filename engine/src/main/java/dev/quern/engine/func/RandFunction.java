package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.WeakHashMap;

/**
 * RAND([seed]): a float in [0, 1). A seed restarts the session's sequence, so RAND(5) followed by
 * RAND() calls repeats for the same seed, as in SQL Server (the values themselves differ).
 */
final class RandFunction extends BuiltinFunction {
  /** One generator per session, forgotten with the session. */
  private final Map<FunctionContext, Random> generators = new WeakHashMap<>();

  RandFunction() {
    super("RAND", 0, 1);
  }

  @Override
  SqlType resultType(List<SqlType> types) {
    return SqlTypes.FLOAT;
  }

  @Override
  boolean nullInNullOut() {
    return false;
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    synchronized (generators) {
      Random r;
      if (a.size() == 1 && !a.isNull(0)) {
        r = new Random(a.integer(0));
        generators.put(ctx, r);
      } else {
        r = generators.computeIfAbsent(ctx, c -> new Random());
      }
      return r.nextDouble();
    }
  }

  @Override
  public boolean deterministic() {
    return false;
  }
}
