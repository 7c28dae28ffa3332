package dev.quern.engine.exec;

import dev.quern.catalog.meta.Certificate;
import dev.quern.catalog.meta.SymmetricKey;
import dev.quern.catalog.value.Guids;
import dev.quern.engine.ast.EncryptionStatement.CreateSymmetricKey;
import dev.quern.engine.ast.EncryptionStatement.Protector;
import dev.quern.engine.crypto.CertificateKeys;
import dev.quern.engine.crypto.KeyAlgorithm;
import dev.quern.engine.crypto.KeyMessage;
import dev.quern.engine.crypto.OpenKeys;
import dev.quern.engine.crypto.PassphraseMessage;
import dev.quern.engine.crypto.SealedText;
import dev.quern.engine.error.EncryptionErrors;
import dev.quern.engine.session.SessionState;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * CREATE, DROP, OPEN and CLOSE SYMMETRIC KEY ("CREATE SYMMETRIC KEY (Transact-SQL)", "OPEN
 * SYMMETRIC KEY"). The key material is random, or derived from KEY_SOURCE; the GUID random, or
 * derived from IDENTITY_VALUE, so the same two phrases make the same key in any database. The
 * material is stored once per protector: by a certificate's public key (ESUC), a password (ESKP) or
 * an open symmetric key (ESKS). An open key belongs to the session (sys.openkeys).
 */
final class SymmetricKeyDdl {
  private final SessionState state;
  private final EncryptionCatalog database;

  SymmetricKeyDdl(SessionState state) {
    this.state = state;
    this.database = new EncryptionCatalog(state);
  }

  private KeyChain chain() {
    return new KeyChain(state, database.metadata(), database.databaseId());
  }

  void create(CreateSymmetricKey c, int ownerId) {
    KeyAlgorithm algorithm = c.algorithm() == null ? null : KeyAlgorithm.named(c.algorithm()).orElse(null);
    if (algorithm == null) {
      throw EncryptionErrors.UNSUPPORTED_ALGORITHM.raise();
    }
    UUID guid = c.identityValue() == null ? UUID.randomUUID() : guidOf(c.identityValue());
    int db = database.databaseId();
    boolean taken = database.records().symmetricKey(db, c.name()).isPresent() || c.name().startsWith("##")
        || database.records().symmetricKey(db, guid).isPresent();
    if (taken) {
      throw EncryptionErrors.KEY_EXISTS.raise(c.name());
    }
    byte[] material = c.keySource() == null ? algorithm.newKey() : algorithm.derive(KeyChain.password(c.keySource()));
    List<SymmetricKey.Encryption> encryptions = new ArrayList<>();
    for (Protector p : c.protectors()) {
      encryptions.add(encryption(p, material));
    }
    Instant now = Instant.now();
    int id = database.catalog().encryption().nextId(database.metadata(), db);
    database.catalog().encryption().save(database.txn(),
        new SymmetricKey(db, id, c.name(), ownerId, algorithm.name(), guid, encryptions, now, now));
    state.store().markDdl();
  }

  /** The GUID IDENTITY_VALUE names: the first 16 bytes of the SHA-256 of its UTF-16LE bytes. */
  static UUID guidOf(String identity) {
    ByteBuffer b = ByteBuffer.wrap(SealedText.digest("SHA-256", KeyChain.password(identity)));
    return new UUID(b.getLong(), b.getLong());
  }

  private SymmetricKey.Encryption encryption(Protector p, byte[] material) {
    return switch (p.kind()) {
      case PASSWORD -> new SymmetricKey.Encryption("ESKP", null,
          PassphraseMessage.encrypt(KeyChain.password(p.password()), new byte[0], material));
      case CERTIFICATE -> {
        Certificate cert = database.certificate(p.name(), "find");
        yield new SymmetricKey.Encryption("ESUC", CertificateKeys.thumbprint(cert.der()),
            CertificateKeys.encrypt(KeyChain.x509(cert), material));
      }
      case SYMMETRIC_KEY -> {
        OpenKeys.OpenKey by = openKey(database.symmetricKey(p.name(), "find"));
        yield new SymmetricKey.Encryption("ESKS", Guids.toBytes(by.guid()),
            KeyMessage.encrypt(by.guid(), by.algorithm(), by.material(), new byte[0], material));
      }
      case ASYMMETRIC_KEY -> throw EncryptionCatalog.notFound("find", "asymmetric key", p.name());
    };
  }

  /** The open copy of {@code k} in this session; 15315 when it is not open. */
  private OpenKeys.OpenKey openKey(SymmetricKey k) {
    return state.openKeys().key(k.databaseId(), k.keyId())
        .orElseThrow(() -> EncryptionErrors.KEY_NOT_OPEN.raise(k.name()));
  }

  /**
   * ALTER SYMMETRIC KEY … ADD ENCRYPTION BY (the key open in the session, 15315; a certificate or key
   * already protecting it is 15579) or DROP ENCRYPTION BY (one that does not protect it is 15558, a
   * password that decrypts none 15313). Decided: the last encryption stays (15558), since a key
   * without one could never be opened again.
   */
  void alter(SymmetricKey k, boolean add, List<Protector> protectors) {
    List<SymmetricKey.Encryption> encryptions = new ArrayList<>(k.encryptions());
    byte[] material = add ? openKey(k).material() : null;
    for (Protector p : protectors) {
      if (add) {
        SymmetricKey.Encryption e = encryption(p, material);
        if (e.thumbprint() != null && indexOf(encryptions, e.cryptType(), e.thumbprint()) >= 0) {
          throw EncryptionErrors.ENCRYPTION_MAY_EXIST.raise(kindName(p), p.name());
        }
        encryptions.add(e);
      } else {
        encryptions.remove(existing(encryptions, p));
        if (encryptions.isEmpty()) {
          throw EncryptionErrors.CANNOT_DROP_ENCRYPTION.raise("encryption", kindName(p), describe(p));
        }
      }
    }
    database.catalog().encryption().save(database.txn(), new SymmetricKey(k.databaseId(), k.keyId(), k.name(),
        k.principalId(), k.algorithm(), k.guid(), encryptions, k.created(), Instant.now()));
    state.store().markDdl();
  }

  /** The encryption {@code p} names among {@code encryptions}: 15558, or 15313 for a password. */
  private int existing(List<SymmetricKey.Encryption> encryptions, Protector p) {
    int at = switch (p.kind()) {
      case PASSWORD -> {
        for (int i = 0; i < encryptions.size(); i++) {
          SymmetricKey.Encryption e = encryptions.get(i);
          if (e.cryptType().equals("ESKP")
              && PassphraseMessage.decrypt(KeyChain.password(p.password()), e.value(), new byte[0]) != null) {
            yield i;
          }
        }
        throw EncryptionErrors.WRONG_DECRYPTOR.raise();
      }
      case CERTIFICATE -> indexOf(encryptions, "ESUC",
          CertificateKeys.thumbprint(database.certificate(p.name(), "find").der()));
      case SYMMETRIC_KEY -> indexOf(encryptions, "ESKS", Guids.toBytes(database.symmetricKey(p.name(), "find").guid()));
      case ASYMMETRIC_KEY -> throw EncryptionCatalog.notFound("find", "asymmetric key", p.name());
    };
    if (at < 0) {
      throw EncryptionErrors.CANNOT_DROP_ENCRYPTION.raise("encryption", kindName(p), describe(p));
    }
    return at;
  }

  private static int indexOf(List<SymmetricKey.Encryption> encryptions, String type, byte[] thumbprint) {
    for (int i = 0; i < encryptions.size(); i++) {
      if (encryptions.get(i).cryptType().equals(type) && Arrays.equals(encryptions.get(i).thumbprint(), thumbprint)) {
        return i;
      }
    }
    return -1;
  }

  private static String kindName(Protector p) {
    return p.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  /** A protector's name in a message; a password is never echoed. */
  private static String describe(Protector p) {
    return p.kind() == Protector.Kind.PASSWORD ? "****" : p.name();
  }

  /** DROP SYMMETRIC KEY: 15352 while another key is encrypted by it; closes it in this session. */
  void drop(SymmetricKey k) {
    byte[] guid = Guids.toBytes(k.guid());
    for (SymmetricKey other : database.records().symmetricKeys(database.databaseId())) {
      for (SymmetricKey.Encryption e : other.encryptions()) {
        if (e.cryptType().equals("ESKS") && Arrays.equals(e.thumbprint(), guid)) {
          throw EncryptionErrors.IN_USE.raise("symmetric key");
        }
      }
    }
    database.catalog().encryption().drop(database.txn(), k);
    state.openKeys().close(k.databaseId(), k.keyId());
    state.store().markDdl();
  }

  /**
   * OPEN SYMMETRIC KEY: decrypts the key by the protector named and keeps it in the session. A key
   * already open stays as it is, but the decryptor is still checked (a wrong one is still an error).
   */
  void open(SymmetricKey k, Protector decryptor) {
    KeyChain chain = chain();
    byte[] material = switch (decryptor.kind()) {
      case PASSWORD -> chain.keyByPassword(k, decryptor.password());
      case CERTIFICATE -> chain.keyByCertificate(k, database.certificate(decryptor.name(), "find"), decryptor.password());
      case SYMMETRIC_KEY -> chain.keyBySymmetricKey(k, openKey(database.symmetricKey(decryptor.name(), "find")));
      case ASYMMETRIC_KEY -> throw EncryptionCatalog.notFound("find", "asymmetric key", decryptor.name());
    };
    state.openKeys().open(new OpenKeys.OpenKey(k.databaseId(), k.keyId(), k.name(), k.guid(), KeyChain.algorithm(k),
        material, Instant.now()));
  }

  /** CLOSE SYMMETRIC KEY k (15151 for no such key; one not open is no error) or CLOSE ALL SYMMETRIC KEYS. */
  void close(String name) {
    if (name == null) {
      state.openKeys().closeAll();
      return;
    }
    SymmetricKey k = database.symmetricKey(name, "find");
    state.openKeys().close(k.databaseId(), k.keyId());
  }
}
