package dev.quern.ext.pool;

import java.util.Locale;
import java.util.Objects;

/**
 * What satellites are pooled by: language, login and external resource pool. A satellite never
 * serves a key other than the one it was started for, so it never serves two logins.
 */
public record PoolKey(String language, String login, String resourcePool) {
  public PoolKey {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(login, "login");
    Objects.requireNonNull(resourcePool, "resourcePool");
    // Languages and pool names are case-insensitive in SQL Server; logins compare as given.
    language = language.toLowerCase(Locale.ROOT);
    resourcePool = resourcePool.toLowerCase(Locale.ROOT);
  }
}
