package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * ENCRYPTBYPASSPHRASE(passphrase, cleartext [, add_authenticator, authenticator]) and
 * DECRYPTBYPASSPHRASE(passphrase, ciphertext [, add_authenticator, authenticator]) in SQL Server's
 * own message format, so data encrypted by either server decrypts on the other: a 4-byte version,
 * the IV, then the CBC/PKCS#7 encryption of magic 0xBAADF00D, the integrity bytes' length, the
 * clear text's length (16-bit little-endian each) and the integrity bytes and clear text. Version
 * 2 (SQL Server 2017 on, what Quern writes) keys AES-256 with SHA-256 of the passphrase; version 1
 * (older servers, read only) two-key triple DES with the first 16 bytes of its SHA-1. The
 * passphrase and text count as their bytes (nvarchar as UTF-16LE, varchar in its code page), so
 * N'p' and 'p' are different passphrases, as in SQL Server. A wrong passphrase or authenticator,
 * or bytes that are no such message, decrypt to NULL.
 *
 * <p>Decided: the integrity bytes with an authenticator are the SHA-1 of the authenticator's bytes
 * ("a hash of the authenticator is encrypted together with the plaintext"); which hash SQL Server
 * uses is not documented, so values encrypted with an authenticator may not move between servers.
 */
final class PassphraseFunctions {
  private static final int MAGIC = 0xBAADF00D;
  private static final int MAX_RESULT = 8000;
  private static final SecureRandom RANDOM = new SecureRandom();

  private PassphraseFunctions() {}

  static List<ScalarFunction> all() {
    return List.of(new Encrypt(), new Decrypt());
  }

  private static void checkTypes(String name, List<SqlType> types) {
    for (int i = 0; i < types.size(); i++) {
      SqlType t = types.get(i);
      boolean ok = i == 2
          ? SqlTypes.isInteger(t.id()) || t.id() == TypeId.BIT
          : Arguments.hasStoredBytes(t);
      if (!ok) {
        throw Arity.invalidType(name, t, i + 1);
      }
    }
  }

  /** The integrity bytes: none, or the authenticator's hash when add_authenticator is 1. */
  private static byte[] integrity(Arguments a) {
    if (a.size() < 4 || a.isNull(2) || a.bigint(2) != 1 || a.isNull(3)) {
      return new byte[0];
    }
    return digest("SHA-1", a.storedBytes(3));
  }

  private static byte[] digest(String algorithm, byte[] data) {
    try {
      return MessageDigest.getInstance(algorithm).digest(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The cipher of message {@code version} keyed by {@code passphrase}, or null for another version. */
  private static Cipher cipher(int version, byte[] passphrase, int mode, byte[] iv) throws GeneralSecurityException {
    if (version == 2) {
      Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
      c.init(mode, new SecretKeySpec(digest("SHA-256", passphrase), "AES"), new IvParameterSpec(iv));
      return c;
    }
    byte[] k = Arrays.copyOf(digest("SHA-1", passphrase), 24);
    System.arraycopy(k, 0, k, 16, 8); // two-key triple DES: K1 K2 K1
    Cipher c = Cipher.getInstance("DESede/CBC/PKCS5Padding");
    c.init(mode, new SecretKeySpec(k, "DESede"), new IvParameterSpec(iv));
    return c;
  }

  /** What both share: (passphrase, text [, add_authenticator, authenticator]) → varbinary(8000). */
  private abstract static class PassphraseFunction extends BuiltinFunction {
    PassphraseFunction(String name) {
      super(name, 2, 4);
    }

    @Override
    boolean nullInNullOut() {
      return false; // a NULL authenticator (without add_authenticator) is no authenticator
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      checkTypes(name(), types);
      return SqlType.ofLength(TypeId.VARBINARY, MAX_RESULT);
    }
  }

  private static final class Encrypt extends PassphraseFunction {
    Encrypt() {
      super("ENCRYPTBYPASSPHRASE");
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      if (a.isNull(0) || a.isNull(1)) {
        return null;
      }
      byte[] clear = a.storedBytes(1);
      byte[] check = integrity(a);
      ByteBuffer inner = ByteBuffer.allocate(8 + check.length + clear.length).order(ByteOrder.LITTLE_ENDIAN);
      inner.putInt(MAGIC).putShort((short) check.length).putShort((short) clear.length).put(check).put(clear);
      byte[] iv = new byte[16];
      RANDOM.nextBytes(iv);
      try {
        byte[] body = cipher(2, a.storedBytes(0), Cipher.ENCRYPT_MODE, iv).doFinal(inner.array());
        if (4 + iv.length + body.length > MAX_RESULT) {
          return null; // beyond varbinary(8000)
        }
        return ByteBuffer.allocate(4 + iv.length + body.length).order(ByteOrder.LITTLE_ENDIAN)
            .putInt(2).put(iv).put(body).array();
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public boolean deterministic() {
      return false; // a fresh IV each time
    }
  }

  private static final class Decrypt extends PassphraseFunction {
    Decrypt() {
      super("DECRYPTBYPASSPHRASE");
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      if (a.isNull(0) || a.isNull(1)) {
        return null;
      }
      byte[] message = a.storedBytes(1);
      if (message.length < 4) {
        return null;
      }
      int version = ByteBuffer.wrap(message, 0, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
      int ivLength = version == 2 ? 16 : version == 1 ? 8 : -1;
      if (ivLength < 0 || message.length < 4 + ivLength + ivLength) {
        return null;
      }
      byte[] iv = Arrays.copyOfRange(message, 4, 4 + ivLength);
      byte[] inner;
      try {
        inner = cipher(version, a.storedBytes(0), Cipher.DECRYPT_MODE, iv).doFinal(message, 4 + ivLength, message.length - 4 - ivLength);
      } catch (GeneralSecurityException e) {
        return null; // a wrong passphrase shows as bad padding, mostly
      }
      ByteBuffer in = ByteBuffer.wrap(inner).order(ByteOrder.LITTLE_ENDIAN);
      if (inner.length < 8 || in.getInt() != MAGIC) {
        return null;
      }
      int checkLength = Short.toUnsignedInt(in.getShort());
      int clearLength = Short.toUnsignedInt(in.getShort());
      if (8 + checkLength + clearLength > inner.length) {
        return null;
      }
      byte[] check = Arrays.copyOfRange(inner, 8, 8 + checkLength);
      if (!Arrays.equals(check, integrity(a))) {
        return null; // the authenticator does not match (or one is missing)
      }
      return Arrays.copyOfRange(inner, 8 + checkLength, 8 + checkLength + clearLength);
    }
  }
}
