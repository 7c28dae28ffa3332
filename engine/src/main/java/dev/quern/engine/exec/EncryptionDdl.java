package dev.quern.engine.exec;

import dev.quern.catalog.meta.Certificate;
import dev.quern.catalog.meta.Permission;
import dev.quern.catalog.meta.SymmetricKey;
import dev.quern.engine.api.ResultSink;
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
import dev.quern.engine.ast.EncryptionStatement.Protector;
import dev.quern.engine.error.SecurityErrors;
import dev.quern.engine.session.PermissionGate;
import dev.quern.engine.session.SessionState;

/**
 * Runs the encryption hierarchy's statements after their permission checks ({@link
 * KeyPermissions}), a subset of SQL Server's: the master key statements need CONTROL on the
 * database; CREATE CERTIFICATE needs CREATE CERTIFICATE and CREATE SYMMETRIC KEY ALTER ANY SYMMETRIC
 * KEY; DROP needs CONTROL on the key or certificate, ALTER SYMMETRIC KEY and ALTER CERTIFICATE ALTER on it, BACKUP
 * CERTIFICATE CONTROL; OPEN SYMMETRIC KEY some permission on the key (or ALTER ANY SYMMETRIC KEY)
 * and, by a certificate, CONTROL on the certificate. One the caller may not use is 15151, as one
 * that does not exist.
 */
final class EncryptionDdl {
  private final SessionState state;
  private final EncryptionCatalog database;
  private final KeyPermissions permissions;

  EncryptionDdl(SessionState state) {
    this.state = state;
    this.database = new EncryptionCatalog(state);
    this.permissions = new KeyPermissions(state);
  }

  void run(EncryptionStatement s, ResultSink sink) {
    switch (s.command()) {
      case CreateMasterKey c -> masterKey().create(c.password());
      case AlterMasterKey a -> masterKey().alter(a);
      case DropMasterKey d -> masterKey().drop();
      case EncryptionStatement.MasterKeyFile f -> {
        PermissionGate.database(state, "CONTROL");
        new MasterKeyFiles(state).run(f, sink);
      }
      case MasterKeySession o when o.password() == null -> masterKey().close();
      case MasterKeySession o -> masterKey().open(o.password());
      case CreateCertificate c -> {
        PermissionGate.database(state, "CREATE CERTIFICATE");
        new CertificateDdl(state).create(c, owner(c.owner()));
      }
      case EncryptionStatement.AlterCertificate a -> {
        Certificate c = certificate(a.name(), "alter");
        if (!permissions.holds(Permission.CERTIFICATE, c.certificateId(), c.principalId(), "ALTER")) {
          throw SecurityErrors.CANNOT_ACT_ON.raise("alter", "certificate", c.name());
        }
        new CertificateDdl(state).alter(c, a);
      }
      case BackupCertificate b -> new CertificateFiles(state).backup(usable(certificate(b.name(), "find")), b.file(),
          b.privateKeyFile(), b.encryptionPassword(), b.decryptionPassword());
      case CreateSymmetricKey c -> {
        PermissionGate.database(state, "ALTER ANY SYMMETRIC KEY");
        new SymmetricKeyDdl(state).create(c, owner(c.owner()));
      }
      case Drop d when d.certificate() -> {
        Certificate c = usable(certificate(d.name(), "drop"));
        new CertificateDdl(state).drop(c);
        permissions.forget(Permission.CERTIFICATE, c.certificateId());
      }
      case Drop d -> {
        SymmetricKey k = usable(symmetricKey(d.name(), "drop"), "CONTROL");
        new SymmetricKeyDdl(state).drop(k);
        permissions.forget(Permission.SYMMETRIC_KEY, k.keyId());
      }
      case EncryptionStatement.AlterSymmetricKey a ->
          new SymmetricKeyDdl(state).alter(usable(symmetricKey(a.name(), "alter"), "ALTER"), a.add(), a.protectors());
      case OpenSymmetricKey o -> {
        SymmetricKey k = opener(symmetricKey(o.name(), "find"));
        if (o.decryptor().kind() == Protector.Kind.CERTIFICATE) {
          usable(certificate(o.decryptor().name(), "find"));
        }
        new SymmetricKeyDdl(state).open(k, o.decryptor());
      }
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

  /** A certificate the caller holds CONTROL on (to drop, back up or decrypt by it); else 15151. */
  private Certificate usable(Certificate c) {
    if (!permissions.holds(Permission.CERTIFICATE, c.certificateId(), c.principalId(), "CONTROL")) {
      throw SecurityErrors.CANNOT_FIND.raise("certificate", c.name());
    }
    return c;
  }

  /** A key the caller holds {@code permission} on; else 15151. */
  private SymmetricKey usable(SymmetricKey k, String permission) {
    if (!permissions.holds(Permission.SYMMETRIC_KEY, k.keyId(), k.principalId(), permission)) {
      throw SecurityErrors.CANNOT_FIND.raise("symmetric key", k.name());
    }
    return k;
  }

  /** A key the caller may open: some permission on it (VIEW DEFINITION not denied), or ALTER ANY SYMMETRIC KEY. */
  private SymmetricKey opener(SymmetricKey k) {
    boolean may = PermissionGate.hasDatabasePermission(state, "ALTER ANY SYMMETRIC KEY")
        || permissions.holdsAny(Permission.SYMMETRIC_KEY, k.keyId(), k.principalId());
    if (!may) {
      throw SecurityErrors.CANNOT_FIND.raise("symmetric key", k.name());
    }
    return k;
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
