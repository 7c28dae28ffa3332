package dev.quern.engine.exec;

import dev.quern.catalog.meta.Certificate;
import dev.quern.catalog.meta.DatabaseMasterKey;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.ast.EncryptionStatement.MasterKeyFile;
import dev.quern.engine.crypto.KeyMessage;
import dev.quern.engine.crypto.PassphraseMessage;
import dev.quern.engine.error.EncryptionErrors;
import dev.quern.engine.session.SessionState;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * BACKUP MASTER KEY and RESTORE MASTER KEY ("RESTORE MASTER KEY (Transact-SQL)"): the database master
 * key's GUID and material, encrypted by the file's password (the ENCRYPTBYPASSPHRASE format; decided:
 * SQL Server's own file format is undocumented, so these files move between Quern servers only).
 * RESTORE makes the file's key the database's, encrypted by the new password and the service master
 * key, and encrypts the private keys the old key protected again (15329 when the old key cannot be
 * opened, unless FORCE, which leaves those private keys unusable). Relative paths resolve against
 * {@code backup/} of the data directory.
 */
final class MasterKeyFiles {
  private static final int GUID = 16;

  private final SessionState state;
  private final EncryptionCatalog database;

  MasterKeyFiles(SessionState state) {
    this.state = state;
    this.database = new EncryptionCatalog(state);
  }

  void run(MasterKeyFile f, ResultSink sink) {
    if (f.backup()) {
      backup(f);
    } else {
      restore(f, sink);
    }
  }

  private KeyChain chain() {
    return new KeyChain(state, database.metadata(), database.databaseId());
  }

  private void backup(MasterKeyFile f) {
    DatabaseMasterKey k = database.records().masterKey(database.databaseId())
        .orElseThrow(EncryptionErrors.NO_MASTER_KEY::raise);
    byte[] material = chain().requireMasterKey();
    byte[] content = ByteBuffer.allocate(GUID + material.length).putLong(k.guid().getMostSignificantBits())
        .putLong(k.guid().getLeastSignificantBits()).put(material).array();
    try {
      Path p = path(f.file());
      Files.createDirectories(p.toAbsolutePath().getParent());
      Files.write(p, PassphraseMessage.encrypt(KeyChain.password(f.filePassword()), new byte[0], content),
          StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw EncryptionErrors.FILE_NOT_WRITABLE.raise(f.file());
    }
  }

  private void restore(MasterKeyFile f, ResultSink sink) {
    byte[] content = read(f);
    ByteBuffer in = ByteBuffer.wrap(content);
    UUID guid = new UUID(in.getLong(), in.getLong());
    byte[] material = Arrays.copyOfRange(content, GUID, content.length);
    Optional<DatabaseMasterKey> current = database.records().masterKey(database.databaseId());
    Optional<byte[]> old = chain().masterKey();
    if (old.isPresent() && Arrays.equals(old.get(), material)) {
      sink.message(EncryptionErrors.MASTER_KEYS_IDENTICAL.message());
    } else if (current.isPresent()) {
      if (old.isEmpty() && !f.force()) {
        throw EncryptionErrors.MASTER_KEY_UNREADABLE.raise();
      }
      old.ifPresent(o -> encryptAgain(o, guid, material));
    }
    Instant now = Instant.now();
    database.catalog().encryption().save(database.txn(), new DatabaseMasterKey(database.databaseId(), guid,
        List.of(PassphraseMessage.encrypt(KeyChain.password(f.newPassword()), new byte[0], material)),
        state.store().storage().serviceMasterKey().encrypt(material),
        current.map(DatabaseMasterKey::created).orElse(now), now));
    state.store().markDdl();
    if (state.openKeys().masterKey(database.databaseId()).isPresent()) {
      state.openKeys().openMasterKey(database.databaseId(), material);
    }
  }

  /** The private keys the old master key protects, now under the restored one. */
  private void encryptAgain(byte[] old, UUID guid, byte[] material) {
    for (Certificate c : database.records().certificates(database.databaseId())) {
      if (c.protection().equals("MK")) {
        byte[] pkcs8 = KeyMessage.decrypt(KeyChain.MASTER_KEY_ALGORITHM, old, c.privateKey(), new byte[0]);
        if (pkcs8 != null) {
          database.catalog().encryption().save(database.txn(), c.withPrivateKey("MK",
              KeyMessage.encrypt(guid, KeyChain.MASTER_KEY_ALGORITHM, material, new byte[0], pkcs8)));
        }
      }
    }
  }

  /** The file's clear content; 15317 for no such file or a wrong password. */
  private byte[] read(MasterKeyFile f) {
    byte[] clear;
    try {
      clear = PassphraseMessage.decrypt(KeyChain.password(f.filePassword()), Files.readAllBytes(path(f.file())),
          new byte[0]);
    } catch (IOException e) {
      clear = null;
    }
    if (clear == null || clear.length != GUID + KeyChain.MASTER_KEY_ALGORITHM.bits() / 8) {
      throw EncryptionErrors.MASTER_KEY_FILE_INVALID.raise();
    }
    return clear;
  }

  private Path path(String file) {
    Path written = Path.of(file);
    return written.isAbsolute() ? written : state.store().storage().backupDirectory().resolve(written);
  }
}
