package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import java.security.SecureRandom;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * NEWSEQUENTIALID() (a column DEFAULT only; the binder refuses it elsewhere with 302): each value
 * is greater than the ones generated before it in this server process, in SQL Server's
 * uniqueidentifier order, which compares the last group (the last six bytes) first. That group
 * holds a counter that starts from the clock (so values go on growing across restarts, as long as
 * the clock does), the other ten bytes are chosen at random once per process, like SQL Server's
 * per-boot node.
 */
final class NewSequentialIdFunction extends BuiltinFunction {
  private static final long COUNTER_MASK = (1L << 48) - 1;
  /** Up to 64 values a millisecond before the counter runs ahead of the clock. */
  private static final int PER_MILLISECOND_BITS = 6;
  private static final long HIGH;
  private static final long CLOCK_SEQUENCE;
  private static final AtomicLong LAST = new AtomicLong();

  static {
    SecureRandom random = new SecureRandom();
    HIGH = random.nextLong();
    CLOCK_SEQUENCE = (random.nextLong() & 0x3FFFL | 0x8000L) << 48; // RFC 4122 variant bits, as SQL Server's
  }

  NewSequentialIdFunction() {
    super("NEWSEQUENTIALID", 0, 0);
  }

  @Override
  SqlType resultType(List<SqlType> types) {
    return SqlTypes.UNIQUEIDENTIFIER;
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    long clock = System.currentTimeMillis() << PER_MILLISECOND_BITS;
    long counter = LAST.updateAndGet(last -> Math.max(last + 1, clock)) & COUNTER_MASK;
    return new UUID(HIGH, CLOCK_SEQUENCE | counter);
  }

  @Override
  public boolean deterministic() {
    return false;
  }
}
