package dev.quern.engine.exec;

import dev.quern.catalog.meta.Certificate;
import dev.quern.catalog.meta.DatabaseMasterKey;
import dev.quern.catalog.meta.EncryptionRecords;
import dev.quern.catalog.meta.Permission;
import dev.quern.catalog.meta.SymmetricKey;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.SqlVariant;
import dev.quern.engine.crypto.CertificateKeys;
import dev.quern.engine.crypto.KeyMessage;
import dev.quern.engine.crypto.OpenKeys;
import dev.quern.engine.crypto.SealedText;
import dev.quern.engine.func.EncryptionKeys;
import dev.quern.engine.session.SessionState;
import java.security.cert.X509Certificate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The session's side of the key and certificate built-ins: its open keys ({@link OpenKeys}) and the
 * current database's records, read at the statement's snapshot. Errors of the hierarchy (a master
 * key that cannot be opened, a wrong password) are the functions' NULL, never raised. Using a
 * certificate's private key (DECRYPTBYCERT, SIGNBYCERT, DECRYPTBYKEYAUTOCERT) needs CONTROL on it
 * ({@link KeyPermissions}).
 */
public final class SessionKeys implements EncryptionKeys {
  /** The name sys.symmetric_keys gives every database master key. */
  public static final String MASTER_KEY_NAME = "##MS_DatabaseMasterKey##";

  private final SessionState state;

  public SessionKeys(SessionState state) {
    this.state = state;
  }

  private EncryptionRecords records() {
    return new EncryptionCatalog(state).records();
  }

  private Optional<Certificate> certificate(int id) {
    return records().certificate(state.databaseId(), id);
  }

  @Override
  public Optional<UUID> keyGuid(String name) {
    if (name.equalsIgnoreCase(MASTER_KEY_NAME)) {
      return records().masterKey(state.databaseId()).map(DatabaseMasterKey::guid);
    }
    return records().symmetricKey(state.databaseId(), name).map(SymmetricKey::guid);
  }

  @Override
  public Optional<Integer> keyId(String name) {
    if (name.equalsIgnoreCase(MASTER_KEY_NAME)) {
      return records().masterKey(state.databaseId()).map(k -> DatabaseMasterKey.KEY_ID);
    }
    return records().symmetricKey(state.databaseId(), name).map(SymmetricKey::keyId);
  }

  @Override
  public Optional<String> keyName(UUID guid) {
    if (records().masterKey(state.databaseId()).filter(k -> k.guid().equals(guid)).isPresent()) {
      return Optional.of(MASTER_KEY_NAME);
    }
    return records().symmetricKey(state.databaseId(), guid).map(SymmetricKey::name);
  }

  @Override
  public Optional<Integer> certificateId(String name) {
    return records().certificate(state.databaseId(), name).map(Certificate::certificateId);
  }

  @Override
  public byte[] encryptByKey(UUID guid, byte[] integrity, byte[] clear) {
    return state.openKeys().key(guid)
        .map(k -> KeyMessage.encrypt(k.guid(), k.algorithm(), k.material(), integrity, clear)).orElse(null);
  }

  @Override
  public byte[] decryptByKey(byte[] message, byte[] integrity) {
    return KeyMessage.keyGuid(message).flatMap(g -> state.openKeys().key(g))
        .map(k -> KeyMessage.decrypt(k.algorithm(), k.material(), message, integrity)).orElse(null);
  }

  @Override
  public byte[] decryptByKeyAutoCert(int certificateId, String password, byte[] message, byte[] integrity) {
    Optional<UUID> guid = KeyMessage.keyGuid(message);
    Optional<Certificate> cert = certificate(certificateId).filter(this::mayControl);
    if (guid.isEmpty() || cert.isEmpty()) {
      return null;
    }
    Optional<SymmetricKey> key = records().symmetricKey(state.databaseId(), guid.get());
    if (key.isEmpty()) {
      return null;
    }
    // Everything the answer depends on: a DDL or a permission change moves the stamp.
    Object cacheKey = List.of(new EncryptionCatalog(state).metadata().stamp(),
        state.store().snapshot(state.store().storage().main()).stamp(), state.databaseId(), certificateId,
        key.get().keyId(), password == null ? "" : HexFormat.of().formatHex(SealedText.digest("SHA-256",
            KeyChain.password(password))), state.openKeys().masterKey(state.databaseId()).isPresent());
    byte[] material = state.openKeys().autoOpened(cacheKey, () -> {
      try {
        return chain().keyByCertificate(key.get(), cert.get(), password);
      } catch (RuntimeException e) {
        return null; // not encrypted by that certificate, or its private key cannot be used
      }
    });
    return material == null ? null : KeyMessage.decrypt(KeyChain.algorithm(key.get()), material, message, integrity);
  }

  @Override
  public byte[] encryptByCert(int certificateId, byte[] clear) {
    return certificate(certificateId).map(c -> CertificateKeys.encrypt(KeyChain.x509(c), clear)).orElse(null);
  }

  @Override
  public byte[] decryptByCert(int certificateId, byte[] cipher, String password) {
    return privateKey(certificateId, password).map(k -> CertificateKeys.decrypt(k, cipher)).orElse(null);
  }

  @Override
  public byte[] signByCert(int certificateId, byte[] data, String password) {
    return privateKey(certificateId, password).map(k -> CertificateKeys.sign(k, data)).orElse(null);
  }

  @Override
  public Integer verifySignedByCert(int certificateId, byte[] data, byte[] signature) {
    return certificate(certificateId)
        .map(c -> CertificateKeys.verify(KeyChain.x509(c).getPublicKey(), data, signature) ? 1 : 0).orElse(null);
  }

  /**
   * CERTPROPERTY's properties ("CERTPROPERTY (Transact-SQL)"): Expiry_Date and Start_Date as
   * datetime (UTC), Issuer, Subject and Cert_Serial_Number as nvarchar; SID and String_SID are the
   * login a certificate maps to, which Quern does not have (NULL).
   */
  @Override
  public Object certificateProperty(int certificateId, String property) {
    Optional<Certificate> c = certificate(certificateId);
    if (c.isEmpty()) {
      return null;
    }
    X509Certificate x = KeyChain.x509(c.get());
    return switch (property.toUpperCase(Locale.ROOT)) {
      case "EXPIRY_DATE" -> date(x.getNotAfter());
      case "START_DATE" -> date(x.getNotBefore());
      case "ISSUER" -> text(CertificateKeys.commonName(x.getIssuerX500Principal()));
      case "SUBJECT" -> text(CertificateKeys.commonName(x.getSubjectX500Principal()));
      case "CERT_SERIAL_NUMBER" -> text(CertificateKeys.serialNumber(x));
      default -> null;
    };
  }

  private static SqlVariant date(java.util.Date d) {
    return new SqlVariant(SqlTypes.DATETIME, LocalDateTime.ofInstant(d.toInstant(), ZoneOffset.UTC));
  }

  private static SqlVariant text(String s) {
    return new SqlVariant(SqlType.ofLength(TypeId.NVARCHAR, Math.max(1, s.length())), s);
  }

  private Optional<byte[]> privateKey(int certificateId, String password) {
    return certificate(certificateId).filter(this::mayControl).flatMap(c -> chain().privateKeyQuietly(c, password));
  }

  private KeyChain chain() {
    EncryptionCatalog database = new EncryptionCatalog(state);
    return new KeyChain(state, database.metadata(), state.databaseId());
  }

  private boolean mayControl(Certificate c) {
    return new KeyPermissions(state)
        .holds(Permission.CERTIFICATE, c.certificateId(), c.principalId(), "CONTROL");
  }
}
