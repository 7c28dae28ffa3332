package dev.quern.catalog.meta;

/**
 * A SQL login created with CREATE LOGIN (sys.server_principals, sys.sql_logins). The password is
 * kept only as its salted hash string ({@code pbkdf2-sha256:iterations:salt:hash}); {@code sid}
 * is what database users map to, so a rename keeps them. Dates are epoch milliseconds (UTC).
 */
public record Login(
    int id,
    String name,
    byte[] sid,
    String passwordHash,
    String defaultDatabase,
    boolean disabled,
    boolean checkPolicy,
    boolean checkExpiration,
    long createdMillis,
    long modifiedMillis) {

  public Login withName(String n, long now) {
    return new Login(id, n, sid, passwordHash, defaultDatabase, disabled, checkPolicy, checkExpiration, createdMillis, now);
  }

  public Login withPasswordHash(String h, long now) {
    return new Login(id, name, sid, h, defaultDatabase, disabled, checkPolicy, checkExpiration, createdMillis, now);
  }

  public Login withDefaultDatabase(String db, long now) {
    return new Login(id, name, sid, passwordHash, db, disabled, checkPolicy, checkExpiration, createdMillis, now);
  }

  public Login withDisabled(boolean d, long now) {
    return new Login(id, name, sid, passwordHash, defaultDatabase, d, checkPolicy, checkExpiration, createdMillis, now);
  }

  public Login withPolicy(boolean policy, boolean expiration, long now) {
    return new Login(id, name, sid, passwordHash, defaultDatabase, disabled, policy, expiration, createdMillis, now);
  }
}
