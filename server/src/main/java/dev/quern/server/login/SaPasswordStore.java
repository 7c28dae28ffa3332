package dev.quern.server.login;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The sa login's password, kept only as a salted PBKDF2-HMAC-SHA256 hash in the data directory
 * ({@code sa-password.hash}: {@code pbkdf2-sha256:iterations:salt:hash}, Base64). The login name
 * is matched case-insensitively, as SQL Server's default collation does.
 *
 * <p>PBKDF2 is deliberately slow; after a password has been verified once, a SHA-256 of it with
 * the salt is kept in memory so that later logins (connection pools, benchmarks) cost microseconds.
 */
public final class SaPasswordStore implements Authenticator {
  public static final String LOGIN = "sa";
  public static final String FILE_NAME = "sa-password.hash";

  private static final int ITERATIONS = 120_000;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] salt;
  private final int iterations;
  private final byte[] hash;
  private volatile byte[] verifiedDigest;

  private SaPasswordStore(byte[] salt, int iterations, byte[] hash) {
    this.salt = salt;
    this.iterations = iterations;
    this.hash = hash;
  }

  /** A store for {@code password}, kept in memory only. */
  public static SaPasswordStore of(String password) {
    return of(password, ITERATIONS);
  }

  /** The same with a chosen PBKDF2 work factor (the stored hash records it). */
  public static SaPasswordStore of(String password, int iterations) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    return new SaPasswordStore(salt, iterations, pbkdf2(password, salt, iterations));
  }

  /** Loads the stored hash, or returns null when the data directory has none yet. */
  public static SaPasswordStore load(Path dataDir) throws IOException {
    Path file = dataDir.resolve(FILE_NAME);
    if (!Files.exists(file)) {
      return null;
    }
    String[] parts = Files.readString(file, StandardCharsets.US_ASCII).trim().split(":");
    if (parts.length != 4 || !parts[0].equals("pbkdf2-sha256")) {
      throw new IOException("Unrecognised password hash in " + file);
    }
    Base64.Decoder b64 = Base64.getDecoder();
    return new SaPasswordStore(b64.decode(parts[2]), Integer.parseInt(parts[1]), b64.decode(parts[3]));
  }

  /** Writes the hash (never the password) to the data directory, readable by the owner only. */
  public void save(Path dataDir) throws IOException {
    Files.createDirectories(dataDir);
    Path file = dataDir.resolve(FILE_NAME);
    Base64.Encoder b64 = Base64.getEncoder();
    String line = "pbkdf2-sha256:" + iterations + ":" + b64.encodeToString(salt) + ":"
        + b64.encodeToString(hash) + "\n";
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
    if (login == null || !LOGIN.equals(login.toLowerCase(Locale.ROOT))) {
      return false;
    }
    byte[] digest = digest(password);
    byte[] known = verifiedDigest;
    if (known != null && MessageDigest.isEqual(known, digest)) {
      return true;
    }
    if (MessageDigest.isEqual(hash, pbkdf2(password, salt, iterations))) {
      verifiedDigest = digest;
      return true;
    }
    return false;
  }

  private byte[] digest(String password) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt);
      return sha.digest(password.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] pbkdf2(String password, byte[] salt, int iterations) {
    try {
      PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
