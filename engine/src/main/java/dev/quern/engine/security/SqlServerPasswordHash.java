package dev.quern.engine.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A login password hash in SQL Server's own format, as PWDENCRYPT makes it and sys.sql_logins
 * shows it: 0x0200, a 4-byte salt and the SHA-512 of the password (UTF-16LE) followed by the salt
 * (SQL Server 2012 on); 0x0100 the same with SHA-1 (2005 and 2008; 2000's form appends the hash of
 * the upper-cased password, which comparing does not need). Logins created with {@code PASSWORD =
 * 0x… HASHED} (moved from a SQL Server) keep this form, in the text {@code mssql-hash:<hex>}, so
 * their passwords go on working; other logins keep Quern's PBKDF2 {@link PasswordHash}.
 */
public record SqlServerPasswordHash(byte[] bytes) implements StoredPassword {
  static final String PREFIX = "mssql-hash:";
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * The hash at the start of {@code bytes} when they begin with one SQL Server makes (a version, a
   * salt, a whole digest); what follows it (a binary column's padding) is not part of it.
   */
  public static Optional<SqlServerPasswordHash> of(byte[] bytes) {
    int version = bytes.length >= 6 && bytes[1] == 0 ? bytes[0] : 0;
    int digest = version == 2 ? 64 : version == 1 ? 20 : -1;
    if (digest < 0 || bytes.length < 6 + digest) {
      return Optional.empty();
    }
    int length = version == 1 && bytes.length >= 6 + 2 * digest ? 6 + 2 * digest : 6 + digest;
    return Optional.of(new SqlServerPasswordHash(Arrays.copyOf(bytes, length)));
  }

  /** PWDENCRYPT: the 0x0200 hash of {@code password} with a fresh salt. */
  public static byte[] encrypt(String password) {
    byte[] salt = new byte[4];
    RANDOM.nextBytes(salt);
    return hash(2, password, salt);
  }

  /** PWDCOMPARE: does {@code password} hash to {@code stored} (any bytes; 0 for a non-hash)? */
  public static boolean compare(String password, byte[] stored) {
    return of(stored).map(h -> h.matches(password)).orElse(false);
  }

  static SqlServerPasswordHash decode(String text) {
    return new SqlServerPasswordHash(HexFormat.of().parseHex(text.substring(PREFIX.length())));
  }

  @Override
  public String encode() {
    return PREFIX + HexFormat.of().formatHex(bytes);
  }

  @Override
  public boolean matches(String password) {
    if (password == null) {
      return false;
    }
    byte[] mine = hash(bytes[0], password, Arrays.copyOfRange(bytes, 2, 6));
    return MessageDigest.isEqual(mine, Arrays.copyOf(bytes, mine.length));
  }

  @Override
  public byte[] quickDigest(String password) {
    return hash(bytes[0], password, Arrays.copyOfRange(bytes, 2, 6)); // as fast as it gets already
  }

  /** The hash bytes, for sys.sql_logins.password_hash and LOGINPROPERTY. */
  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  private static byte[] hash(int version, String password, byte[] salt) {
    try {
      MessageDigest d = MessageDigest.getInstance(version == 2 ? "SHA-512" : "SHA-1");
      d.update(password.getBytes(StandardCharsets.UTF_16LE));
      d.update(salt);
      byte[] digest = d.digest();
      byte[] out = new byte[2 + salt.length + digest.length];
      out[0] = (byte) version;
      System.arraycopy(salt, 0, out, 2, salt.length);
      System.arraycopy(digest, 0, out, 2 + salt.length, digest.length);
      return out;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
