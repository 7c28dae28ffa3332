package dev.quern.engine.applock;

import java.util.Locale;
import java.util.Optional;

/**
 * The modes an application lock is held in: the five sp_getapplock asks for and the two a holder's
 * repeated requests can combine into (SharedIntentExclusive, UpdateIntentExclusive), with SQL
 * Server's compatibility of lock modes ("SQL Server Transaction Locking and Row Versioning Guide",
 * lock compatibility) and its names: as sp_getapplock and APPLOCK_MODE spell them, and as
 * sys.dm_tran_locks.request_mode abbreviates them.
 */
public enum AppLockMode {
  INTENT_SHARED("IntentShared", "IS", 0, false),
  SHARED("Shared", "S", 1, false),
  UPDATE("Update", "U", 2, false),
  INTENT_EXCLUSIVE("IntentExclusive", "IX", 0, true),
  SHARED_INTENT_EXCLUSIVE("SharedIntentExclusive", "SIX", 1, true),
  UPDATE_INTENT_EXCLUSIVE("UpdateIntentExclusive", "UIX", 2, true),
  EXCLUSIVE("Exclusive", "X", 3, true);

  private final String displayName;
  private final String abbreviation;
  /** How the mode reads: 0 intent only, 1 shared, 2 update, 3 exclusive. */
  private final int read;
  /** Whether it carries intent to change (IX and what contains it). */
  private final boolean intentExclusive;

  AppLockMode(String displayName, String abbreviation, int read, boolean intentExclusive) {
    this.displayName = displayName;
    this.abbreviation = abbreviation;
    this.read = read;
    this.intentExclusive = intentExclusive;
  }

  /** The name sp_getapplock takes and APPLOCK_MODE returns ({@code Exclusive}). */
  public String displayName() {
    return displayName;
  }

  /** sys.dm_tran_locks' request_mode ({@code X}). */
  public String abbreviation() {
    return abbreviation;
  }

  /** The wait type of a request for this mode ({@code LCK_M_X}). */
  public String waitType() {
    return "LCK_M_" + abbreviation;
  }

  /**
   * A mode sp_getapplock's @LockMode names (case-insensitive, trailing blanks ignored); only the
   * five a caller may ask for.
   */
  public static Optional<AppLockMode> requested(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String name = text.stripTrailing().toLowerCase(Locale.ROOT);
    return switch (name) {
      case "shared" -> Optional.of(SHARED);
      case "update" -> Optional.of(UPDATE);
      case "intentshared" -> Optional.of(INTENT_SHARED);
      case "intentexclusive" -> Optional.of(INTENT_EXCLUSIVE);
      case "exclusive" -> Optional.of(EXCLUSIVE);
      default -> Optional.empty();
    };
  }

  /**
   * Whether another owner may hold {@code other} while this is held. IS goes with all but X; S
   * with IS, S and U; U with IS and S; IX with IS and IX; SIX and UIX with IS only; X with none.
   */
  public boolean compatibleWith(AppLockMode other) {
    if (this == EXCLUSIVE || other == EXCLUSIVE) {
      return false;
    }
    if (this == INTENT_SHARED || other == INTENT_SHARED) {
      return true;
    }
    if (intentExclusive || other.intentExclusive) {
      return this == INTENT_EXCLUSIVE && other == INTENT_EXCLUSIVE;
    }
    return read + other.read <= 3; // S+S, S+U; not U+U
  }

  /**
   * The mode one owner holds after asking for {@code other} on top of this one: the union of the
   * two (S and IX make SIX, U and IX make UIX; anything with X is X), kept until the owner's last
   * release, as SQL Server documents for repeated sp_getapplock calls.
   */
  public AppLockMode union(AppLockMode other) {
    if (this == EXCLUSIVE || other == EXCLUSIVE) {
      return EXCLUSIVE;
    }
    int r = Math.max(read, other.read);
    boolean ix = intentExclusive || other.intentExclusive;
    for (AppLockMode m : values()) {
      if (m.read == r && m.intentExclusive == ix) {
        return m;
      }
    }
    throw new IllegalStateException("no lock mode reads " + r + " with intent " + ix);
  }
}
