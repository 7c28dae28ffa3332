package dev.quern.engine.parser;

import dev.quern.engine.ast.EncryptionStatement;
import dev.quern.engine.ast.EncryptionStatement.AlterMasterKey;
import dev.quern.engine.ast.EncryptionStatement.BackupCertificate;
import dev.quern.engine.ast.EncryptionStatement.CloseSymmetricKey;
import dev.quern.engine.ast.EncryptionStatement.Command;
import dev.quern.engine.ast.EncryptionStatement.CreateCertificate;
import dev.quern.engine.ast.EncryptionStatement.CreateMasterKey;
import dev.quern.engine.ast.EncryptionStatement.CreateSymmetricKey;
import dev.quern.engine.ast.EncryptionStatement.Drop;
import dev.quern.engine.ast.EncryptionStatement.DropMasterKey;
import dev.quern.engine.ast.EncryptionStatement.MasterKeySession;
import dev.quern.engine.ast.EncryptionStatement.OpenSymmetricKey;
import dev.quern.engine.ast.EncryptionStatement.Protector;
import dev.quern.engine.lexer.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The encryption hierarchy's statements:
 *
 * <pre>
 * CREATE MASTER KEY ENCRYPTION BY PASSWORD = 'p'
 * ALTER MASTER KEY [FORCE] REGENERATE WITH ENCRYPTION BY PASSWORD = 'p'
 * ALTER MASTER KEY {ADD | DROP} ENCRYPTION BY {SERVICE MASTER KEY | PASSWORD = 'p'}
 * DROP MASTER KEY | OPEN MASTER KEY DECRYPTION BY PASSWORD = 'p' | CLOSE MASTER KEY
 * BACKUP MASTER KEY TO FILE = 'f' ENCRYPTION BY PASSWORD = 'p'
 * RESTORE MASTER KEY FROM FILE = 'f' DECRYPTION BY PASSWORD = 'p' ENCRYPTION BY PASSWORD = 'p' [FORCE]
 * CREATE CERTIFICATE c [AUTHORIZATION u] {[ENCRYPTION BY PASSWORD = 'p'] WITH SUBJECT = 's' [, START_DATE = 'd']
 *     [, EXPIRY_DATE = 'd'] | FROM FILE = 'f' [WITH PRIVATE KEY (FILE = 'f', DECRYPTION BY PASSWORD = 'p'
 *     [, ENCRYPTION BY PASSWORD = 'p'])]} [ACTIVE FOR BEGIN_DIALOG = {ON | OFF}]
 * ALTER CERTIFICATE c {REMOVE PRIVATE KEY | WITH PRIVATE KEY ([FILE = 'f',] [DECRYPTION BY PASSWORD = 'p']
 *     [, ENCRYPTION BY PASSWORD = 'p']) | WITH ACTIVE FOR BEGIN_DIALOG = {ON | OFF}}
 * BACKUP CERTIFICATE c TO FILE = 'f' [WITH PRIVATE KEY (FILE = 'f', ENCRYPTION BY PASSWORD = 'p'
 *     [, DECRYPTION BY PASSWORD = 'p'])]
 * CREATE SYMMETRIC KEY k [AUTHORIZATION u] WITH {ALGORITHM = a | KEY_SOURCE = 's' | IDENTITY_VALUE = 'i'} [, …]
 *     ENCRYPTION BY {CERTIFICATE c | PASSWORD = 'p' | SYMMETRIC KEY k | ASYMMETRIC KEY a} [, …]
 * ALTER SYMMETRIC KEY k {ADD | DROP} ENCRYPTION BY {CERTIFICATE c | PASSWORD = 'p' | SYMMETRIC KEY k} [, …]
 * OPEN SYMMETRIC KEY k DECRYPTION BY {CERTIFICATE c [WITH PASSWORD = 'p'] | PASSWORD = 'p' | SYMMETRIC KEY k}
 * CLOSE SYMMETRIC KEY k | CLOSE ALL SYMMETRIC KEYS
 * DROP CERTIFICATE c | DROP SYMMETRIC KEY k [REMOVE PROVIDER KEY]
 * </pre>
 */
final class EncryptionParser {
  private final TokenStream in;

  EncryptionParser(TokenStream in) {
    this.in = in;
  }

  /** Whether the statement at the cursor is one of these. */
  static boolean starts(TokenStream in) {
    Token verb = in.peek();
    Token what = in.peek(1);
    boolean masterKey = what.is("MASTER") && in.peek(2).is("KEY");
    if (verb.is("CREATE") || verb.is("DROP")) {
      return masterKey || what.is("CERTIFICATE") || what.is("SYMMETRIC") && in.peek(2).is("KEY");
    }
    if (verb.is("ALTER")) {
      return masterKey || what.is("CERTIFICATE") || what.is("SYMMETRIC") && in.peek(2).is("KEY");
    }
    if (verb.is("OPEN") || verb.is("CLOSE")) {
      return masterKey || what.is("SYMMETRIC") && in.peek(2).is("KEY")
          || verb.is("CLOSE") && what.is("ALL") && in.peek(2).is("SYMMETRIC");
    }
    if (verb.is("BACKUP") || verb.is("RESTORE")) {
      return masterKey || verb.is("BACKUP") && what.is("CERTIFICATE");
    }
    return false;
  }

  EncryptionStatement statement() {
    int line = in.line();
    String verb = in.next().upper();
    Command command;
    if (in.accept("MASTER")) {
      in.expect("KEY");
      command = masterKey(verb);
    } else if (in.accept("CERTIFICATE")) {
      command = certificate(verb);
    } else {
      command = symmetricKey(verb);
    }
    return new EncryptionStatement(line, command);
  }

  private Command masterKey(String verb) {
    return switch (verb) {
      case "CREATE" -> {
        in.expect("ENCRYPTION");
        in.expect("BY");
        yield new CreateMasterKey(password());
      }
      case "ALTER" -> alterMasterKey();
      case "OPEN" -> {
        in.expect("DECRYPTION");
        in.expect("BY");
        yield new MasterKeySession(password());
      }
      case "CLOSE" -> new MasterKeySession(null);
      case "BACKUP" -> {
        in.expect("TO");
        in.expect("FILE");
        String file = literalOption();
        in.expect("ENCRYPTION");
        in.expect("BY");
        yield new EncryptionStatement.MasterKeyFile(true, file, password(), null, false);
      }
      case "RESTORE" -> {
        in.expect("FROM");
        in.expect("FILE");
        String file = literalOption();
        in.expect("DECRYPTION");
        in.expect("BY");
        String filePassword = password();
        in.expect("ENCRYPTION");
        in.expect("BY");
        String newPassword = password();
        yield new EncryptionStatement.MasterKeyFile(false, file, filePassword, newPassword, in.accept("FORCE"));
      }
      default -> new DropMasterKey();
    };
  }

  private AlterMasterKey alterMasterKey() {
    in.accept("FORCE");
    if (in.accept("REGENERATE")) {
      in.expect("WITH");
      in.expect("ENCRYPTION");
      in.expect("BY");
      return new AlterMasterKey(AlterMasterKey.Action.REGENERATE, password());
    }
    boolean add = in.accept("ADD");
    if (!add) {
      in.expect("DROP");
    }
    in.expect("ENCRYPTION");
    in.expect("BY");
    if (in.accept("SERVICE")) {
      in.expect("MASTER");
      in.expect("KEY");
      return new AlterMasterKey(add ? AlterMasterKey.Action.ADD_SERVICE_KEY : AlterMasterKey.Action.DROP_SERVICE_KEY, null);
    }
    return new AlterMasterKey(add ? AlterMasterKey.Action.ADD_PASSWORD : AlterMasterKey.Action.DROP_PASSWORD, password());
  }

  private Command certificate(String verb) {
    String name = in.identifier();
    return switch (verb) {
      case "CREATE" -> createCertificate(name);
      case "BACKUP" -> backupCertificate(name);
      case "ALTER" -> alterCertificate(name);
      default -> new Drop(name, true);
    };
  }

  private CreateCertificate createCertificate(String name) {
    String owner = in.accept("AUTHORIZATION") ? in.identifier() : null;
    String file = null;
    String keyFile = null;
    String keyPassword = null;
    String password = null;
    String subject = null;
    String start = null;
    String expiry = null;
    if (in.accept("FROM")) {
      in.expect("FILE");
      file = literalOption();
      if (in.accept("WITH")) {
        PrivateKeyOptions key = privateKeyOptions();
        keyFile = key.file();
        keyPassword = key.decryption();
        password = key.encryption();
      }
    } else {
      if (in.accept("ENCRYPTION")) {
        in.expect("BY");
        password = password();
      }
      in.expect("WITH");
      do {
        Token option = in.next();
        switch (option.upper()) {
          case "SUBJECT" -> subject = literalOption();
          case "START_DATE" -> start = literalOption();
          case "EXPIRY_DATE" -> expiry = literalOption();
          default -> throw TokenStream.errorNear(option);
        }
      } while (in.acceptSymbol(","));
    }
    if (in.accept("ACTIVE")) {
      in.expect("FOR");
      in.expect("BEGIN_DIALOG");
      in.expectSymbol("=");
      in.next(); // ON | OFF: Service Broker dialogs, which Quern does not have
    }
    return new CreateCertificate(name, owner, subject, start, expiry, password, file, keyFile, keyPassword);
  }

  private EncryptionStatement.AlterCertificate alterCertificate(String name) {
    if (in.accept("REMOVE")) {
      in.expect("PRIVATE");
      in.expect("KEY");
      return new EncryptionStatement.AlterCertificate(name, true, false, null, null, null);
    }
    in.expect("WITH");
    if (in.accept("ACTIVE")) {
      in.expect("FOR");
      in.expect("BEGIN_DIALOG");
      in.expectSymbol("=");
      in.next(); // ON | OFF: Service Broker dialogs, which Quern does not have
      return new EncryptionStatement.AlterCertificate(name, false, false, null, null, null);
    }
    PrivateKeyOptions key = privateKeyOptions();
    return new EncryptionStatement.AlterCertificate(name, false, true, key.file(), key.decryption(), key.encryption());
  }

  /** What {@code PRIVATE KEY (FILE = …, DECRYPTION BY PASSWORD = …, ENCRYPTION BY PASSWORD = …)} gives. */
  private record PrivateKeyOptions(String file, String decryption, String encryption) {}

  /** {@code PRIVATE KEY (…)} after WITH, in CREATE, ALTER and BACKUP CERTIFICATE alike. */
  private PrivateKeyOptions privateKeyOptions() {
    in.expect("PRIVATE");
    in.expect("KEY");
    in.expectSymbol("(");
    String file = null;
    String decryption = null;
    String encryption = null;
    do {
      if (in.accept("FILE")) {
        file = literalOption();
      } else if (in.accept("DECRYPTION")) {
        in.expect("BY");
        decryption = password();
      } else {
        in.expect("ENCRYPTION");
        in.expect("BY");
        encryption = password();
      }
    } while (in.acceptSymbol(","));
    in.expectSymbol(")");
    return new PrivateKeyOptions(file, decryption, encryption);
  }

  private BackupCertificate backupCertificate(String name) {
    in.expect("TO");
    in.expect("FILE");
    String file = literalOption();
    PrivateKeyOptions key = in.accept("WITH") ? privateKeyOptions() : new PrivateKeyOptions(null, null, null);
    return new BackupCertificate(name, file, key.file(), key.encryption(), key.decryption());
  }

  private Command symmetricKey(String verb) {
    if (verb.equals("CLOSE") && in.accept("ALL")) {
      in.expect("SYMMETRIC");
      in.expect("KEYS");
      return new CloseSymmetricKey(null);
    }
    in.expect("SYMMETRIC");
    in.expect("KEY");
    String name = in.identifier();
    return switch (verb) {
      case "CREATE" -> createSymmetricKey(name);
      case "OPEN" -> {
        in.expect("DECRYPTION");
        in.expect("BY");
        yield new OpenSymmetricKey(name, protector(true));
      }
      case "CLOSE" -> new CloseSymmetricKey(name);
      case "ALTER" -> {
        boolean add = in.accept("ADD");
        if (!add) {
          in.expect("DROP");
        }
        in.expect("ENCRYPTION");
        in.expect("BY");
        List<Protector> protectors = new ArrayList<>();
        do {
          protectors.add(protector(false));
        } while (in.acceptSymbol(","));
        yield new EncryptionStatement.AlterSymmetricKey(name, add, protectors);
      }
      default -> {
        if (in.accept("REMOVE")) {
          in.expect("PROVIDER");
          in.expect("KEY");
        }
        yield new Drop(name, false);
      }
    };
  }

  private CreateSymmetricKey createSymmetricKey(String name) {
    String owner = in.accept("AUTHORIZATION") ? in.identifier() : null;
    String algorithm = null;
    String source = null;
    String identity = null;
    in.expect("WITH");
    do {
      Token option = in.next();
      switch (option.upper()) {
        case "ALGORITHM" -> {
          in.expectSymbol("=");
          algorithm = in.next().upper();
        }
        case "KEY_SOURCE" -> source = literalOption();
        case "IDENTITY_VALUE" -> identity = literalOption();
        default -> throw TokenStream.errorNear(option);
      }
    } while (in.acceptSymbol(","));
    in.expect("ENCRYPTION");
    in.expect("BY");
    List<Protector> protectors = new ArrayList<>();
    do {
      protectors.add(protector(false));
    } while (in.acceptSymbol(","));
    return new CreateSymmetricKey(name, owner, algorithm, source, identity, protectors);
  }

  /** A protector after ENCRYPTION BY or DECRYPTION BY (the latter may give a certificate's password). */
  private Protector protector(boolean decrypting) {
    if (in.peek().is("PASSWORD")) {
      return new Protector(Protector.Kind.PASSWORD, null, password());
    }
    Protector.Kind kind;
    if (in.accept("CERTIFICATE")) {
      kind = Protector.Kind.CERTIFICATE;
    } else if (in.accept("SYMMETRIC")) {
      in.expect("KEY");
      kind = Protector.Kind.SYMMETRIC_KEY;
    } else {
      in.expect("ASYMMETRIC");
      in.expect("KEY");
      kind = Protector.Kind.ASYMMETRIC_KEY;
    }
    String name = in.identifier();
    String password = null;
    if (decrypting && kind != Protector.Kind.SYMMETRIC_KEY && in.at("WITH") && in.peek(1).is("PASSWORD")) {
      in.next();
      password = password();
    }
    return new Protector(kind, name, password);
  }

  /** {@code PASSWORD = 'literal'}. */
  private String password() {
    in.expect("PASSWORD");
    return literalOption();
  }

  /** {@code = 'literal'} after an option's name. */
  private String literalOption() {
    in.expectSymbol("=");
    return in.stringLiteral();
  }
}
