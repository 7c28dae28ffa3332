package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.character;
import static dev.quern.engine.sys.Columns.datetime;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.sysname;
import static dev.quern.engine.sys.Columns.tinyint;
import static dev.quern.engine.sys.Columns.uniqueidentifier;
import static dev.quern.engine.sys.Columns.varbinary;

import dev.quern.catalog.meta.Certificate;
import dev.quern.catalog.meta.DatabaseMasterKey;
import dev.quern.catalog.meta.EncryptionRecords;
import dev.quern.catalog.meta.SymmetricKey;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.crypto.CertificateKeys;
import dev.quern.engine.crypto.KeyAlgorithm;
import dev.quern.engine.crypto.OpenKeys;
import dev.quern.engine.crypto.SelfSignedCertificate;
import dev.quern.engine.exec.SessionKeys;
import dev.quern.engine.session.SessionState;
import java.security.cert.X509Certificate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The catalog views of the encryption hierarchy, for the current database: sys.symmetric_keys (the
 * database master key as ##MS_DatabaseMasterKey##, id 101, then the symmetric keys),
 * sys.certificates (subject, dates, serial number, thumbprint read from the stored certificate),
 * sys.key_encryptions (one row per protector, its encrypted copy as crypt_property),
 * sys.openkeys (the session's open keys, every database) and sys.crypt_properties (signatures of
 * modules: Quern signs none, so no rows).
 */
final class EncryptionViews {
  private static final Map<String, String> CRYPT_TYPES = Map.of("ESKP", "ENCRYPTION BY PASSWORD", "ESKS",
      "ENCRYPTION BY SYMMETRIC KEY", "ESUC", "ENCRYPTION BY CERTIFICATE", "ESKM", "ENCRYPTION BY MASTER KEY");

  private EncryptionViews() {}

  static SystemView symmetricKeys() {
    return new DerivedView("symmetric_keys", List.of(sysname("name", false), integer("principal_id", true),
        integer("symmetric_key_id", false), integer("key_length", false), character("key_algorithm", 2, false),
        nvarchar("algorithm_desc", 60, true), datetime("create_date", false), datetime("modify_date", false),
        uniqueidentifier("key_guid", true), nvarchar("key_thumbprint", 128, true), nvarchar("provider_type", 60, true),
        uniqueidentifier("cryptographic_provider_guid", true),
        new ResultColumn("cryptographic_provider_algid", SqlTypes.SQL_VARIANT, true)), s -> {
          List<Object[]> out = new ArrayList<>();
          EncryptionRecords r = of(s);
          r.masterKey(s.databaseId()).ifPresent(k -> out.add(new Object[] {SessionKeys.MASTER_KEY_NAME, 1,
              DatabaseMasterKey.KEY_ID, 256, "A3", "AES_256", Columns.localDatetime(k.created()),
              Columns.localDatetime(k.modified()), k.guid(), null, null, null, null}));
          for (SymmetricKey k : r.symmetricKeys(s.databaseId())) {
            KeyAlgorithm a = KeyAlgorithm.named(k.algorithm()).orElseThrow();
            out.add(new Object[] {k.name(), k.principalId(), k.keyId(), a.bits(), a.code(), a.name(),
                Columns.localDatetime(k.created()), Columns.localDatetime(k.modified()), k.guid(), null, null, null,
                null});
          }
          return out;
        });
  }

  static SystemView certificates() {
    return new DerivedView("certificates", List.of(sysname("name", false), integer("certificate_id", false),
        integer("principal_id", true), character("pvt_key_encryption_type", 2, false),
        nvarchar("pvt_key_encryption_type_desc", 60, true), bit("is_active_for_begin_dialog", true),
        nvarchar("issuer_name", 442, true), nvarchar("cert_serial_number", 64, true), varbinary("sid", 85, true),
        nvarchar("string_sid", 128, true), nvarchar("subject", 4000, true), datetime("expiry_date", true),
        datetime("start_date", true), varbinary("thumbprint", 32, false), nvarchar("attested_by", 260, true),
        datetime("pvt_key_last_backup_date", true), integer("key_length", true)), s -> {
          List<Object[]> out = new ArrayList<>();
          for (Certificate c : of(s).certificates(s.databaseId())) {
            X509Certificate x = SelfSignedCertificate.parse(c.der());
            out.add(new Object[] {c.name(), c.certificateId(), c.principalId(), c.protection(), protection(c), true,
                CertificateKeys.commonName(x.getIssuerX500Principal()), CertificateKeys.serialNumber(x), null, null,
                CertificateKeys.commonName(x.getSubjectX500Principal()), utc(x.getNotAfter()), utc(x.getNotBefore()),
                CertificateKeys.thumbprint(c.der()), null,
                c.lastBackup() == null ? null : Columns.localDatetime(c.lastBackup()), CertificateKeys.keyBits(x)});
          }
          return out;
        });
  }

  static SystemView keyEncryptions() {
    return new DerivedView("key_encryptions", List.of(integer("key_id", false), varbinary("thumbprint", 32, true),
        character("crypt_type", 4, false), nvarchar("crypt_type_desc", 60, true),
        new ResultColumn("crypt_property", SqlTypes.VARBINARY_MAX, true)), s -> {
          List<Object[]> out = new ArrayList<>();
          EncryptionRecords r = of(s);
          r.masterKey(s.databaseId()).ifPresent(k -> {
            k.byPasswords().forEach(b -> out.add(row(DatabaseMasterKey.KEY_ID, null, "ESKP", b)));
            if (k.byServiceKey() != null) {
              out.add(row(DatabaseMasterKey.KEY_ID, null, "ESKM", k.byServiceKey()));
            }
          });
          for (SymmetricKey k : r.symmetricKeys(s.databaseId())) {
            k.encryptions().forEach(e -> out.add(row(k.keyId(), e.thumbprint(), e.cryptType(), e.value())));
          }
          return out;
        });
  }

  static SystemView openKeys() {
    return new DerivedView("openkeys", List.of(integer("database_id", false), sysname("database_name", true),
        integer("key_id", false), sysname("key_name", false), uniqueidentifier("key_guid", false),
        datetime("opened_date", false), integer("status", false)), s -> {
          List<Object[]> out = new ArrayList<>();
          for (OpenKeys.OpenKey k : s.openKeys().keys()) {
            out.add(new Object[] {k.databaseId(), s.databaseName(k.databaseId()).orElse(null), k.keyId(), k.name(),
                k.guid(), Columns.localDatetime(k.opened()), 1});
          }
          return out;
        });
  }

  static SystemView cryptProperties() {
    return new DerivedView("crypt_properties", List.of(tinyint("class", false), nvarchar("class_desc", 60, true),
        integer("major_id", false), varbinary("thumbprint", 32, false), character("crypt_type", 4, false),
        nvarchar("crypt_type_desc", 60, true), new ResultColumn("crypt_property", SqlTypes.VARBINARY_MAX, false)),
        s -> List.of());
  }

  private static Object[] row(int keyId, byte[] thumbprint, String type, byte[] value) {
    return new Object[] {keyId, thumbprint, type, CRYPT_TYPES.get(type), value};
  }

  private static String protection(Certificate c) {
    return switch (c.protection()) {
      case "MK" -> "ENCRYPTED_BY_MASTER_KEY";
      case "PW" -> "ENCRYPTED_BY_PASSWORD";
      default -> "NO_PRIVATE_KEY";
    };
  }

  private static LocalDateTime utc(java.util.Date d) {
    return LocalDateTime.ofInstant(d.toInstant(), ZoneOffset.UTC);
  }

  private static EncryptionRecords of(SessionState s) {
    return CatalogObjects.metadata(s).encryption();
  }
}
