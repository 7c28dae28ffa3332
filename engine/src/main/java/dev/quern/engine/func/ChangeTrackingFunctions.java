package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import java.util.List;

/**
 * The change tracking functions ("Change Tracking Functions (Transact-SQL)"):
 * CHANGE_TRACKING_CURRENT_VERSION(), CHANGE_TRACKING_MIN_VALID_VERSION(table_object_id) and
 * CHANGE_TRACKING_IS_COLUMN_IN_MASK(column_id, change_columns).
 */
final class ChangeTrackingFunctions {
  private ChangeTrackingFunctions() {}

  static List<BuiltinFunction> all() {
    return List.of(new CurrentVersion(), new MinValidVersion(), new IsColumnInMask());
  }

  /** The version of the last committed transaction that changed tracked tables; NULL when off. */
  private static final class CurrentVersion extends BuiltinFunction {
    CurrentVersion() {
      super("CHANGE_TRACKING_CURRENT_VERSION", 0, 0);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      return SqlTypes.BIGINT;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      return ctx.changeTrackingCurrentVersion();
    }

    @Override
    public boolean deterministic() {
      return false;
    }
  }

  /** The lowest last-sync version whose changes a table still keeps whole; NULL when untracked. */
  private static final class MinValidVersion extends BuiltinFunction {
    MinValidVersion() {
      super("CHANGE_TRACKING_MIN_VALID_VERSION", 1, 1);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      return SqlTypes.BIGINT;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      if (a.isNull(0)) {
        return null;
      }
      return ctx.changeTrackingMinValidVersion(((Number) a.value(0)).intValue());
    }

    @Override
    public boolean deterministic() {
      return false;
    }
  }

  /**
   * Whether a SYS_CHANGE_COLUMNS value lists a column: 1 also for a NULL mask, which means every
   * column (or no column tracking), as a sync client reads it.
   */
  private static final class IsColumnInMask extends BuiltinFunction {
    IsColumnInMask() {
      super("CHANGE_TRACKING_IS_COLUMN_IN_MASK", 2, 2);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      return SqlTypes.BIT;
    }

    @Override
    boolean nullInNullOut() {
      return false; // a NULL mask lists every column
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      if (a.isNull(0)) {
        return null;
      }
      if (a.isNull(1)) {
        return true;
      }
      if (!(a.value(1) instanceof byte[] mask)) {
        throw dev.quern.engine.error.ChangeTrackingErrors.BAD_COLUMNS_MASK.raise();
      }
      Boolean in = dev.quern.engine.exec.ChangeTableRows.inMask(((Number) a.value(0)).intValue(), mask);
      if (in == null) {
        throw dev.quern.engine.error.ChangeTrackingErrors.BAD_COLUMNS_MASK.raise();
      }
      return in;
    }
  }
}
