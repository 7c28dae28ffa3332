package dev.quern.engine.parser;

import dev.quern.engine.ast.SecurityStatement;
import dev.quern.engine.ast.SecurityStatement.Action;
import dev.quern.engine.ast.SecurityStatement.SecurableClass;
import dev.quern.engine.ast.Statement;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.lexer.Token;
import dev.quern.engine.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the security statements ("CREATE LOGIN", "CREATE USER", "CREATE ROLE", "ALTER ROLE",
 * "ALTER SERVER ROLE", "GRANT/DENY/REVOKE Database Permissions", "EXECUTE AS", "REVERT" in the
 * T-SQL reference) into {@link SecurityStatement}.
 */
final class SecurityParser {
  private final TokenStream in;

  SecurityParser(TokenStream in) {
    this.in = in;
  }

  /** Whether the statement at the cursor (CREATE/ALTER/DROP …, GRANT, EXECUTE AS, REVERT) is one of ours. */
  static boolean starts(TokenStream in) {
    Token first = in.peek();
    Token second = in.peek(1);
    if (first.is("GRANT") || first.is("DENY") || first.is("REVOKE") || first.is("REVERT")) {
      return true;
    }
    if ((first.is("EXEC") || first.is("EXECUTE")) && second.is("AS")) {
      return true;
    }
    boolean ddl = first.is("CREATE") || first.is("ALTER") || first.is("DROP");
    return ddl && (second.is("LOGIN") || second.is("USER") || second.is("ROLE")
        || second.is("APPLICATION") && in.peek(2).is("ROLE")
        || first.is("ALTER") && second.is("AUTHORIZATION")
        || first.is("ALTER") && second.is("SERVER") && in.peek(2).is("ROLE"));
  }

  Statement statement() {
    int line = in.line();
    SecurityStatement.Command c = command();
    in.acceptSymbol(";");
    return new SecurityStatement(line, c, c.verb());
  }

  private SecurityStatement.Command command() {
    Token first = in.next();
    if (first.is("GRANT") || first.is("DENY") || first.is("REVOKE")) {
      return grant(Action.valueOf(first.upper()));
    }
    if (first.is("REVERT")) {
      return new SecurityStatement.Revert();
    }
    if (first.is("EXEC") || first.is("EXECUTE")) {
      in.expect("AS");
      boolean login = in.accept("LOGIN");
      if (!login) {
        in.expect("USER");
      }
      in.expectSymbol("=");
      return new SecurityStatement.ExecuteAs(login, string());
    }
    if (in.at("APPLICATION")) {
      return new ApplicationRoleParser(in).command(first);
    }
    if (first.is("CREATE")) {
      return create();
    }
    if (first.is("DROP")) {
      return drop();
    }
    return alter();
  }

  private SecurityStatement.Command create() {
    if (in.accept("LOGIN")) {
      String name = in.identifier();
      in.expect("WITH");
      in.expect("PASSWORD");
      in.expectSymbol("=");
      byte[] hashed = hashedPassword();
      String password = hashed == null ? string() : null;
      byte[] sid = null;
      String db = null;
      Boolean policy = null;
      Boolean expiration = null;
      while (in.acceptSymbol(",")) {
        Token option = in.next();
        in.expectSymbol("=");
        switch (option.upper()) {
          case "SID" -> sid = binary();
          case "DEFAULT_DATABASE" -> db = in.identifier();
          case "CHECK_POLICY" -> policy = onOff();
          case "CHECK_EXPIRATION" -> expiration = onOff();
          case "DEFAULT_LANGUAGE" -> in.identifier();
          default -> throw TokenStream.errorNear(option);
        }
      }
      return new SecurityStatement.CreateLogin(name, password, hashed, sid, db, policy, expiration);
    }
    if (in.accept("USER")) {
      String name = in.identifier();
      String login = null;
      boolean without = false;
      if (in.accept("FOR") || in.accept("FROM")) {
        in.expect("LOGIN");
        login = in.identifier();
      } else if (in.accept("WITHOUT")) {
        in.expect("LOGIN");
        without = true;
      }
      String schema = null;
      if (in.accept("WITH")) {
        in.expect("DEFAULT_SCHEMA");
        in.expectSymbol("=");
        schema = in.identifier();
      }
      return new SecurityStatement.CreateUser(name, login, without, schema);
    }
    in.expect("ROLE");
    String name = in.identifier();
    String owner = in.accept("AUTHORIZATION") ? in.identifier() : null;
    return new SecurityStatement.CreateRole(name, owner);
  }

  private SecurityStatement.Command drop() {
    Token what = in.next();
    boolean ifExists = false;
    if (in.at("IF") && in.peek(1).is("EXISTS")) {
      in.next();
      in.next();
      ifExists = true;
    }
    String name = in.identifier();
    return switch (what.upper()) {
      case "LOGIN" -> new SecurityStatement.DropLogin(name);
      case "USER" -> new SecurityStatement.DropUser(name, ifExists);
      default -> new SecurityStatement.DropRole(name, ifExists);
    };
  }

  private SecurityStatement.Command alter() {
    if (in.accept("AUTHORIZATION")) {
      in.expect("ON");
      SecurableClass on = securableClass();
      List<String> securable = NameParser.objectName(in);
      in.expect("TO");
      if (in.at("SCHEMA") && in.peek(1).is("OWNER")) {
        throw SqlErrors.OPTION_NOT_SUPPORTED.raise("SCHEMA OWNER");
      }
      return new SecurityStatement.AlterAuthorization(on, securable, in.identifier());
    }
    if (in.accept("SERVER")) {
      in.expect("ROLE");
      String role = in.identifier();
      boolean add = member();
      return new SecurityStatement.AlterServerRole(role, add, in.identifier());
    }
    if (in.accept("ROLE")) {
      String role = in.identifier();
      boolean add = member();
      return new SecurityStatement.AlterRole(role, add, in.identifier());
    }
    if (in.accept("USER")) {
      String name = in.identifier();
      in.expect("WITH");
      String newName = null;
      String schema = null;
      String login = null;
      do {
        Token option = in.next();
        in.expectSymbol("=");
        switch (option.upper()) {
          case "NAME" -> newName = in.identifier();
          case "DEFAULT_SCHEMA" -> schema = in.identifier();
          case "LOGIN" -> login = in.identifier();
          default -> throw TokenStream.errorNear(option);
        }
      } while (in.acceptSymbol(","));
      return new SecurityStatement.AlterUser(name, newName, schema, login);
    }
    in.expect("LOGIN");
    String name = in.identifier();
    if (in.accept("ENABLE")) {
      return new SecurityStatement.AlterLogin(name, null, null, null, null, true, null, null);
    }
    if (in.accept("DISABLE")) {
      return new SecurityStatement.AlterLogin(name, null, null, null, null, false, null, null);
    }
    in.expect("WITH");
    String password = null;
    byte[] hashed = null;
    String old = null;
    String db = null;
    String newName = null;
    Boolean policy = null;
    Boolean expiration = null;
    do {
      Token option = in.next();
      in.expectSymbol("=");
      switch (option.upper()) {
        case "PASSWORD" -> {
          hashed = hashedPassword();
          password = hashed == null ? string() : null;
          if (hashed == null && in.accept("OLD_PASSWORD")) {
            in.expectSymbol("=");
            old = string();
          }
        }
        case "DEFAULT_DATABASE" -> db = in.identifier();
        case "NAME" -> newName = in.identifier();
        case "CHECK_POLICY" -> policy = onOff();
        case "CHECK_EXPIRATION" -> expiration = onOff();
        default -> throw TokenStream.errorNear(option);
      }
    } while (in.acceptSymbol(","));
    return new SecurityStatement.AlterLogin(name, password, old, db, newName, null, policy, expiration, hashed);
  }

  /** ADD MEMBER → true, DROP MEMBER → false. */
  private boolean member() {
    boolean add = in.accept("ADD");
    if (!add) {
      in.expect("DROP");
    }
    in.expect("MEMBER");
    return add;
  }

  private SecurityStatement.Command grant(Action action) {
    boolean grantOptionFor = false;
    if (action == Action.REVOKE && in.at("GRANT") && in.peek(1).is("OPTION")) {
      in.next();
      in.next();
      in.expect("FOR");
      grantOptionFor = true;
    }
    List<String> permissions = new ArrayList<>();
    List<String> columns = new ArrayList<>();
    do {
      permissions.add(permission());
      columns(columns);
    } while (in.acceptSymbol(","));
    SecurableClass on = SecurableClass.DATABASE;
    List<String> securable = List.of();
    if (in.accept("ON")) {
      on = securableClass();
      securable = NameParser.objectName(in);
      columns(columns);
    }
    if (!in.accept("TO")) {
      in.expect("FROM");
    }
    List<String> principals = new ArrayList<>();
    do {
      // PUBLIC is a reserved word, yet names the public role unquoted here (GRANT SELECT … TO public).
      principals.add(in.accept("PUBLIC") ? "public" : in.identifier());
    } while (in.acceptSymbol(","));
    boolean withGrant = false;
    if (in.at("WITH") && in.peek(1).is("GRANT")) {
      in.next();
      in.next();
      in.expect("OPTION");
      withGrant = true;
    }
    boolean cascade = in.accept("CASCADE");
    if (in.accept("AS")) {
      in.identifier();
    }
    return new SecurityStatement.Grant(action, List.copyOf(permissions), List.copyOf(columns), on, securable, List.copyOf(principals),
        withGrant, grantOptionFor, cascade);
  }

  /**
   * {@code OBJECT::}, {@code SCHEMA::}, {@code DATABASE::}, {@code SYMMETRIC KEY::}, {@code
   * CERTIFICATE::} or {@code XML SCHEMA COLLECTION::} before a securable's name; none means OBJECT.
   */
  private SecurableClass securableClass() {
    if (in.at("SYMMETRIC") && in.peek(1).is("KEY") && in.peek(2).isSymbol("::")) {
      in.next();
      in.next();
      in.expectSymbol("::");
      return SecurableClass.SYMMETRIC_KEY;
    }
    if (in.at("XML") && in.peek(1).is("SCHEMA") && in.peek(2).is("COLLECTION") && in.peek(3).isSymbol("::")) {
      in.next();
      in.next();
      in.next();
      in.expectSymbol("::");
      return SecurableClass.XML_SCHEMA_COLLECTION;
    }
    if (!in.peek(1).isSymbol("::")) {
      return SecurableClass.OBJECT;
    }
    Token cls = in.next();
    SecurableClass on = switch (cls.type() == TokenType.WORD ? cls.upper() : "") {
      case "OBJECT" -> SecurableClass.OBJECT;
      case "SCHEMA" -> SecurableClass.SCHEMA;
      case "DATABASE" -> SecurableClass.DATABASE;
      case "CERTIFICATE" -> SecurableClass.CERTIFICATE;
      default -> throw TokenStream.errorNear(cls);
    };
    in.expectSymbol("::");
    return on;
  }

  /** A permission name: one to four words (SELECT, CREATE TABLE, EXECUTE ANY EXTERNAL SCRIPT, ALL [PRIVILEGES]). */
  private String permission() {
    Token first = in.next();
    if (first.type() != TokenType.WORD) {
      throw TokenStream.errorNear(first);
    }
    StringBuilder name = new StringBuilder(first.upper());
    while (in.peek().type() == TokenType.WORD && !in.at("ON") && !in.at("TO") && !in.at("FROM")) {
      name.append(' ').append(in.next().upper());
    }
    return name.toString();
  }

  /** A column list, {@code (a, b)}, after a permission or after the object: its names join {@code into}. */
  private void columns(List<String> into) {
    if (!in.acceptSymbol("(")) {
      return;
    }
    do {
      into.add(in.identifier());
    } while (in.acceptSymbol(","));
    in.expectSymbol(")");
  }

  private String string() {
    return in.stringLiteral();
  }

  /** {@code 0x… HASHED}: a password given as its SQL Server hash; null when a string follows. */
  private byte[] hashedPassword() {
    if (in.peek().type() != dev.quern.engine.lexer.TokenType.BINARY) {
      return null;
    }
    byte[] hash = binary();
    in.expect("HASHED");
    return hash;
  }

  /** A binary literal's bytes ({@code 0x} and hex digits). */
  private byte[] binary() {
    Token t = in.next();
    if (t.type() != dev.quern.engine.lexer.TokenType.BINARY) {
      throw TokenStream.errorNear(t);
    }
    String hex = t.value().substring(2);
    return java.util.HexFormat.of().parseHex(hex.length() % 2 == 0 ? hex : "0" + hex);
  }

  private boolean onOff() {
    if (in.accept("ON")) {
      return true;
    }
    in.expect("OFF");
    return false;
  }
}
