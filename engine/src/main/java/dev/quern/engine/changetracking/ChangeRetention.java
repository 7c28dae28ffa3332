package dev.quern.engine.changetracking;

import dev.quern.catalog.meta.Database;
import java.time.Clock;

/**
 * A database's CHANGE_RETENTION as ALTER DATABASE stores it ({@code "2 DAYS"}, {@code "12 HOURS"},
 * {@code "90 MINUTES"}) and the cutoff it sets: changes committed before now less the retention
 * are past it.
 */
public final class ChangeRetention {
  private ChangeRetention() {}

  /** The retention in minutes; 0 for text that is not one (a number and DAYS, HOURS or MINUTES). */
  public static long minutes(String retention) {
    String[] parts = retention.split(" ");
    if (parts.length != 2) {
      return 0;
    }
    try {
      return Math.multiplyExact(Long.parseLong(parts[0]), switch (parts[1]) {
        case "DAYS" -> 1440L;
        case "HOURS" -> 60L;
        case "MINUTES" -> 1L;
        default -> 0L;
      });
    } catch (NumberFormatException | ArithmeticException e) {
      return 0;
    }
  }

  /** The cutoff (epoch milliseconds) of {@code db}'s retention at {@code clock}'s now; null without one. */
  public static Long cutoffMillis(Database db, Clock clock) {
    long minutes = minutes(db.option("CHANGE_RETENTION", ""));
    return minutes <= 0 ? null : clock.millis() - minutes * 60_000L;
  }
}
