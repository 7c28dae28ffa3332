package dev.quern.engine.exec;

import dev.quern.catalog.meta.Certificate;
import dev.quern.catalog.meta.DatabaseMasterKey;
import dev.quern.engine.ast.EncryptionStatement.AlterMasterKey;
import dev.quern.engine.crypto.KeyMessage;
import dev.quern.engine.crypto.PassphraseMessage;
import dev.quern.engine.crypto.ServiceMasterKey;
import dev.quern.engine.error.EncryptionErrors;
import dev.quern.engine.session.SessionState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * CREATE, ALTER, DROP, OPEN and CLOSE MASTER KEY ("CREATE MASTER KEY (Transact-SQL)" …): a random
 * AES-256 key per database, stored encrypted by its password(s) and by the service master key, so
 * the server opens it when a certificate's private key needs it. OPEN and CLOSE act on the session
 * only and survive a rollback, as in SQL Server.
 */
final class MasterKeyDdl {
  private final SessionState state;
  private final EncryptionCatalog database;

  MasterKeyDdl(SessionState state) {
    this.state = state;
    this.database = new EncryptionCatalog(state);
  }

  private KeyChain chain() {
    return new KeyChain(state, database.metadata(), database.databaseId());
  }

  private ServiceMasterKey serviceKey() {
    return state.store().storage().serviceMasterKey();
  }

  void create(String password) {
    if (database.records().masterKey(database.databaseId()).isPresent()) {
      throw EncryptionErrors.MASTER_KEY_EXISTS.raise();
    }
    byte[] material = KeyChain.MASTER_KEY_ALGORITHM.newKey();
    Instant now = Instant.now();
    save(new DatabaseMasterKey(database.databaseId(), UUID.randomUUID(),
        List.of(PassphraseMessage.encrypt(KeyChain.password(password), new byte[0], material)),
        serviceKey().encrypt(material), now, now));
  }

  void drop() {
    DatabaseMasterKey k = existing();
    for (Certificate c : database.records().certificates(database.databaseId())) {
      if (c.protection().equals("MK")) {
        throw EncryptionErrors.MASTER_KEY_IN_USE.raise("master key", "certificate", c.name());
      }
    }
    database.catalog().encryption().drop(database.txn(), k);
    state.openKeys().closeMasterKey(database.databaseId());
    state.store().markDdl();
  }

  /** OPEN MASTER KEY: 15313 for a password that is none of the key's. */
  void open(String password) {
    DatabaseMasterKey k = existing();
    state.openKeys().openMasterKey(database.databaseId(), byPassword(k, password));
  }

  void close() {
    state.openKeys().closeMasterKey(database.databaseId());
  }

  void alter(AlterMasterKey a) {
    DatabaseMasterKey k = existing();
    switch (a.action()) {
      case REGENERATE -> regenerate(k, a.password());
      case ADD_PASSWORD -> {
        List<byte[]> passwords = new ArrayList<>(k.byPasswords());
        passwords.add(PassphraseMessage.encrypt(KeyChain.password(a.password()), new byte[0], chain().requireMasterKey()));
        save(k.withEncryptions(passwords, k.byServiceKey(), Instant.now()));
      }
      case DROP_PASSWORD -> dropPassword(k, a.password());
      case ADD_SERVICE_KEY -> save(k.withEncryptions(k.byPasswords(), serviceKey().encrypt(chain().requireMasterKey()),
          Instant.now()));
      case DROP_SERVICE_KEY -> save(k.withEncryptions(k.byPasswords(), null, Instant.now()));
    }
  }

  /**
   * A new key for the database: the private keys it protects are decrypted with the old key and
   * encrypted again with the new one, in the same transaction (15329 when the old one cannot be
   * opened).
   */
  private void regenerate(DatabaseMasterKey k, String password) {
    byte[] old = chain().masterKey().orElseThrow(EncryptionErrors.MASTER_KEY_UNREADABLE::raise);
    byte[] material = KeyChain.MASTER_KEY_ALGORITHM.newKey();
    UUID guid = UUID.randomUUID();
    for (Certificate c : database.records().certificates(database.databaseId())) {
      if (c.protection().equals("MK")) {
        byte[] pkcs8 = KeyMessage.decrypt(KeyChain.MASTER_KEY_ALGORITHM, old, c.privateKey(), new byte[0]);
        if (pkcs8 == null) {
          throw EncryptionErrors.MASTER_KEY_UNREADABLE.raise();
        }
        database.catalog().encryption().save(database.txn(), c.withPrivateKey("MK",
            KeyMessage.encrypt(guid, KeyChain.MASTER_KEY_ALGORITHM, material, new byte[0], pkcs8)));
      }
    }
    byte[] byService = k.byServiceKey() == null ? null : serviceKey().encrypt(material);
    save(new DatabaseMasterKey(k.databaseId(), guid,
        List.of(PassphraseMessage.encrypt(KeyChain.password(password), new byte[0], material)), byService,
        k.created(), Instant.now()));
    if (state.openKeys().masterKey(database.databaseId()).isPresent()) {
      state.openKeys().openMasterKey(database.databaseId(), material);
    }
  }

  /**
   * Removes the encryption by {@code password} (15313 when none is by it). Decided: the last
   * password encryption stays (15313 too), so the key can always be opened by a password after a
   * RESTORE on another server, which SQL Server also requires.
   */
  private void dropPassword(DatabaseMasterKey k, String password) {
    List<byte[]> kept = new ArrayList<>();
    boolean found = false;
    for (byte[] b : k.byPasswords()) {
      if (!found && PassphraseMessage.decrypt(KeyChain.password(password), b, new byte[0]) != null) {
        found = true;
      } else {
        kept.add(b);
      }
    }
    if (!found || kept.isEmpty()) {
      throw EncryptionErrors.WRONG_DECRYPTOR.raise();
    }
    save(k.withEncryptions(kept, k.byServiceKey(), Instant.now()));
  }

  private byte[] byPassword(DatabaseMasterKey k, String password) {
    for (byte[] b : k.byPasswords()) {
      byte[] material = PassphraseMessage.decrypt(KeyChain.password(password), b, new byte[0]);
      if (material != null) {
        return material;
      }
    }
    throw EncryptionErrors.WRONG_DECRYPTOR.raise();
  }

  private DatabaseMasterKey existing() {
    return database.records().masterKey(database.databaseId()).orElseThrow(EncryptionErrors.NO_MASTER_KEY::raise);
  }

  private void save(DatabaseMasterKey k) {
    database.catalog().encryption().save(database.txn(), k);
    state.store().markDdl();
  }
}
