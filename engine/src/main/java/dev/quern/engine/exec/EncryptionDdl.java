package dev.quern.engine.exec;

import dev.quern.catalog.meta.Certificate;
import dev.quern.catalog.meta.SymmetricKey;
import dev.quern.engine.ast.EncryptionStatement;
import dev.quern.engine.ast.EncryptionStatement.AlterMasterKey;
import dev.quern.engine.ast.EncryptionStatement.BackupCertificate;
import dev.quern.engine.ast.EncryptionStatement.CloseSymmetricKey;
import dev.quern.engine.ast.EncryptionStatement.CreateCertificate;
import dev.quern.engine.ast.EncryptionStatement.CreateMasterKey;
import dev.quern.engine.ast.EncryptionStatement.CreateSymmetricKey;
import dev.quern.engine.ast.EncryptionStatement.Drop;
import dev.quern.engine.ast.EncryptionStatement.DropMasterKey;
import dev.quern.engine.ast.EncryptionStatement.MasterKeySession;
import dev.quern.engine.ast.EncryptionStatement.OpenSymmetricKey;
import dev.quern.engine.error.SecurityErrors;
import dev.quern.engine.session.PermissionGate;
import dev.quern.engine.session.SessionState;

/**
 * Runs the encryption hierarchy's statements after their permission checks, a subset of SQL
 * Server's: the master key statements need CONTROL on the database; CREATE CERTIFICATE needs
 * CREATE CERTIFICATE and CREATE SYMMETRIC KEY ALTER ANY SYMMETRIC KEY; dropping, opening or backing
 * up a key or certificate needs to own it or hold CONTROL on the database (ALTER ANY SYMMETRIC KEY
 * also opens a symmetric key). One the caller may not use is 15151, as one that does not exist.
 * Grants on a single key or certificate (GRANT … ON SYMMETRIC KEY::k) are not there yet.
 */
final class EncryptionDdl {
  private final SessionState state;
  private final EncryptionCatalog database;

  EncryptionDdl(SessionState state) {
    this.state = state;
    this.database = new EncryptionCatalog(state);
  }

  void run(EncryptionStatement s) {
    switch (s.command()) {
      case CreateMasterKey c -> masterKey().create(c.password());
      case AlterMasterKey a -> masterKey().alter(a);
      case DropMasterKey d -> masterKey().drop();
      case MasterKeySession o when o.password() == null -> masterKey().close();
      case MasterKeySession o -> masterKey().open(o.password());
      case CreateCertificate c -> {
        PermissionGate.database(state, "CREATE CERTIFICATE");
        new CertificateDdl(state).create(c, owner(c.owner()));
      }
      case BackupCertificate b -> new CertificateFiles(state).backup(usable(certificate(b.name(), "find")), b.file(),
          b.privateKeyFile(), b.encryptionPassword(), b.decryptionPassword());
      case CreateSymmetricKey c -> {
        PermissionGate.database(state, "ALTER ANY SYMMETRIC KEY");
        new SymmetricKeyDdl(state).create(c, owner(c.owner()));
      }
      case Drop d when d.certificate() -> new CertificateDdl(state).drop(usable(certificate(d.name(), "drop")));
      case Drop d -> new SymmetricKeyDdl(state).drop(usable(symmetricKey(d.name(), "drop"), false));
      case EncryptionStatement.AlterSymmetricKey a ->
          new SymmetricKeyDdl(state).alter(usable(symmetricKey(a.name(), "alter"), false), a.add(), a.protectors());
      case OpenSymmetricKey o -> new SymmetricKeyDdl(state).open(usable(symmetricKey(o.name(), "find"), true),
          o.decryptor());
      case CloseSymmetricKey c -> new SymmetricKeyDdl(state).close(c.name());
    }
  }

  private MasterKeyDdl masterKey() {
    PermissionGate.database(state, "CONTROL");
    return new MasterKeyDdl(state);
  }

  private Certificate certificate(String name, String verb) {
    return database.certificate(name, verb);
  }

  private SymmetricKey symmetricKey(String name, String verb) {
    return database.symmetricKey(name, verb);
  }

  private Certificate usable(Certificate c) {
    if (!mayControl(c.principalId(), null)) {
      throw SecurityErrors.CANNOT_FIND.raise("certificate", c.name());
    }
    return c;
  }

  private SymmetricKey usable(SymmetricKey k, boolean opening) {
    if (!mayControl(k.principalId(), opening ? "ALTER ANY SYMMETRIC KEY" : null)) {
      throw SecurityErrors.CANNOT_FIND.raise("symmetric key", k.name());
    }
    return k;
  }

  /** Whether the caller owns the key (its principal) or holds CONTROL (or {@code also}) on the database. */
  private boolean mayControl(int ownerId, String also) {
    if (state.security().isSa() || PermissionGate.hasDatabasePermission(state, "CONTROL")) {
      return true;
    }
    if (also != null && PermissionGate.hasDatabasePermission(state, also)) {
      return true;
    }
    return state.user(state.databaseId()).map(u -> u.id() == ownerId).orElse(false);
  }

  /** The principal a new key or certificate belongs to: AUTHORIZATION's, else the caller's user. */
  private int owner(String authorization) {
    if (authorization == null) {
      return state.user(state.databaseId()).map(u -> u.id()).orElse(dev.quern.engine.security.Principals.DBO_ID);
    }
    return state.databasePrincipalId(authorization)
        .orElseThrow(() -> SecurityErrors.CANNOT_FIND.raise("user", authorization));
  }
}
