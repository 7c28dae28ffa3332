package dev.quern.engine.exec;

import dev.quern.catalog.meta.Certificate;
import dev.quern.engine.crypto.PassphraseMessage;
import dev.quern.engine.crypto.SelfSignedCertificate;
import dev.quern.engine.error.EncryptionErrors;
import dev.quern.engine.session.SessionState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * BACKUP CERTIFICATE … TO FILE and the files CREATE CERTIFICATE … FROM FILE reads: the certificate
 * as DER (as SQL Server writes it), and the private key in the ENCRYPTBYPASSPHRASE format keyed by
 * the file's password. A relative path resolves against the {@code backup/} directory of the data
 * directory, as BACKUP DATABASE's do.
 *
 * <p>Decided: SQL Server writes private keys in Microsoft's PVK format; Quern's private key files
 * only move between Quern servers. The certificate files move both ways.
 */
final class CertificateFiles {
  private final SessionState state;

  CertificateFiles(SessionState state) {
    this.state = state;
  }

  byte[] readCertificate(String file) {
    byte[] der = read(file);
    try {
      SelfSignedCertificate.parse(der);
    } catch (RuntimeException e) {
      throw EncryptionErrors.FILE_NOT_VALID.raise();
    }
    return der;
  }

  /** The PKCS#8 private key of a key file; 15208 when the file or its password is wrong. */
  byte[] readPrivateKey(String file, String password) {
    byte[] key = password == null ? null : PassphraseMessage.decrypt(KeyChain.password(password), read(file), new byte[0]);
    if (key == null) {
      throw EncryptionErrors.FILE_NOT_VALID.raise();
    }
    return key;
  }

  /**
   * Writes the certificate, and its private key when a key file is named (15246 when it has none;
   * 15240 when a file exists). Records the key's backup date.
   */
  void backup(Certificate c, String file, String keyFile, String encryption, String decryption) {
    byte[] pkcs8 = null;
    if (keyFile != null) {
      if (c.protection().equals("NA")) {
        throw EncryptionErrors.NO_PRIVATE_KEY_TO_DUMP.raise(c.name());
      }
      pkcs8 = new KeyChain(state, new EncryptionCatalog(state).metadata(), state.databaseId()).privateKey(c, decryption);
    }
    write(file, c.der());
    if (pkcs8 != null) {
      write(keyFile, PassphraseMessage.encrypt(KeyChain.password(encryption), new byte[0], pkcs8));
      EncryptionCatalog database = new EncryptionCatalog(state);
      database.catalog().encryption().save(database.txn(), c.backedUp(Instant.now()));
      state.store().markDdl();
    }
  }

  private byte[] read(String file) {
    try {
      return Files.readAllBytes(path(file));
    } catch (IOException e) {
      throw EncryptionErrors.FILE_NOT_VALID.raise();
    }
  }

  private void write(String file, byte[] content) {
    try {
      Path p = path(file);
      Files.createDirectories(p.toAbsolutePath().getParent());
      Files.write(p, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw EncryptionErrors.FILE_NOT_WRITABLE.raise(file);
    }
  }

  private Path path(String file) {
    Path written = Path.of(file);
    return written.isAbsolute() ? written : state.store().storage().backupDirectory().resolve(written);
  }
}
