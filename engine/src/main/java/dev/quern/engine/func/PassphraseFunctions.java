package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.crypto.PassphraseMessage;
import dev.quern.engine.crypto.SealedText;
import java.util.List;

/**
 * ENCRYPTBYPASSPHRASE(passphrase, cleartext [, add_authenticator, authenticator]) and
 * DECRYPTBYPASSPHRASE(passphrase, ciphertext [, add_authenticator, authenticator]) in SQL Server's
 * own message format ({@link PassphraseMessage}), so data encrypted by either server decrypts on the
 * other. The passphrase and text count as their bytes (nvarchar as UTF-16LE, varchar in its code
 * page), so N'p' and 'p' are different passphrases, as in SQL Server. A wrong passphrase or
 * authenticator, or bytes that are no such message, decrypt to NULL.
 */
final class PassphraseFunctions {
  private static final int MAX_RESULT = 8000;

  private PassphraseFunctions() {}

  static List<ScalarFunction> all() {
    return List.of(new Encrypt(), new Decrypt());
  }

  /** 8116 unless the arguments from {@code from} on have bytes, the one at {@code flagAt} being an integer. */
  static void checkTypes(String name, List<SqlType> types, int from, int flagAt) {
    for (int i = from; i < types.size(); i++) {
      SqlType t = types.get(i);
      boolean ok = i == flagAt
          ? SqlTypes.isInteger(t.id()) || t.id() == TypeId.BIT
          : Arguments.hasStoredBytes(t);
      if (!ok) {
        throw Arity.invalidType(name, t, i + 1);
      }
    }
  }

  /** The integrity bytes: none, or the authenticator's hash when the flag at {@code flagAt} is 1. */
  static byte[] integrity(Arguments a, int flagAt) {
    if (a.size() < flagAt + 2 || a.isNull(flagAt) || a.bigint(flagAt) != 1 || a.isNull(flagAt + 1)) {
      return new byte[0];
    }
    return SealedText.integrity(a.storedBytes(flagAt + 1));
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
      checkTypes(name(), types, 0, 2);
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
      byte[] message = PassphraseMessage.encrypt(a.storedBytes(0), integrity(a, 2), a.storedBytes(1));
      return message.length > MAX_RESULT ? null : message; // beyond varbinary(8000)
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
      return PassphraseMessage.decrypt(a.storedBytes(0), a.storedBytes(1), integrity(a, 2));
    }
  }
}
