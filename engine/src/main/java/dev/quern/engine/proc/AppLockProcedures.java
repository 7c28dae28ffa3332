package dev.quern.engine.proc;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.value.Conversions;
import dev.quern.engine.applock.AppLockCalls;
import dev.quern.engine.applock.AppLockMode;
import dev.quern.engine.applock.AppLockResource;
import dev.quern.engine.applock.AppLockTable;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.session.SessionState;
import java.util.List;
import java.util.Optional;

/**
 * sp_getapplock and sp_releaseapplock ("sp_getapplock (Transact-SQL)"): application locks on a
 * named resource of the current database, owned by the transaction (the default, released when it
 * ends) or the session, in the modes {@link AppLockMode} lists, counted (each get needs its
 * release). Return status as documented: 0 granted at once, 1 granted after waiting, -1 timed out,
 * -2 cancelled, -3 deadlock victim (nothing rolled back), -999 a bad call. As SQL Server's own
 * procedures do, an unknown mode or owner, or a transaction owner outside a transaction, is an
 * informational message (15625, 15626) and -999; a NULL resource or principal, a principal the
 * caller is not a member of, a timeout below -1 and the release of a lock not held are errors.
 * Unlike SQL Server, where such an error lets the procedure go on to return -999, the error ends
 * the EXEC statement as Quern's errors do (so TRY…CATCH and XACT_ABORT see it the same way), and a
 * return status variable keeps its value.
 */
final class AppLockProcedures {
  private AppLockProcedures() {}

  static List<SystemProcedure> all() {
    return List.of(new GetAppLock(), new ReleaseAppLock());
  }

  /** An optional varchar(32) option: its text cut to 32, {@code dflt} when not passed, null for NULL. */
  private static String option(ProcArg a, String dflt) {
    if (a == null || a.isDefault()) {
      return dflt;
    }
    if (a.value() == null) {
      return null;
    }
    String text = a.value().toString();
    return text.length() > 32 ? text.substring(0, 32) : text;
  }

  private static String text(ProcArg a, String dflt) {
    if (a == null || a.isDefault()) {
      return dflt;
    }
    return a.value() == null ? null : a.value().toString();
  }

  private static final class GetAppLock implements SystemProcedure {
    private static final List<String> PARAMS =
        List.of("@Resource", "@LockMode", "@LockOwner", "@LockTimeout", "@DbPrincipal");

    @Override
    public String name() {
      return "sp_getapplock";
    }

    @Override
    public int execute(List<ProcArg> args, ProcedureHost host) {
      ProcArg[] a = ProcArgBinding.bind(name(), args, PARAMS);
      if (a[1] == null || a[1].isDefault()) {
        throw SqlErrors.PROC_EXPECTS_PARAMETER.raise(name(), "@LockMode");
      }
      SessionState s = host.state();
      String modeText = option(a[1], null);
      Optional<AppLockMode> mode = AppLockMode.requested(modeText);
      if (mode.isEmpty()) {
        AppLockCalls.inform(s, SqlErrors.OPTION_NOT_RECOGNIZED, name(), 26, orNull(modeText), "@LockMode");
        return -999;
      }
      String ownerText = option(a[2], "Transaction");
      Optional<Boolean> transaction = AppLockCalls.transactionOwner(ownerText);
      if (transaction.isEmpty()) {
        AppLockCalls.inform(s, SqlErrors.OPTION_NOT_RECOGNIZED, name(), 39, orNull(ownerText), "@LockOwner");
        return -999;
      }
      long timeout = timeout(a[3], s);
      if (transaction.get() && s.transactionCount() == 0) {
        AppLockCalls.inform(s, SqlErrors.APPLOCK_NEEDS_TRANSACTION, name(), 52);
        return -999;
      }
      if (timeout < -1) {
        throw SqlErrors.APPLOCK_INVALID_TIMEOUT.raise(AppLockCalls.XP_USERLOCK);
      }
      AppLockResource resource = AppLockCalls.resource(
          s, text(a[4], "public"), text(a[0], null), AppLockCalls.XP_USERLOCK);
      AppLockTable.Owner owner = AppLockCalls.owner(s, transaction.get(), 1);
      return s.server().appLocks()
          .acquire(resource, owner, mode.get(), timeout, AppLockCalls.waitHooks(s))
          .status();
    }

    /** @LockTimeout (int): @@LOCK_TIMEOUT when not passed or NULL. */
    private static long timeout(ProcArg a, SessionState s) {
      if (a == null || a.isDefault() || a.value() == null) {
        return s.sessionOptions().lockTimeout;
      }
      return ((Number) Conversions.convert(a.value(), a.type(), SqlTypes.INT)).longValue();
    }
  }

  private static final class ReleaseAppLock implements SystemProcedure {
    private static final List<String> PARAMS = List.of("@Resource", "@LockOwner", "@DbPrincipal");

    @Override
    public String name() {
      return "sp_releaseapplock";
    }

    @Override
    public int execute(List<ProcArg> args, ProcedureHost host) {
      ProcArg[] a = ProcArgBinding.bind(name(), args, PARAMS);
      SessionState s = host.state();
      String ownerText = option(a[1], "Transaction");
      Optional<Boolean> transaction = AppLockCalls.transactionOwner(ownerText);
      if (transaction.isEmpty()) {
        AppLockCalls.inform(s, SqlErrors.OPTION_NOT_RECOGNIZED, name(), 20, orNull(ownerText), "@LockOwner");
        return -999;
      }
      String principal = text(a[2], "public");
      AppLockResource resource = AppLockCalls.resource(s, principal, text(a[0], null), AppLockCalls.XP_USERLOCK);
      AppLockTable.Owner owner = AppLockCalls.owner(s, transaction.get(), 1);
      if (!s.server().appLocks().release(resource, owner)) {
        throw SqlErrors.APPLOCK_NOT_HELD.raise(principal, resource.name());
      }
      return 0;
    }
  }

  private static String orNull(String text) {
    return text == null ? "(null)" : text;
  }
}
