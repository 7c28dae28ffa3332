package dev.quern.engine.session;

import dev.quern.catalog.meta.Security;
import dev.quern.engine.security.Access;
import dev.quern.engine.security.DatabaseUser;
import dev.quern.engine.security.LoginIdentity;
import dev.quern.engine.security.Principals;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The security context of a session: the login it authenticated as (ORIGINAL_LOGIN) and the
 * EXECUTE AS contexts stacked on it, innermost first, which REVERT pops. A LOGIN context changes the
 * server principal; a USER context is one user of one database (outside it the session is that
 * database's guest, or nobody). What the principal may do is looked up in the catalog's security
 * records each time ({@link Access}), so a GRANT or a new role member counts at the next statement.
 */
public final class SessionSecurity {
  /**
   * One EXECUTE AS: {@code login} set for a LOGIN context; a USER context names its database. An
   * application role (sp_setapprole) is a USER context of the role, marked {@code applicationRole},
   * with the cookie sp_unsetapprole must show (null: it lasts as long as the session).
   */
  public record Context(String login, int databaseId, String user, boolean applicationRole, byte[] cookie) {
    public Context(String login, int databaseId, String user) {
      this(login, databaseId, user, false, null);
    }
  }

  /**
   * A module (view, procedure, function, trigger) being bound or run: the database and schema it
   * lives in (its one-part names resolve there first, then in dbo) and its owner, the schema's
   * owner (what an ownership chain compares).
   */
  public record Module(int databaseId, String schema, int ownerId) {}

  private final String originalLogin;
  private final Deque<Context> stack = new ArrayDeque<>();
  /** Changes with every EXECUTE AS and REVERT: plans checked under one context are not reused under another. */
  private int epoch;
  /** Modules being bound or run, innermost first: inside, ownership chains and names resolve in the module's schema. */
  private Deque<Module> modules = new ArrayDeque<>();

  SessionSecurity(String originalLogin) {
    this.originalLogin = originalLogin == null ? Principals.SA : originalLogin;
  }

  public String originalLogin() {
    return originalLogin;
  }

  /** Whether the session is sa with no EXECUTE AS: then nothing needs a catalog read. */
  public boolean isSa() {
    return stack.isEmpty() && originalLogin.equalsIgnoreCase(Principals.SA);
  }

  /** The login name the session runs as now (a USER context keeps the login it was entered from). */
  public String login() {
    for (Context c : stack) {
      if (c.login() != null) {
        return c.login();
      }
    }
    return originalLogin;
  }

  public Optional<Context> userContext() {
    Context top = stack.peek();
    return top != null && top.login() == null ? Optional.of(top) : Optional.empty();
  }

  /** The current login's identity; empty when it was dropped while the session ran. */
  public Optional<LoginIdentity> identity(Security sec) {
    if (isSa()) {
      return Optional.of(LoginIdentity.SA);
    }
    if (userContext().isPresent()) {
      // A USER context has no server-level rights of the login it was entered from.
      return Access.login(sec, login()).map(l -> new LoginIdentity(l.name(), l.id(), l.sid(), false));
    }
    return Access.login(sec, login());
  }

  /** Who the session is in database {@code databaseId}; empty without access (916). */
  public Optional<DatabaseUser> user(Security sec, int databaseId) {
    Optional<Context> user = userContext();
    if (user.isPresent() && user.get().databaseId() == databaseId) {
      return sec.principal(databaseId, user.get().user()).map(p -> Access.user(sec, databaseId, p));
    }
    if (user.isPresent()) {
      return Access.guestEnabled(sec, databaseId)
          ? Optional.of(new DatabaseUser(Principals.GUEST_ID, "guest", "guest", Access.roles(sec, databaseId, Principals.GUEST_ID)))
          : Optional.empty();
    }
    return identity(sec).flatMap(id -> Access.user(sec, id, databaseId));
  }

  public void push(Context c) {
    stack.push(c);
    epoch++;
  }

  public int epoch() {
    return epoch;
  }

  /** The innermost module the running statement belongs to; empty for a batch's own statements. */
  public Optional<Module> module() {
    return Optional.ofNullable(modules.peek());
  }

  public boolean inModule() {
    return !modules.isEmpty();
  }

  public void enterModule(Module m) {
    modules.push(m);
  }

  public void exitModule() {
    modules.pop();
  }

  /**
   * Dynamic SQL breaks the chain: its statements are checked as if run directly, and their names
   * resolve as the caller's own (the user's default schema). Returns what {@link #resumeModules}
   * puts back.
   */
  public Deque<Module> suspendModules() {
    Deque<Module> saved = modules;
    modules = new ArrayDeque<>();
    return saved;
  }

  public void resumeModules(Deque<Module> saved) {
    modules = saved;
  }

  /** The application role sp_setapprole made the innermost context; empty when it is not one. */
  public Optional<Context> applicationRole() {
    return Optional.ofNullable(stack.peek()).filter(Context::applicationRole);
  }

  /** REVERT: false when no EXECUTE AS is in force. */
  public boolean pop() {
    epoch++;
    return stack.poll() != null;
  }

  public int depth() {
    return stack.size();
  }

  /** Back to the login (RESETCONNECTION, or a module's EXECUTE AS ending with its module). */
  public void revertTo(int depth) {
    while (stack.size() > depth) {
      stack.pop();
      epoch++;
    }
  }
}
