package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import java.util.List;

/**
 * The certificate built-ins: CERT_ID(name), ENCRYPTBYCERT(cert_id, cleartext), DECRYPTBYCERT(cert_id,
 * ciphertext [, password]), SIGNBYCERT(cert_id, text [, password]), VERIFYSIGNEDBYCERT(cert_id,
 * signed_data, signature) and CERTPROPERTY(cert_id, property). A certificate not there, or one
 * whose private key cannot be used, gives NULL, as in SQL Server.
 */
final class CertificateFunctions {
  private static final SqlType RESULT = SqlType.ofLength(dev.quern.catalog.type.TypeId.VARBINARY, 8000);

  private CertificateFunctions() {}

  static List<ScalarFunction> all() {
    return List.of(new CertId(), new EncryptByCert(), new DecryptByCert(), new SignByCert(), new VerifySignedByCert(),
        new CertProperty());
  }

  /** What they share: (cert_id, bytes [, more bytes or a password]); session-dependent. */
  private abstract static class CertificateFunction extends BuiltinFunction {
    CertificateFunction(String name, int min, int max) {
      super(name, min, max);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      PassphraseFunctions.checkTypes(name(), types, 0, 0);
      return RESULT;
    }

    @Override
    public boolean deterministic() {
      return false;
    }

    /** The optional password argument at {@code i}: null when absent or NULL. */
    static String password(Arguments a, int i) {
      return a.size() > i && !a.isNull(i) ? a.string(i) : null;
    }
  }

  private static final class CertId extends CertificateFunction {
    CertId() {
      super("CERT_ID", 1, 1);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      return SqlTypes.INT;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      return ctx.encryptionKeys().certificateId(a.string(0)).orElse(null);
    }
  }

  private static final class EncryptByCert extends CertificateFunction {
    EncryptByCert() {
      super("ENCRYPTBYCERT", 2, 2);
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      return KeyFunctions.limited(ctx.encryptionKeys().encryptByCert(a.integer(0), a.storedBytes(1)));
    }
  }

  private static final class DecryptByCert extends CertificateFunction {
    DecryptByCert() {
      super("DECRYPTBYCERT", 2, 3);
    }

    @Override
    boolean nullInNullOut() {
      return false; // a NULL password: the private key is protected by the master key
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      if (a.isNull(0) || a.isNull(1)) {
        return null;
      }
      return ctx.encryptionKeys().decryptByCert(a.integer(0), a.storedBytes(1), password(a, 2));
    }
  }

  private static final class SignByCert extends CertificateFunction {
    SignByCert() {
      super("SIGNBYCERT", 2, 3);
    }

    @Override
    boolean nullInNullOut() {
      return false;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      if (a.isNull(0) || a.isNull(1)) {
        return null;
      }
      return ctx.encryptionKeys().signByCert(a.integer(0), a.storedBytes(1), password(a, 2));
    }
  }

  private static final class VerifySignedByCert extends CertificateFunction {
    VerifySignedByCert() {
      super("VERIFYSIGNEDBYCERT", 3, 3);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      super.resultType(types);
      return SqlTypes.INT;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      return ctx.encryptionKeys().verifySignedByCert(a.integer(0), a.storedBytes(1), a.storedBytes(2));
    }
  }

  private static final class CertProperty extends CertificateFunction {
    CertProperty() {
      super("CERTPROPERTY", 2, 2);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      return SqlTypes.SQL_VARIANT;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      return ctx.encryptionKeys().certificateProperty(a.integer(0), a.string(1));
    }
  }
}
