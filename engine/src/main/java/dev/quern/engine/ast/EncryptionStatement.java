package dev.quern.engine.ast;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The statements of the encryption hierarchy ("CREATE MASTER KEY", "CREATE CERTIFICATE", "CREATE
 * SYMMETRIC KEY", "OPEN SYMMETRIC KEY" and their ALTER, DROP, OPEN, CLOSE and BACKUP forms): one
 * statement, the command saying which. Passwords are string literals, as SQL Server requires.
 */
public record EncryptionStatement(int line, Command command) implements StorageStatement {
  /** What the statement does; {@link #verb} is its command name. */
  public sealed interface Command {
    String verb();

    String toSql();
  }

  /** What protects a key: a certificate (optionally with its private key's password), a password, a symmetric key. */
  public record Protector(Kind kind, String name, String password) {
    public enum Kind { CERTIFICATE, PASSWORD, SYMMETRIC_KEY, ASYMMETRIC_KEY }

    public String toSql() {
      return switch (kind) {
        case PASSWORD -> "PASSWORD = '****'";
        case CERTIFICATE -> "CERTIFICATE " + Names.quote(name) + (password == null ? "" : " WITH PASSWORD = '****'");
        case SYMMETRIC_KEY -> "SYMMETRIC KEY " + Names.quote(name);
        case ASYMMETRIC_KEY -> "ASYMMETRIC KEY " + Names.quote(name);
      };
    }
  }

  public record CreateMasterKey(String password) implements Command {
    @Override
    public String verb() {
      return "CREATE MASTER KEY";
    }

    @Override
    public String toSql() {
      return "CREATE MASTER KEY ENCRYPTION BY PASSWORD = '****'";
    }
  }

  /** ALTER MASTER KEY: REGENERATE (password set), or ADD/DROP an encryption by a password (set) or the service master key. */
  public record AlterMasterKey(Action action, String password) implements Command {
    public enum Action { REGENERATE, ADD_PASSWORD, DROP_PASSWORD, ADD_SERVICE_KEY, DROP_SERVICE_KEY }

    @Override
    public String verb() {
      return "ALTER MASTER KEY";
    }

    @Override
    public String toSql() {
      return "ALTER MASTER KEY " + action.name();
    }
  }

  /**
   * BACKUP MASTER KEY TO FILE = 'f' ENCRYPTION BY PASSWORD = 'p' ({@code backup}), or RESTORE MASTER
   * KEY FROM FILE = 'f' DECRYPTION BY PASSWORD = 'p' ENCRYPTION BY PASSWORD = 'p2' [FORCE].
   */
  public record MasterKeyFile(boolean backup, String file, String filePassword, String newPassword, boolean force)
      implements Command {
    @Override
    public String verb() {
      return backup ? "BACKUP MASTER KEY" : "RESTORE MASTER KEY";
    }

    @Override
    public String toSql() {
      return verb() + (backup ? " TO" : " FROM") + " FILE = '" + file + "'";
    }
  }

  public record DropMasterKey() implements Command {
    @Override
    public String verb() {
      return "DROP MASTER KEY";
    }

    @Override
    public String toSql() {
      return verb();
    }
  }

  /** OPEN MASTER KEY DECRYPTION BY PASSWORD = '…' (password set), or CLOSE MASTER KEY (null). */
  public record MasterKeySession(String password) implements Command {
    @Override
    public String verb() {
      return password == null ? "CLOSE MASTER KEY" : "OPEN MASTER KEY";
    }

    @Override
    public String toSql() {
      return password == null ? verb() : "OPEN MASTER KEY DECRYPTION BY PASSWORD = '****'";
    }
  }

  /**
   * CREATE CERTIFICATE name [AUTHORIZATION owner] {FROM FILE = 'path' [WITH PRIVATE KEY (FILE =
   * 'path', DECRYPTION BY PASSWORD = '…')] | [ENCRYPTION BY PASSWORD = '…'] WITH SUBJECT = '…' [, START_DATE = '…'] [,
   * EXPIRY_DATE = '…']}; the dates as written, converted when the statement runs.
   */
  public record CreateCertificate(
      String name, String owner, String subject, String start, String expiry, String password,
      String file, String privateKeyFile, String privateKeyPassword) implements Command {
    @Override
    public String verb() {
      return "CREATE CERTIFICATE";
    }

    @Override
    public String toSql() {
      return verb() + " " + Names.quote(name) + (file != null ? " FROM FILE = '" + file + "'" : " WITH SUBJECT = '" + subject + "'");
    }
  }

  /**
   * ALTER CERTIFICATE name {REMOVE PRIVATE KEY | WITH PRIVATE KEY ([FILE = 'path',] [DECRYPTION BY
   * PASSWORD = '…'] [, ENCRYPTION BY PASSWORD = '…']) | WITH ACTIVE FOR BEGIN_DIALOG = {ON | OFF}}.
   */
  public record AlterCertificate(
      String name, boolean removePrivateKey, boolean privateKey, String file, String decryptionPassword,
      String encryptionPassword) implements Command {
    @Override
    public String verb() {
      return "ALTER CERTIFICATE";
    }

    @Override
    public String toSql() {
      return verb() + " " + Names.quote(name) + (removePrivateKey ? " REMOVE PRIVATE KEY" : " WITH PRIVATE KEY (…)");
    }
  }

  /** BACKUP CERTIFICATE name TO FILE = 'path' [WITH PRIVATE KEY (FILE = 'path', ENCRYPTION BY PASSWORD = '…' [, DECRYPTION BY PASSWORD = '…'])]. */
  public record BackupCertificate(
      String name, String file, String privateKeyFile, String encryptionPassword, String decryptionPassword)
      implements Command {
    @Override
    public String verb() {
      return "BACKUP CERTIFICATE";
    }

    @Override
    public String toSql() {
      return verb() + " " + Names.quote(name) + " TO FILE = '" + file + "'";
    }
  }

  public record CreateSymmetricKey(
      String name, String owner, String algorithm, String keySource, String identityValue, List<Protector> protectors)
      implements Command {
    public CreateSymmetricKey {
      protectors = List.copyOf(protectors);
    }

    @Override
    public String verb() {
      return "CREATE SYMMETRIC KEY";
    }

    @Override
    public String toSql() {
      return verb() + " " + Names.quote(name) + " WITH ALGORITHM = " + algorithm + " ENCRYPTION BY "
          + protectors.stream().map(Protector::toSql).collect(Collectors.joining(", "));
    }
  }

  /** ALTER SYMMETRIC KEY name {ADD | DROP} ENCRYPTION BY protector [, …]. */
  public record AlterSymmetricKey(String name, boolean add, List<Protector> protectors) implements Command {
    public AlterSymmetricKey {
      protectors = List.copyOf(protectors);
    }

    @Override
    public String verb() {
      return "ALTER SYMMETRIC KEY";
    }

    @Override
    public String toSql() {
      return verb() + " " + Names.quote(name) + (add ? " ADD" : " DROP") + " ENCRYPTION BY "
          + protectors.stream().map(Protector::toSql).collect(Collectors.joining(", "));
    }
  }

  /** DROP CERTIFICATE name or DROP SYMMETRIC KEY name. */
  public record Drop(String name, boolean certificate) implements Command {
    @Override
    public String verb() {
      return certificate ? "DROP CERTIFICATE" : "DROP SYMMETRIC KEY";
    }

    @Override
    public String toSql() {
      return verb() + " " + Names.quote(name);
    }
  }

  public record OpenSymmetricKey(String name, Protector decryptor) implements Command {
    @Override
    public String verb() {
      return "OPEN SYMMETRIC KEY";
    }

    @Override
    public String toSql() {
      return verb() + " " + Names.quote(name) + " DECRYPTION BY " + decryptor.toSql();
    }
  }

  /** CLOSE SYMMETRIC KEY name, or CLOSE ALL SYMMETRIC KEYS (name null). */
  public record CloseSymmetricKey(String name) implements Command {
    @Override
    public String verb() {
      return "CLOSE SYMMETRIC KEY";
    }

    @Override
    public String toSql() {
      return name == null ? "CLOSE ALL SYMMETRIC KEYS" : verb() + " " + Names.quote(name);
    }
  }

  @Override
  public String toSql() {
    return command.toSql();
  }
}
