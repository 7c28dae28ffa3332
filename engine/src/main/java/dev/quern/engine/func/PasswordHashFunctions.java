package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;

/**
 * PWDENCRYPT(password) and PWDCOMPARE(password, hash [, version]) with SQL Server's login password
 * hash formats, so hashes made by either server compare on the other: 0x0200, a 4-byte salt and
 * the SHA-512 of the password (UTF-16LE) followed by the salt (SQL Server 2012 on, what
 * PWDENCRYPT writes); 0x0100, the same with SHA-1 (2005 and 2008; 2000's form adds the hash of
 * the upper-cased password, which is not needed to compare).
 */
final class PasswordHashFunctions {
  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordHashFunctions() {}

  static List<ScalarFunction> all() {
    return List.of(new PwdEncrypt(), new PwdCompare());
  }

  /** The hash of {@code password} in format {@code version} (1 or 2) with {@code salt}. */
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

  private static void checkText(String name, SqlType t, int position) {
    if (!SqlTypes.isCharacter(t.id()) || t.id() == TypeId.TEXT || t.id() == TypeId.NTEXT) {
      throw Arity.invalidType(name, t, position);
    }
  }

  private static final class PwdEncrypt extends BuiltinFunction {
    PwdEncrypt() {
      super("PWDENCRYPT", 1, 1);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      checkText(name(), types.getFirst(), 1);
      return SqlType.ofLength(TypeId.VARBINARY, 128);
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      byte[] salt = new byte[4];
      RANDOM.nextBytes(salt);
      return hash(2, a.string(0), salt);
    }

    @Override
    public boolean deterministic() {
      return false; // a fresh salt each time
    }
  }

  private static final class PwdCompare extends BuiltinFunction {
    PwdCompare() {
      super("PWDCOMPARE", 2, 3);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      checkText(name(), types.getFirst(), 1);
      SqlType h = types.get(1);
      if (h.id() != TypeId.VARBINARY && h.id() != TypeId.BINARY) {
        throw Arity.invalidType(name(), h, 2);
      }
      return SqlTypes.INT;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      byte[] stored = (byte[]) a.value(1);
      int version = stored.length >= 6 && stored[1] == 0 ? stored[0] : 0;
      int digestLength = version == 2 ? 64 : version == 1 ? 20 : -1;
      if (digestLength < 0 || stored.length < 6 + digestLength) {
        return 0; // no password hash SQL Server makes
      }
      byte[] salt = Arrays.copyOfRange(stored, 2, 6);
      byte[] mine = hash(version, a.string(0), salt);
      return MessageDigest.isEqual(mine, Arrays.copyOf(stored, mine.length)) ? 1 : 0;
    }
  }
}
