package dev.quern.engine.security;

/**
 * A login's password as the catalog keeps it: never the password, only something that tells
 * whether a given one is it. Quern's own logins use PBKDF2 ({@link PasswordHash}); logins moved
 * from a SQL Server with their hash keep SQL Server's format ({@link SqlServerPasswordHash}).
 */
public sealed interface StoredPassword permits PasswordHash, SqlServerPasswordHash {
  /** Whether {@code password} is the stored one (constant-time comparison). */
  boolean matches(String password);

  /** A fast digest of {@code password} a caller may remember after one successful match. */
  byte[] quickDigest(String password);

  /** The text form the catalog stores. */
  String encode();

  /** Parses either text form; IllegalArgumentException when it is neither. */
  static StoredPassword decode(String text) {
    return text.startsWith(SqlServerPasswordHash.PREFIX) ? SqlServerPasswordHash.decode(text) : PasswordHash.decode(text);
  }
}
