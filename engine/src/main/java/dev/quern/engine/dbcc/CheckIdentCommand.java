package dev.quern.engine.dbcc;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Identity;
import dev.quern.catalog.meta.KeyRange;
import dev.quern.catalog.meta.ValueCounters;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.value.Conversions;
import dev.quern.catalog.value.SqlValueException;
import dev.quern.engine.session.PermissionGate;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import dev.quern.engine.store.ResolvedTable;
import dev.quern.engine.store.TableStores;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * DBCC CHECKIDENT (table [, NORESEED | RESEED [, new_reseed_value]]) ("DBCC CHECKIDENT
 * (Transact-SQL)"): reports the table's current identity value and the largest value in its
 * identity column (the smallest for a negative increment); RESEED without a value moves the
 * current value up to that column value when it lags behind it; RESEED with a value sets it, so the
 * next row gets value + increment, or the value itself when no row was inserted since the table was
 * created or truncated. Needs ALTER on the table (the schema's owner, db_owner, db_ddladmin).
 * RESEED holds the table exclusively until its transaction ends, and a rollback (of the
 * transaction, to a savepoint before it, or of the statement) puts the counter back.
 */
final class CheckIdentCommand implements DbccCommand {
  @Override
  public String name() {
    return "CHECKIDENT";
  }

  @Override
  public void run(DbccCall call) {
    Object name = call.argument(0);
    if (name == null || call.arguments().size() > 3) {
      throw DbccErrors.PARAMETER_COUNT.raise();
    }
    SessionState s = call.state();
    ResolvedTable t = ObjectNames.table(s.store(), s.databaseName(), CheckCommand.parts(name.toString()))
        .orElseThrow(() -> DbccErrors.CHECKIDENT_NO_SUCH_TABLE.raise(name));
    Column column = t.table().identityColumn().orElseThrow(() -> DbccErrors.NO_IDENTITY_COLUMN.raise(t.table().name()));
    String mode = call.arguments().size() > 1 ? String.valueOf(call.argument(1)).toUpperCase(Locale.ROOT) : "RESEED";
    if (!mode.equals("RESEED") && !mode.equals("NORESEED")) {
      throw DbccErrors.INCORRECT_PARAMETER.raise(2);
    }
    if (mode.equals("NORESEED") && call.arguments().size() > 2) {
      throw DbccErrors.PARAMETER_COUNT.raise();
    }
    if (mode.equals("RESEED")) {
      PermissionGate.object(s, t.database(), t.schema(), t.table(), "ALTER");
    }
    boolean succeeded = false;
    s.store().beginStatement();
    try {
      if (mode.equals("RESEED")) {
        // Held until the transaction ends: no one draws values that a rollback of the reseed
        // would hand out again.
        s.store().lockTableExclusively(t.catalog(), t.table());
      }
      check(call, t, column, mode);
      succeeded = true;
    } finally {
      s.store().endStatement(succeeded);
    }
  }

  private void check(DbccCall call, ResolvedTable t, Column column, String mode) {
    SessionState s = call.state();
    ValueCounters values = t.catalog().values();
    int tableId = t.table().id();
    OptionalLong current = values.currentIdentity(tableId);
    if (call.arguments().size() == 3) {
      long reseed = reseedValue(call.argument(2), column);
      undoOnRollback(s, values, tableId, values.reseedIdentityTo(tableId, reseed));
      call.info(7998, "Checking identity information: current identity value '" + text(current) + "'.");
    } else {
      OptionalLong columnValue = columnValue(s, t, column);
      Identity identity = column.identity();
      if (mode.equals("RESEED") && columnValue.isPresent() && lagsBehind(current, columnValue.getAsLong(), identity)) {
        undoOnRollback(s, values, tableId, values.reseedIdentity(tableId, identity, columnValue));
      }
      call.info(7998, "Checking identity information: current identity value '" + text(current)
          + "', current column value '" + text(columnValue) + "'.");
    }
  }

  /** SQL Server undoes a reseed with its transaction (wholly, to a savepoint, or the statement). */
  private static void undoOnRollback(SessionState s, ValueCounters values, int tableId, ValueCounters.IdentityBefore before) {
    s.store().onRollback(() -> values.restoreIdentity(tableId, before));
  }

  /** Whether the current value is short of the column's value in the increment's direction. */
  private static boolean lagsBehind(OptionalLong current, long columnValue, Identity identity) {
    if (current.isEmpty()) {
      return true;
    }
    return identity.increment() > 0 ? current.getAsLong() < columnValue : current.getAsLong() > columnValue;
  }

  /** The largest identity value stored (the smallest for a negative increment); empty if none. */
  private static OptionalLong columnValue(SessionState s, ResolvedTable t, Column column) {
    int at = t.table().columns().indexOf(column);
    boolean descending = column.identity().increment() < 0;
    Long best = null;
    try (var rows = TableStores.open(s.store(), t.catalog(), t.table()).scan(KeyRange.ALL, false, onlyIdentity(t, at))) {
      while (rows.next()) {
        Object v = rows.row()[at];
        if (v != null) {
          long n = ((Number) v).longValue();
          if (best == null || (descending ? n < best : n > best)) {
            best = n;
          }
        }
      }
    }
    return best == null ? OptionalLong.empty() : OptionalLong.of(best);
  }

  /** The new value, which must be a whole number the identity column's type can hold (else 2560). */
  private static java.util.BitSet onlyIdentity(ResolvedTable t, int at) {
    java.util.BitSet b = new java.util.BitSet(t.table().columns().size());
    b.set(at);
    return b;
  }

  private static long reseedValue(Object v, Column column) {
    if (!(v instanceof Number n)) {
      throw DbccErrors.INCORRECT_PARAMETER.raise(3);
    }
    BigDecimal d = n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
    if (d.stripTrailingZeros().scale() > 0) {
      throw DbccErrors.INCORRECT_PARAMETER.raise(3);
    }
    try {
      long value = d.longValueExact();
      Conversions.convert(value, SqlTypes.BIGINT, column.type()); // out of the column's range: 8115
      return value;
    } catch (ArithmeticException | SqlValueException e) {
      throw DbccErrors.INCORRECT_PARAMETER.raise(3);
    }
  }

  /** As the message shows a value: NULL before the first insert. */
  private static String text(OptionalLong v) {
    return v.isPresent() ? Long.toString(v.getAsLong()) : "NULL";
  }
}
