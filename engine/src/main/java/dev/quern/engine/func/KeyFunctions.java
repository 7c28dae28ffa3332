package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.crypto.KeyMessage;
import java.util.List;
import java.util.UUID;

/**
 * The symmetric key built-ins: ENCRYPTBYKEY(key_guid, cleartext [, add_authenticator,
 * authenticator]), DECRYPTBYKEY(ciphertext [, add_authenticator, authenticator]),
 * DECRYPTBYKEYAUTOCERT(cert_id, cert_password, ciphertext [, …]), KEY_GUID, KEY_ID and KEY_NAME.
 * A key that is not open, or bytes that do not decrypt, give NULL (no error), as in SQL Server. None
 * is deterministic: each depends on the keys the session has open when it runs.
 */
final class KeyFunctions {
  private static final SqlType RESULT = SqlType.ofLength(TypeId.VARBINARY, 8000);

  private KeyFunctions() {}

  static List<ScalarFunction> all() {
    return List.of(new EncryptByKey(), new DecryptByKey(), new DecryptByKeyAutoCert(), new KeyGuid(), new KeyId(),
        new KeyName());
  }

  /** A result longer than varbinary(8000) holds is NULL. */
  static byte[] limited(byte[] b) {
    return b == null || b.length > 8000 ? null : b;
  }

  private abstract static class SessionFunction extends BuiltinFunction {
    SessionFunction(String name, int min, int max) {
      super(name, min, max);
    }

    @Override
    public boolean deterministic() {
      return false;
    }
  }

  private static final class EncryptByKey extends SessionFunction {
    EncryptByKey() {
      super("ENCRYPTBYKEY", 2, 4);
    }

    @Override
    boolean nullInNullOut() {
      return false; // a NULL authenticator without add_authenticator is no authenticator
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      PassphraseFunctions.checkTypes(name(), types, 1, 2);
      return RESULT;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      if (a.isNull(0) || a.isNull(1)) {
        return null;
      }
      UUID guid = (UUID) a.as(0, SqlTypes.UNIQUEIDENTIFIER);
      return limited(ctx.encryptionKeys().encryptByKey(guid, PassphraseFunctions.integrity(a, 2), a.storedBytes(1)));
    }
  }

  private static final class DecryptByKey extends SessionFunction {
    DecryptByKey() {
      super("DECRYPTBYKEY", 1, 3);
    }

    @Override
    boolean nullInNullOut() {
      return false;
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      PassphraseFunctions.checkTypes(name(), types, 0, 1);
      return RESULT;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      return a.isNull(0) ? null : ctx.encryptionKeys().decryptByKey(a.storedBytes(0), PassphraseFunctions.integrity(a, 1));
    }
  }

  private static final class DecryptByKeyAutoCert extends SessionFunction {
    DecryptByKeyAutoCert() {
      super("DECRYPTBYKEYAUTOCERT", 3, 5);
    }

    @Override
    boolean nullInNullOut() {
      return false; // a NULL password means the certificate's key is protected by the master key
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      PassphraseFunctions.checkTypes(name(), types, 2, 3);
      return RESULT;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      if (a.isNull(0) || a.isNull(2)) {
        return null;
      }
      String password = a.isNull(1) ? null : a.string(1);
      return ctx.encryptionKeys().decryptByKeyAutoCert(a.integer(0), password, a.storedBytes(2),
          PassphraseFunctions.integrity(a, 3));
    }
  }

  private static final class KeyGuid extends SessionFunction {
    KeyGuid() {
      super("KEY_GUID", 1, 1);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      return SqlTypes.UNIQUEIDENTIFIER;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      return ctx.encryptionKeys().keyGuid(a.string(0)).orElse(null);
    }
  }

  private static final class KeyId extends SessionFunction {
    KeyId() {
      super("KEY_ID", 1, 1);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      return SqlTypes.INT;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      return ctx.encryptionKeys().keyId(a.string(0)).orElse(null);
    }
  }

  /** KEY_NAME(ciphertext | key_guid): the name of the key a message or GUID names. */
  private static final class KeyName extends SessionFunction {
    KeyName() {
      super("KEY_NAME", 1, 1);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      return SqlTypes.SYSNAME;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      UUID guid = a.value(0) instanceof UUID u ? u
          : a.value(0) instanceof byte[] b ? KeyMessage.keyGuid(b).orElse(null)
          : (UUID) a.as(0, SqlTypes.UNIQUEIDENTIFIER);
      return guid == null ? null : ctx.encryptionKeys().keyName(guid).orElse(null);
    }
  }
}
