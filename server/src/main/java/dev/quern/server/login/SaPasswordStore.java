package dev.quern.server.login;

import dev.quern.engine.security.PasswordHash;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * The sa login's password, kept only as a salted PBKDF2-HMAC-SHA256 hash in the data directory
 * ({@code sa-password.hash}: {@code pbkdf2-sha256:iterations:salt:hash}, Base64; the hashing is
 * {@link PasswordHash}, which CREATE LOGIN uses too). The login name is matched case-insensitively,
 * as SQL Server's default collation does.
 *
 * <p>PBKDF2 is deliberately slow; after a password has been verified once, a SHA-256 of it with
 * the salt is kept in memory so that later logins (connection pools, benchmarks) cost microseconds.
 */
public final class SaPasswordStore implements Authenticator {
  public static final String LOGIN = "sa";
  public static final String FILE_NAME = "sa-password.hash";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final PasswordHash hash;
  private volatile byte[] verifiedDigest;

  private SaPasswordStore(PasswordHash hash) {
    this.hash = hash;
  }

  /** A store for {@code password}, kept in memory only. */
  public static SaPasswordStore of(String password) {
    return new SaPasswordStore(PasswordHash.of(password));
  }

  /** The same with a chosen PBKDF2 work factor (the stored hash records it). */
  public static SaPasswordStore of(String password, int iterations) {
    return new SaPasswordStore(PasswordHash.of(password, iterations));
  }

  /** Loads the stored hash, or returns null when the data directory has none yet. */
  public static SaPasswordStore load(Path dataDir) throws IOException {
    Path file = dataDir.resolve(FILE_NAME);
    if (!Files.exists(file)) {
      return null;
    }
    try {
      return new SaPasswordStore(PasswordHash.decode(Files.readString(file, StandardCharsets.US_ASCII)));
    } catch (IllegalArgumentException e) {
      throw new IOException("Unrecognised password hash in " + file, e);
    }
  }

  /** Writes the hash (never the password) to the data directory, readable by the owner only. */
  public void save(Path dataDir) throws IOException {
    Files.createDirectories(dataDir);
    Path file = dataDir.resolve(FILE_NAME);
    String line = hash.encode() + "\n";
    Path tmp = dataDir.resolve(FILE_NAME + ".tmp");
    Files.writeString(tmp, line, StandardCharsets.US_ASCII);
    try {
      Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: keep the platform's default permissions.
    }
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /** A strong random password for a first start: 20 characters from four character classes. */
  public static String generatePassword() {
    String upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    String lower = "abcdefghijkmnopqrstuvwxyz";
    String digits = "23456789";
    String symbols = "#%+-=@_";
    String all = upper + lower + digits + symbols;
    StringBuilder b = new StringBuilder();
    for (String cls : new String[] {upper, lower, digits, symbols}) {
      b.append(cls.charAt(RANDOM.nextInt(cls.length())));
    }
    while (b.length() < 20) {
      b.append(all.charAt(RANDOM.nextInt(all.length())));
    }
    for (int i = b.length() - 1; i > 0; i--) {
      int j = RANDOM.nextInt(i + 1);
      char c = b.charAt(i);
      b.setCharAt(i, b.charAt(j));
      b.setCharAt(j, c);
    }
    return b.toString();
  }

  @Override
  public boolean authenticate(String login, String password) {
    if (login == null || password == null || !LOGIN.equals(login.toLowerCase(Locale.ROOT))) {
      return false;
    }
    byte[] digest = hash.quickDigest(password);
    byte[] known = verifiedDigest;
    if (known != null && MessageDigest.isEqual(known, digest)) {
      return true;
    }
    if (hash.matches(password)) {
      verifiedDigest = digest;
      return true;
    }
    return false;
  }
}
