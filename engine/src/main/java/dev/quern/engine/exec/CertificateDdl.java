package dev.quern.engine.exec;

import dev.quern.catalog.meta.Certificate;
import dev.quern.catalog.meta.SymmetricKey;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.Conversions;
import dev.quern.engine.ast.EncryptionStatement;
import dev.quern.engine.ast.EncryptionStatement.CreateCertificate;
import dev.quern.engine.crypto.CertificateKeys;
import dev.quern.engine.crypto.PassphraseMessage;
import dev.quern.engine.crypto.SelfSignedCertificate;
import dev.quern.engine.error.EncryptionErrors;
import dev.quern.engine.session.SessionState;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;

/**
 * CREATE CERTIFICATE … WITH SUBJECT (a new RSA key pair and self-signed certificate), CREATE
 * CERTIFICATE … FROM FILE and DROP CERTIFICATE ("CREATE CERTIFICATE (Transact-SQL)"). The private
 * key is stored encrypted by ENCRYPTION BY PASSWORD, else by the database master key (15581 when
 * there is none to use). START_DATE defaults to now and EXPIRY_DATE to a year after it, both UTC.
 */
final class CertificateDdl {
  /** The longest SUBJECT SQL Server on Windows takes (15212). */
  static final int MAX_SUBJECT = 128;

  private final SessionState state;
  private final EncryptionCatalog database;

  CertificateDdl(SessionState state) {
    this.state = state;
    this.database = new EncryptionCatalog(state);
  }

  void create(CreateCertificate c, int ownerId) {
    if (database.records().certificate(database.databaseId(), c.name()).isPresent()) {
      throw EncryptionErrors.CERTIFICATE_EXISTS.raise(c.name());
    }
    byte[] der;
    byte[] pkcs8;
    if (c.file() != null) {
      CertificateFiles files = new CertificateFiles(state);
      der = files.readCertificate(c.file());
      pkcs8 = c.privateKeyFile() == null ? null : files.readPrivateKey(c.privateKeyFile(), c.privateKeyPassword());
      if (pkcs8 != null && !CertificateKeys.matches(SelfSignedCertificate.parse(der), pkcs8)) {
        throw EncryptionErrors.PRIVATE_KEY_MISMATCH.raise("certificate");
      }
    } else {
      if (c.subject() == null || c.subject().isEmpty() || c.subject().length() > MAX_SUBJECT) {
        throw EncryptionErrors.SUBJECT_LENGTH.raise(MAX_SUBJECT);
      }
      ZonedDateTime start = c.start() == null ? ZonedDateTime.now(ZoneOffset.UTC) : date(c.start());
      ZonedDateTime expiry = c.expiry() == null ? start.plusYears(1) : date(c.expiry());
      SelfSignedCertificate made = SelfSignedCertificate.create(c.subject(), start, expiry);
      der = made.der();
      pkcs8 = made.privateKey();
    }
    byte[] thumbprint = CertificateKeys.thumbprint(der);
    boolean added = database.records().certificates(database.databaseId()).stream()
        .anyMatch(x -> Arrays.equals(CertificateKeys.thumbprint(x.der()), thumbprint));
    if (added) {
      throw EncryptionErrors.CERTIFICATE_EXISTS.raise(c.name());
    }
    String protection = pkcs8 == null ? "NA" : c.password() != null ? "PW" : "MK";
    byte[] stored = switch (protection) {
      case "PW" -> PassphraseMessage.encrypt(KeyChain.password(c.password()), new byte[0], pkcs8);
      case "MK" -> new KeyChain(state, database.metadata(), database.databaseId()).encryptByMasterKey(pkcs8);
      default -> null;
    };
    int id = database.catalog().encryption().nextId(database.metadata(), database.databaseId());
    database.catalog().encryption().save(database.txn(), new Certificate(database.databaseId(), id, c.name(), ownerId,
        der, protection, stored, Instant.now(), null));
    state.store().markDdl();
  }

  /**
   * ALTER CERTIFICATE: REMOVE PRIVATE KEY keeps the public key only; WITH PRIVATE KEY re-protects the
   * private key (decrypted by DECRYPTION BY PASSWORD, 15465 when wrong, or by the master key) with
   * ENCRYPTION BY PASSWORD, else the master key; with FILE it gives a certificate without one its
   * private key (15332 when it has one, 15474 when it is not the certificate's).
   */
  void alter(Certificate c, EncryptionStatement.AlterCertificate a) {
    if (a.removePrivateKey()) {
      save(c.withPrivateKey("NA", null));
      return;
    }
    if (!a.privateKey()) {
      return; // ACTIVE FOR BEGIN_DIALOG: no Service Broker to act on
    }
    byte[] pkcs8;
    if (a.file() != null) {
      if (!c.protection().equals("NA")) {
        throw EncryptionErrors.PRIVATE_KEY_ALREADY_SET.raise();
      }
      pkcs8 = new CertificateFiles(state).readPrivateKey(a.file(), a.decryptionPassword());
      if (!CertificateKeys.matches(SelfSignedCertificate.parse(c.der()), pkcs8)) {
        throw EncryptionErrors.PRIVATE_KEY_MISMATCH.raise("certificate");
      }
    } else {
      pkcs8 = current(c, a.decryptionPassword());
    }
    save(a.encryptionPassword() != null
        ? c.withPrivateKey("PW", PassphraseMessage.encrypt(KeyChain.password(a.encryptionPassword()), new byte[0], pkcs8))
        : c.withPrivateKey("MK", chain().encryptByMasterKey(pkcs8)));
  }

  /** The private key as stored now: by its password (15465 when wrong or missing) or the master key. */
  private byte[] current(Certificate c, String password) {
    return switch (c.protection()) {
      case "PW" -> {
        byte[] k = password == null ? null : PassphraseMessage.decrypt(KeyChain.password(password), c.privateKey(), new byte[0]);
        if (k == null) {
          throw EncryptionErrors.PRIVATE_KEY_PASSWORD_INVALID.raise();
        }
        yield k;
      }
      case "MK" -> chain().privateKey(c, null);
      default -> throw EncryptionErrors.NO_PRIVATE_KEY.raise("certificate");
    };
  }

  private KeyChain chain() {
    return new KeyChain(state, database.metadata(), database.databaseId());
  }

  private void save(Certificate c) {
    database.catalog().encryption().save(database.txn(), c);
    state.store().markDdl();
  }

  /** DROP CERTIFICATE: 15352 while a symmetric key is encrypted by it. */
  void drop(Certificate c) {
    byte[] thumbprint = CertificateKeys.thumbprint(c.der());
    for (SymmetricKey k : database.records().symmetricKeys(database.databaseId())) {
      for (SymmetricKey.Encryption e : k.encryptions()) {
        if (e.cryptType().equals("ESUC") && Arrays.equals(e.thumbprint(), thumbprint)) {
          throw EncryptionErrors.IN_USE.raise("certificate");
        }
      }
    }
    database.catalog().encryption().drop(database.txn(), c);
    state.store().markDdl();
  }

  /** A START_DATE or EXPIRY_DATE as a datetime literal converts (UTC). */
  private static ZonedDateTime date(String text) {
    Object v = Conversions.convertImplicitly(text, SqlType.ofLength(TypeId.VARCHAR, text.length()), SqlTypes.DATETIME);
    return ((LocalDateTime) v).atZone(ZoneOffset.UTC);
  }
}
