package dev.quern.engine.security;

import dev.quern.catalog.meta.Login;
import dev.quern.catalog.meta.Security;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Checks a created login's password at LOGIN7 against its stored PBKDF2 hash. A disabled login
 * fails like a wrong password (the client sees 18456 either way). After one successful check the
 * hash's quick digest of the password is remembered (keyed by the stored hash, so ALTER LOGIN …
 * PASSWORD forgets it), so that a connection pool's logins cost microseconds, not PBKDF2.
 */
public final class LoginAuthenticator {
  private final Supplier<Security> records;
  private final Map<String, byte[]> verified = new ConcurrentHashMap<>();

  public LoginAuthenticator(Supplier<Security> records) {
    this.records = records;
  }

  /** The login, when {@code name} is an enabled created login and {@code password} its password. */
  public Optional<Login> authenticate(String name, String password) {
    if (name == null || password == null) {
      return Optional.empty();
    }
    Optional<Login> login = records.get().login(name).filter(l -> !l.disabled());
    if (login.isEmpty()) {
      return Optional.empty();
    }
    String stored = login.get().passwordHash();
    StoredPassword hash = StoredPassword.decode(stored);
    byte[] digest = hash.quickDigest(password);
    byte[] known = verified.get(stored);
    if (known != null && MessageDigest.isEqual(known, digest)) {
      return login;
    }
    if (hash.matches(password)) {
      verified.put(stored, digest);
      return login;
    }
    return Optional.empty();
  }
}
