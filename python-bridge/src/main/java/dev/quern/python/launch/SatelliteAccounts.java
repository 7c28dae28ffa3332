package dev.quern.python.launch;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The OS accounts satellites run as when the server runs as root. SQL Server gives concurrent
 * users different worker accounts (SQLRUserGroup's MSSQLSERVER01..20); Quern gives every login its
 * own numeric uid (and private gid) from {@code -Dquern.satellite.uidBase} (default 1950000000),
 * with no passwd entry needed, so the kernel keeps one login's satellites, working directories,
 * sockets and shared segments away from another's. {@code -Dquern.satellite.user=NAME} instead
 * runs every login's satellites as that one existing account.
 */
public final class SatelliteAccounts {
  static final int DEFAULT_UID_BASE = 1_950_000_000;

  private final SatelliteAccount shared;
  private final int uidBase;
  private final Map<String, SatelliteAccount> byLogin = new ConcurrentHashMap<>();
  private final AtomicInteger next = new AtomicInteger(1);

  private SatelliteAccounts(SatelliteAccount shared, int uidBase) {
    this.shared = shared;
    this.uidBase = uidBase;
  }

  /** Per-login accounts from {@code uidBase + n}. */
  public static SatelliteAccounts perLogin(int uidBase) {
    return new SatelliteAccounts(null, uidBase);
  }

  /** One existing account for every login. */
  public static SatelliteAccounts shared(SatelliteAccount account) {
    return new SatelliteAccounts(account, 0);
  }

  /** What the system properties ask for, or empty when the server is not root. */
  public static Optional<SatelliteAccounts> fromSystemProperties() {
    if (SatelliteAccount.currentUid() != 0) {
      return Optional.empty();
    }
    String user = System.getProperty("quern.satellite.user");
    if (user != null) {
      return Optional.of(shared(SatelliteAccount.named(user)));
    }
    return Optional.of(perLogin(Integer.getInteger("quern.satellite.uidBase", DEFAULT_UID_BASE)));
  }

  /** The account for a login's satellites; the same login always gets the same account. */
  public SatelliteAccount forLogin(String login) {
    if (shared != null) {
      return shared;
    }
    return byLogin.computeIfAbsent(login, l -> {
      int uid = uidBase + next.getAndIncrement();
      return new SatelliteAccount(Integer.toString(uid), uid, uid);
    });
  }

  /** An account that stands for all of them in access checks (they share no file ownership). */
  SatelliteAccount representative() {
    return shared != null ? shared : new SatelliteAccount(Integer.toString(uidBase), uidBase, uidBase);
  }
}
