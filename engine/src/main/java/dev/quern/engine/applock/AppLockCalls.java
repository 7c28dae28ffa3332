package dev.quern.engine.applock;

import dev.quern.engine.api.SqlMessage;
import dev.quern.engine.api.WaitScope;
import dev.quern.engine.error.ErrorTemplate;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.session.SessionState;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What sp_getapplock, sp_releaseapplock, APPLOCK_MODE and APPLOCK_TEST share: naming the resource
 * (database, principal, name) and the owner as SQL Server validates them, and the session's side of
 * a wait. The errors name sys.xp_userlock, the extended procedure behind SQL Server's procedures.
 */
public final class AppLockCalls {
  /** The procedure SQL Server's application lock procedures call, which its errors name. */
  public static final String XP_USERLOCK = "xp_userlock";

  private AppLockCalls() {}

  /**
   * The owner @LockOwner names: true for Transaction, false for Session (case-insensitive,
   * trailing blanks ignored); empty for anything else, NULL included.
   */
  public static Optional<Boolean> transactionOwner(String text) {
    if (text == null) {
      return Optional.empty();
    }
    return switch (text.stripTrailing().toLowerCase(Locale.ROOT)) {
      case "transaction" -> Optional.of(true);
      case "session" -> Optional.of(false);
      default -> Optional.empty();
    };
  }

  /**
   * The resource {@code name} under {@code principal} in the session's database. Only members of
   * the principal may name it (everyone is in public; dbo and db_owner members in every role).
   */
  public static AppLockResource resource(SessionState s, String principal, String name, String caller) {
    if (name == null) {
      throw SqlErrors.APPLOCK_INVALID_RESOURCE.raise(caller);
    }
    if (principal == null) {
      throw SqlErrors.APPLOCK_INVALID_PRINCIPAL.raise(caller);
    }
    Optional<Integer> id = s.databasePrincipalId(principal);
    if (id.isEmpty() || !mayUse(s, principal)) {
      throw SqlErrors.PRINCIPAL_NOT_MEMBER.raise(principal);
    }
    return new AppLockResource(s.databaseId(), id.get(), name);
  }

  private static boolean mayUse(SessionState s, String principal) {
    return principal.equalsIgnoreCase("public")
        || s.isSysadmin()
        || principal.equalsIgnoreCase(s.userName())
        || s.isMember("db_owner").orElse(false)
        || s.isMember(principal).orElse(false);
  }

  /** The owner for this session; a transaction owner needs an open transaction (3918 in {@code state}). */
  public static AppLockTable.Owner owner(SessionState s, boolean transaction, int stateWithoutTransaction) {
    if (transaction && s.transactionCount() == 0) {
      throw SqlErrors.NEEDS_USER_TRANSACTION.raiseWithState(stateWithoutTransaction);
    }
    return new AppLockTable.Owner(s.spid(), transaction);
  }

  /** APPLOCK_MODE: the mode {@code owner} (NULL: Transaction) holds the resource in, 'NoLock' if none. */
  public static String mode(SessionState s, String principal, String name, String ownerText) {
    AppLockTable.Owner owner = functionOwner(s, ownerText, "applock_mode");
    AppLockResource resource = resource(s, principal, name, "applock_mode");
    return s.server().appLocks().modeOf(resource, owner).map(AppLockMode::displayName).orElse("NoLock");
  }

  /** APPLOCK_TEST: whether {@code owner} could take {@code modeText} on the resource now. */
  public static boolean test(SessionState s, String principal, String name, String modeText, String ownerText) {
    AppLockMode mode = AppLockMode.requested(modeText)
        .orElseThrow(() -> SqlErrors.APPLOCK_INVALID_MODE.raise("applock_test"));
    AppLockTable.Owner owner = functionOwner(s, ownerText, "applock_test");
    AppLockResource resource = resource(s, principal, name, "applock_test");
    return s.server().appLocks().wouldGrant(resource, owner, mode);
  }

  private static AppLockTable.Owner functionOwner(SessionState s, String ownerText, String function) {
    boolean transaction = ownerText == null
        || transactionOwner(ownerText).orElseThrow(() -> SqlErrors.APPLOCK_INVALID_OWNER.raise(function));
    return owner(s, transaction, 2);
  }

  /** An informational message of a procedure's body (severity 10), at {@code line} of {@code proc}. */
  public static void inform(SessionState s, ErrorTemplate template, String proc, int line, Object... args) {
    SqlMessage m = template.message(args);
    s.sink().message(new SqlMessage(m.number(), m.state(), m.severity(), m.text(), proc, line));
  }

  /**
   * The session's side of a wait: shown in sys.dm_exec_requests as LCK_M_&lt;mode&gt; with the
   * sessions it waits for, ended by ATTENTION; a request that must not block (the network thread's)
   * gives up before it waits and runs again where it may.
   */
  public static AppLockTable.WaitHooks waitHooks(SessionState s) {
    return new AppLockTable.WaitHooks() {
      private WaitScope scope;

      @Override
      public boolean cancelled() {
        return s.cancelled();
      }

      @Override
      public void waiting(AppLockMode mode, long sinceNanos, Supplier<int[]> blockers) {
        if (s.nonBlocking().active()) {
          throw s.nonBlocking().yieldToBlockingThread();
        }
        scope = s.activity().beginWait(mode.waitType(), sinceNanos, blockers::get);
      }

      @Override
      public void waitEnded() {
        if (scope != null) {
          scope.close();
          scope = null;
        }
      }
    };
  }
}
