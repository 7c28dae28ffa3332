package dev.quern.engine.ast;

import java.util.List;

/**
 * A statement about logins, users, roles, permissions or the security context: CREATE/ALTER/DROP
 * LOGIN, USER and ROLE, ALTER [SERVER] ROLE … ADD|DROP MEMBER, GRANT/DENY/REVOKE, EXECUTE AS and
 * REVERT. Runs like DDL, in the statement's transaction; {@code text} is the statement as written
 * (a password never appears in any other form).
 */
public record SecurityStatement(int line, Command command, String text) implements StorageStatement {
  @Override
  public String toSql() {
    return text;
  }

  /** What the statement does. */
  public sealed interface Command
      permits CreateLogin, AlterLogin, DropLogin, CreateUser, AlterUser, DropUser, CreateRole,
          DropRole, AlterRole, AlterServerRole, Grant, ExecuteAs, Revert, AlterAuthorization,
          CreateApplicationRole, AlterApplicationRole, DropApplicationRole {
    /** The statement's name for messages (e.g. "CREATE LOGIN"). */
    String verb();
  }

  /**
   * CREATE LOGIN name WITH PASSWORD = '…' | 0x… HASHED [, SID = 0x…] [, DEFAULT_DATABASE = db] [,
   * CHECK_POLICY/EXPIRATION = ON|OFF]: {@code hashedPassword} (a SQL Server password hash) is set
   * instead of {@code password}; {@code sid} null lets the server choose.
   */
  public record CreateLogin(String name, String password, byte[] hashedPassword, byte[] sid, String defaultDatabase,
      Boolean checkPolicy, Boolean checkExpiration) implements Command {
    public CreateLogin(String name, String password, String defaultDatabase, Boolean checkPolicy, Boolean checkExpiration) {
      this(name, password, null, null, defaultDatabase, checkPolicy, checkExpiration);
    }

    public String verb() {
      return "CREATE LOGIN";
    }
  }

  /**
   * ALTER LOGIN: each option null when not given; {@code enable} for ENABLE/DISABLE;
   * {@code hashedPassword} for PASSWORD = 0x… HASHED.
   */
  public record AlterLogin(String name, String password, String oldPassword, String defaultDatabase, String newName,
      Boolean enable, Boolean checkPolicy, Boolean checkExpiration, byte[] hashedPassword) implements Command {
    public AlterLogin(String name, String password, String oldPassword, String defaultDatabase, String newName,
        Boolean enable, Boolean checkPolicy, Boolean checkExpiration) {
      this(name, password, oldPassword, defaultDatabase, newName, enable, checkPolicy, checkExpiration, null);
    }

    public String verb() {
      return "ALTER LOGIN";
    }
  }

  public record DropLogin(String name) implements Command {
    public String verb() {
      return "DROP LOGIN";
    }
  }

  /** CREATE USER name [FOR|FROM LOGIN l | WITHOUT LOGIN] [WITH DEFAULT_SCHEMA = s]; no clause: the login of the same name. */
  public record CreateUser(String name, String login, boolean withoutLogin, String defaultSchema) implements Command {
    public String verb() {
      return "CREATE USER";
    }
  }

  /** ALTER USER name WITH NAME = n | DEFAULT_SCHEMA = s | LOGIN = l (null when not given). */
  public record AlterUser(String name, String newName, String defaultSchema, String login) implements Command {
    public String verb() {
      return "ALTER USER";
    }
  }

  public record DropUser(String name, boolean ifExists) implements Command {
    public String verb() {
      return "DROP USER";
    }
  }

  public record CreateRole(String name, String owner) implements Command {
    public String verb() {
      return "CREATE ROLE";
    }
  }

  public record DropRole(String name, boolean ifExists) implements Command {
    public String verb() {
      return "DROP ROLE";
    }
  }

  /** CREATE APPLICATION ROLE name WITH PASSWORD = '…' [, DEFAULT_SCHEMA = s]. */
  public record CreateApplicationRole(String name, String password, String defaultSchema) implements Command {
    public String verb() {
      return "CREATE APPLICATION ROLE";
    }
  }

  /** ALTER APPLICATION ROLE name WITH NAME = n | PASSWORD = '…' | DEFAULT_SCHEMA = s (null when not given). */
  public record AlterApplicationRole(String name, String newName, String password, String defaultSchema)
      implements Command {
    public String verb() {
      return "ALTER APPLICATION ROLE";
    }
  }

  public record DropApplicationRole(String name) implements Command {
    public String verb() {
      return "DROP APPLICATION ROLE";
    }
  }

  /** ALTER ROLE role ADD|DROP MEMBER member (and sp_addrolemember / sp_droprolemember). */
  public record AlterRole(String role, boolean add, String member) implements Command {
    public String verb() {
      return "ALTER ROLE";
    }
  }

  /** ALTER SERVER ROLE role ADD|DROP MEMBER login (and sp_addsrvrolemember / sp_dropsrvrolemember). */
  public record AlterServerRole(String role, boolean add, String login) implements Command {
    public String verb() {
      return "ALTER SERVER ROLE";
    }
  }

  /** Which securable a GRANT names: none (the database), or OBJECT::, SCHEMA::, DATABASE::, SYMMETRIC KEY::, CERTIFICATE::. */
  public enum SecurableClass { DATABASE, OBJECT, SCHEMA, SYMMETRIC_KEY, CERTIFICATE, XML_SCHEMA_COLLECTION }

  /**
   * GRANT, DENY or REVOKE of permissions on a securable to principals; {@code columns} the column
   * list written after a permission or after the object (empty: the whole securable).
   */
  public record Grant(Action action, List<String> permissions, List<String> columns, SecurableClass on,
      List<String> securable, List<String> principals, boolean withGrantOption, boolean grantOptionFor, boolean cascade)
      implements Command {
    public String verb() {
      return action.name();
    }
  }

  public enum Action { GRANT, DENY, REVOKE }

  /** ALTER AUTHORIZATION ON [class::]securable TO principal. */
  public record AlterAuthorization(SecurableClass on, List<String> securable, String principal) implements Command {
    public String verb() {
      return "ALTER AUTHORIZATION";
    }
  }

  /** EXECUTE AS LOGIN = 'name' | USER = 'name'. */
  public record ExecuteAs(boolean login, String name) implements Command {
    public String verb() {
      return "EXECUTE AS";
    }
  }

  public record Revert() implements Command {
    public String verb() {
      return "REVERT";
    }
  }
}
