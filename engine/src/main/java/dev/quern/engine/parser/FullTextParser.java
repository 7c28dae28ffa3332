package dev.quern.engine.parser;

import dev.quern.engine.ast.FullTextStatement;
import dev.quern.engine.ast.FullTextStatement.Action;
import dev.quern.engine.ast.FullTextStatement.ColumnSpec;
import dev.quern.engine.ast.FullTextStatement.Command;
import dev.quern.engine.lexer.Token;
import dev.quern.engine.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * The full-text DDL:
 *
 * <pre>
 * CREATE FULLTEXT CATALOG c [WITH ACCENT_SENSITIVITY = {ON | OFF}] [AS DEFAULT] [AUTHORIZATION o]
 * ALTER FULLTEXT CATALOG c {REBUILD [WITH ACCENT_SENSITIVITY = {ON | OFF}] | REORGANIZE | AS DEFAULT}
 * DROP FULLTEXT CATALOG c
 * CREATE FULLTEXT INDEX ON t [(col [TYPE COLUMN tc] [LANGUAGE l] [STATISTICAL_SEMANTICS], …)] KEY INDEX ix
 *     [ON c | ON (c [, FILEGROUP fg]) | ON (FILEGROUP fg [, c])]
 *     [WITH [(] {CHANGE_TRACKING [=] {MANUAL | AUTO | OFF [, NO POPULATION]} | STOPLIST [=] {OFF | SYSTEM | s}} [, …] [)]]
 * ALTER FULLTEXT INDEX ON t {ENABLE | DISABLE | SET CHANGE_TRACKING [=] {MANUAL | AUTO | OFF}
 *     | ADD (col [LANGUAGE l], …) [WITH NO POPULATION] | DROP (col, …) [WITH NO POPULATION]
 *     | START {FULL | INCREMENTAL | UPDATE} POPULATION | {STOP | PAUSE | RESUME} POPULATION
 *     | SET STOPLIST [=] {OFF | SYSTEM | s} [WITH NO POPULATION]}
 * DROP FULLTEXT INDEX ON t
 * </pre>
 */
final class FullTextParser {
  private final TokenStream in;

  FullTextParser(TokenStream in) {
    this.in = in;
  }

  static boolean starts(TokenStream in) {
    Token verb = in.peek();
    return (verb.is("CREATE") || verb.is("ALTER") || verb.is("DROP")) && in.peek(1).is("FULLTEXT");
  }

  FullTextStatement statement() {
    int line = in.line();
    String verb = in.next().upper();
    in.expect("FULLTEXT");
    Command command;
    if (in.accept("CATALOG")) {
      command = catalog(verb);
    } else {
      in.expect("INDEX");
      in.expect("ON");
      List<String> table = NameParser.objectName(in);
      command = switch (verb) {
        case "CREATE" -> createIndex(table);
        case "ALTER" -> alterIndex(table);
        default -> new FullTextStatement.DropIndex(table);
      };
    }
    return new FullTextStatement(line, command);
  }

  private Command catalog(String verb) {
    String name = in.identifier();
    return switch (verb) {
      case "CREATE" -> {
        boolean accents = false;
        boolean asDefault = false;
        while (true) {
          if (in.accept("WITH")) {
            accents = accentSensitivity();
          } else if (in.accept("AS")) {
            in.expect("DEFAULT");
            asDefault = true;
          } else if (in.accept("AUTHORIZATION")) {
            in.identifier();
          } else if (in.accept("IN")) {
            in.expect("PATH"); // SQL Server 2008+ accepts and ignores the path
            in.stringLiteral();
          } else {
            break;
          }
        }
        yield new FullTextStatement.CreateCatalog(name, asDefault, accents);
      }
      case "ALTER" -> {
        String action;
        if (in.accept("AS")) {
          in.expect("DEFAULT");
          action = "AS DEFAULT";
        } else if (in.accept("REORGANIZE")) {
          action = "REORGANIZE";
        } else {
          in.expect("REBUILD");
          action = "REBUILD";
          if (in.accept("WITH")) {
            action = accentSensitivity() ? "REBUILD ON" : "REBUILD OFF";
          }
        }
        yield new FullTextStatement.AlterCatalog(name, action);
      }
      default -> new FullTextStatement.DropCatalog(name);
    };
  }

  private boolean accentSensitivity() {
    in.expect("ACCENT_SENSITIVITY");
    in.expectSymbol("=");
    if (in.accept("ON")) {
      return true;
    }
    in.expect("OFF");
    return false;
  }

  private Command createIndex(List<String> table) {
    List<ColumnSpec> columns = in.atSymbol("(") ? columns(true) : List.of();
    in.expect("KEY");
    in.expect("INDEX");
    String keyIndex = in.identifier();
    String catalog = null;
    if (in.accept("ON")) {
      catalog = catalogPlacement();
    }
    char tracking = 'A';
    boolean noPopulation = false;
    String stoplist = null;
    if (in.accept("WITH")) {
      boolean parens = in.acceptSymbol("(");
      do {
        if (in.accept("CHANGE_TRACKING")) {
          in.acceptSymbol("=");
          tracking = changeTracking();
          if (tracking == 'O' && in.atSymbol(",") && in.peek(1).is("NO")) {
            in.next();
            in.next();
            in.expect("POPULATION");
            noPopulation = true;
          }
        } else if (in.accept("STOPLIST")) {
          in.acceptSymbol("=");
          stoplist = in.next().value();
        } else if (in.accept("NO")) {
          in.expect("POPULATION");
          noPopulation = true;
        } else {
          throw in.unexpected();
        }
      } while (in.acceptSymbol(","));
      if (parens) {
        in.expectSymbol(")");
      }
    }
    return new FullTextStatement.CreateIndex(table, columns, keyIndex, catalog, tracking, noPopulation, stoplist);
  }

  /** {@code c}, {@code (c [, FILEGROUP fg])} or {@code (FILEGROUP fg [, c])}: the catalog, if named. */
  private String catalogPlacement() {
    if (!in.acceptSymbol("(")) {
      return in.identifier();
    }
    String catalog = null;
    do {
      if (in.accept("FILEGROUP")) {
        in.identifier(); // one store, no filegroups: accepted and ignored
      } else {
        catalog = in.identifier();
      }
    } while (in.acceptSymbol(","));
    in.expectSymbol(")");
    return catalog;
  }

  private char changeTracking() {
    Token t = in.next();
    return switch (t.upper()) {
      case "AUTO" -> 'A';
      case "MANUAL" -> 'M';
      case "OFF" -> 'O';
      default -> throw TokenStream.errorNear(t);
    };
  }

  private List<ColumnSpec> columns(boolean withOptions) {
    in.expectSymbol("(");
    List<ColumnSpec> out = new ArrayList<>();
    do {
      String name = in.identifier();
      Object language = null;
      String typeColumn = null;
      while (withOptions) {
        if (in.accept("TYPE")) {
          in.expect("COLUMN");
          typeColumn = in.identifier();
        } else if (in.accept("LANGUAGE")) {
          language = language();
        } else if (!in.accept("STATISTICAL_SEMANTICS")) {
          break;
        }
      }
      out.add(new ColumnSpec(name, language, typeColumn));
    } while (in.acceptSymbol(","));
    in.expectSymbol(")");
    return out;
  }

  /** A LANGUAGE term: an LCID as a number or hexadecimal, or a language name as a string. */
  private Object language() {
    Token t = in.next();
    if (t.type() == TokenType.NUMBER) {
      return Integer.parseInt(t.value());
    }
    if (t.type() == TokenType.BINARY) {
      return Integer.parseInt(t.value().substring(2), 16);
    }
    if (t.isStringLiteral()) {
      return t.value();
    }
    throw TokenStream.errorNear(t);
  }

  private Command alterIndex(List<String> table) {
    Token t = in.next();
    Action action;
    List<ColumnSpec> columns = List.of();
    String option = null;
    switch (t.upper()) {
      case "ENABLE" -> action = Action.ENABLE;
      case "DISABLE" -> action = Action.DISABLE;
      case "ADD" -> {
        action = Action.ADD;
        columns = columns(true);
      }
      case "DROP" -> {
        action = Action.DROP;
        columns = columns(false);
      }
      case "START" -> {
        Token kind = in.next();
        action = switch (kind.upper()) {
          case "FULL" -> Action.START_FULL;
          case "INCREMENTAL" -> Action.START_INCREMENTAL;
          case "UPDATE" -> Action.START_UPDATE;
          default -> throw TokenStream.errorNear(kind);
        };
        in.expect("POPULATION");
      }
      case "STOP", "PAUSE", "RESUME" -> {
        in.expect("POPULATION");
        action = Action.STOP;
      }
      case "SET" -> {
        if (in.accept("CHANGE_TRACKING")) {
          in.acceptSymbol("=");
          action = Action.CHANGE_TRACKING;
          option = String.valueOf(changeTracking());
        } else {
          in.expect("STOPLIST");
          in.acceptSymbol("=");
          action = Action.STOPLIST;
          option = in.next().value();
        }
      }
      default -> throw TokenStream.errorNear(t);
    }
    boolean noPopulation = false;
    if (in.at("WITH") && in.peek(1).is("NO")) {
      in.next();
      in.next();
      in.expect("POPULATION");
      noPopulation = true;
    }
    return new FullTextStatement.AlterIndex(table, action, columns, option, noPopulation);
  }
}
