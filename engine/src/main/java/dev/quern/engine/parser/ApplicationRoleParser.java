package dev.quern.engine.parser;

import dev.quern.engine.ast.SecurityStatement;
import dev.quern.engine.lexer.Token;

/**
 * Parses CREATE / ALTER / DROP APPLICATION ROLE ("CREATE APPLICATION ROLE (Transact-SQL)") after
 * its first word: the options are written once each, separated by commas, after WITH.
 */
final class ApplicationRoleParser {
  private final TokenStream in;

  ApplicationRoleParser(TokenStream in) {
    this.in = in;
  }

  /** {@code verb}: the CREATE, ALTER or DROP already read; the cursor is at APPLICATION. */
  SecurityStatement.Command command(Token verb) {
    in.expect("APPLICATION");
    in.expect("ROLE");
    String name = in.identifier();
    if (verb.is("DROP")) {
      return new SecurityStatement.DropApplicationRole(name);
    }
    in.expect("WITH");
    String newName = null;
    String password = null;
    String schema = null;
    do {
      Token option = in.next();
      in.expectSymbol("=");
      switch (option.upper()) {
        case "PASSWORD" -> password = in.stringLiteral();
        case "DEFAULT_SCHEMA" -> schema = in.identifier();
        case "NAME" -> {
          if (verb.is("CREATE")) {
            throw TokenStream.errorNear(option);
          }
          newName = in.identifier();
        }
        default -> throw TokenStream.errorNear(option);
      }
    } while (in.acceptSymbol(","));
    if (verb.is("CREATE")) {
      if (password == null) {
        // PASSWORD is the one required option of CREATE APPLICATION ROLE.
        throw TokenStream.errorNear(in.peek());
      }
      return new SecurityStatement.CreateApplicationRole(name, password, schema);
    }
    return new SecurityStatement.AlterApplicationRole(name, newName, password, schema);
  }
}
