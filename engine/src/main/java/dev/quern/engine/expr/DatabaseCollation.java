package dev.quern.engine.expr;

import dev.quern.catalog.value.Collation;
import dev.quern.catalog.value.SupportedCollations;
import java.util.function.Supplier;

/**
 * The current database's default collation, for the request running on this thread: what SQL
 * Server's "Collation Precedence" gives literals, variables, parameters and other coercible-default
 * expressions ("the default collation of the current database"). The session binds it when a
 * request starts and follows USE and modules running in their own database, since it asks the
 * session each time; with no request (start-up, unit tests) it is the server's.
 */
public final class DatabaseCollation {
  private static final ThreadLocal<Supplier<Collation>> CURRENT = new ThreadLocal<>();

  /**
   * While a batch is bound, the collation of the database a USE earlier in it switches to: the
   * statements after it run there, so they bind with its collation (null: no USE so far).
   */
  private static final ThreadLocal<Collation> AFTER_USE = new ThreadLocal<>();

  private DatabaseCollation() {}

  /** The current database's default collation. */
  public static Collation current() {
    Collation used = AFTER_USE.get();
    if (used != null) {
      return used;
    }
    Supplier<Collation> s = CURRENT.get();
    Collation c = s == null ? null : s.get();
    return c == null ? SupportedCollations.DEFAULT : c;
  }

  /**
   * The current database's default collation, or null when it is the server's: the fast path
   * comparisons and sort keys take for the default.
   */
  public static Collation currentIfNotDefault() {
    Collation c = current();
    return c.isDefault() ? null : c;
  }

  /** From now on, on this thread, the current database's collation is what {@code session} says. */
  public static void follow(Supplier<Collation> session) {
    CURRENT.set(session);
  }

  /** The collation a USE bound so far in the batch being bound switched to; null for none. */
  public static Collation afterUse() {
    return AFTER_USE.get();
  }

  /** Binding goes on as if the current database's collation were {@code c} (null: the session's). */
  public static void bindAfterUse(Collation c) {
    if (c == null) {
      AFTER_USE.remove();
    } else {
      AFTER_USE.set(c);
    }
  }

  /** The request on this thread ended. */
  public static void forget() {
    CURRENT.remove();
    AFTER_USE.remove();
  }
}
