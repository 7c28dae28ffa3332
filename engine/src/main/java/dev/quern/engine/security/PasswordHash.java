package dev.quern.engine.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A password kept only as a salted PBKDF2-HMAC-SHA256 hash, in the text form {@code
 * pbkdf2-sha256:iterations:salt:hash} (Base64): the sa login's file and every CREATE LOGIN's
 * catalog record use it. PBKDF2 is deliberately slow (120,000 iterations by default).
 */
public record PasswordHash(int iterations, byte[] salt, byte[] hash) implements StoredPassword {
  public static final int ITERATIONS = 120_000;
  private static final String PREFIX = "pbkdf2-sha256";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A fresh salted hash of {@code password}. */
  public static PasswordHash of(String password) {
    return of(password, ITERATIONS);
  }

  /** The same with a chosen work factor (the text form records it). */
  public static PasswordHash of(String password, int iterations) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    return new PasswordHash(iterations, salt, pbkdf2(password, salt, iterations));
  }

  /** Parses the text form; IllegalArgumentException when it is not one. */
  public static PasswordHash decode(String text) {
    String[] parts = text.trim().split(":");
    if (parts.length != 4 || !parts[0].equals(PREFIX)) {
      throw new IllegalArgumentException("Unrecognised password hash");
    }
    Base64.Decoder b64 = Base64.getDecoder();
    return new PasswordHash(Integer.parseInt(parts[1]), b64.decode(parts[2]), b64.decode(parts[3]));
  }

  @Override
  public String encode() {
    Base64.Encoder b64 = Base64.getEncoder();
    return PREFIX + ":" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
  }

  /** Whether {@code password} is the hashed one (constant-time comparison). */
  @Override
  public boolean matches(String password) {
    return password != null && MessageDigest.isEqual(hash, pbkdf2(password, salt, iterations));
  }

  /**
   * A fast SHA-256 of the salt and {@code password}: what a caller may remember after one
   * successful {@link #matches}, so that repeated logins (connection pools) cost microseconds.
   */
  @Override
  public byte[] quickDigest(String password) {
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
