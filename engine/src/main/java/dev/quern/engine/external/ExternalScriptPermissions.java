package dev.quern.engine.external;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * EXECUTE ANY EXTERNAL SCRIPT (ml-services.md §4.1): held by sysadmin logins (CONTROL SERVER
 * implies it) and by principals it was granted to. Only {@code sa} exists today; GRANT will add
 * principals through {@link #grant}.
 */
public final class ExternalScriptPermissions {
  private static final Set<String> SYSADMINS = Set.of("sa");

  private final Set<String> granted = ConcurrentHashMap.newKeySet();

  /** Does {@code login} hold EXECUTE ANY EXTERNAL SCRIPT? */
  public boolean mayExecuteExternalScript(String login) {
    String l = login == null ? "" : login.toLowerCase(Locale.ROOT);
    return SYSADMINS.contains(l) || granted.contains(l);
  }

  /** GRANT EXECUTE ANY EXTERNAL SCRIPT TO login. */
  public void grant(String login) {
    granted.add(login.toLowerCase(Locale.ROOT));
  }

  /** REVOKE EXECUTE ANY EXTERNAL SCRIPT FROM login. */
  public void revoke(String login) {
    granted.remove(login.toLowerCase(Locale.ROOT));
  }
}
