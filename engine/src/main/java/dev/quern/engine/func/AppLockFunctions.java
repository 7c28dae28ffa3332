package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import java.util.List;

/**
 * APPLOCK_MODE(principal, resource, owner) and APPLOCK_TEST(principal, resource, mode, owner): the
 * mode the session holds an application lock in ('NoLock' when it holds none), and whether it
 * could take one now without waiting (1) or not (0), taking nothing. A NULL owner is Transaction.
 */
final class AppLockFunctions {
  private AppLockFunctions() {}

  static List<ScalarFunction> all() {
    return List.of(new AppLockModeFunction(), new AppLockTestFunction());
  }

  private static String text(Arguments a, int i) {
    return a.isNull(i) ? null : a.string(i);
  }

  /** What both functions are: they read the session's locks now, and take NULL arguments. */
  private abstract static class AppLockFunction extends BuiltinFunction {
    AppLockFunction(String name, int args) {
      super(name, args, args);
    }

    @Override
    boolean nullInNullOut() {
      return false;
    }

    @Override
    public boolean deterministic() {
      return false;
    }
  }

  private static final class AppLockModeFunction extends AppLockFunction {
    AppLockModeFunction() {
      super("APPLOCK_MODE", 3);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      return SqlType.ofLength(dev.quern.catalog.type.TypeId.NVARCHAR, 32);
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      return ctx.appLockMode(text(a, 0), text(a, 1), text(a, 2));
    }
  }

  private static final class AppLockTestFunction extends AppLockFunction {
    AppLockTestFunction() {
      super("APPLOCK_TEST", 4);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      return SqlTypes.SMALLINT;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      return (short) (ctx.appLockTest(text(a, 0), text(a, 1), text(a, 2), text(a, 3)) ? 1 : 0);
    }
  }
}
