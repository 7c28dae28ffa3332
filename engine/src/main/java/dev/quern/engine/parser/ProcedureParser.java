package dev.quern.engine.parser;

import dev.quern.engine.ast.CreateProcedureStatement;
import dev.quern.engine.ast.CreateViewStatement;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.ProcedureParameter;
import dev.quern.engine.ast.TypeName;
import dev.quern.engine.lexer.Token;
import dev.quern.engine.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * The head of CREATE [OR ALTER] / ALTER PROC[EDURE]: name, parameters (with defaults, OUTPUT,
 * READONLY), options (RECOMPILE, EXECUTE AS CALLER) and AS; the body after it is the rest of the
 * batch, which the caller parses.
 */
final class ProcedureParser {
  private final TokenStream in;
  private final ExpressionParser expr;
  /** Whether the head read WITH RECOMPILE (sys.sql_modules.is_recompiled). */
  private boolean recompile;
  /** Whether the head read WITH ENCRYPTION (the definition is hidden from every catalog view). */
  private boolean encryption;

  ProcedureParser(TokenStream in, ExpressionParser expr) {
    this.in = in;
    this.expr = expr;
  }

  /** Whether the cursor starts a procedure definition (CREATE/ALTER [OR ALTER] PROC…). */
  static boolean starts(TokenStream in) {
    return startsModule(in, "PROC") || startsModule(in, "PROCEDURE");
  }

  /** Whether the cursor starts CREATE/ALTER [OR ALTER] {@code kind} (PROCEDURE, FUNCTION). */
  static boolean startsModule(TokenStream in, String kind) {
    Token t = in.peek();
    int k = 1;
    if (t.is("CREATE") && in.peek(1).is("OR") && in.peek(2).is("ALTER")) {
      k = 3;
    } else if (!t.is("CREATE") && !t.is("ALTER")) {
      return false;
    }
    return in.peek(k).is(kind);
  }

  /** {@code CREATE}, {@code CREATE OR ALTER} or {@code ALTER}, consumed. */
  static CreateViewStatement.Mode mode(TokenStream in) {
    if (in.accept("ALTER")) {
      return CreateViewStatement.Mode.ALTER;
    }
    in.expect("CREATE");
    if (in.accept("OR")) {
      in.expect("ALTER");
      return CreateViewStatement.Mode.CREATE_OR_ALTER;
    }
    return CreateViewStatement.Mode.CREATE;
  }

  /** A parsed head: what a statement or a call needs, and where the body starts in the text. */
  record Head(int line, CreateViewStatement.Mode mode, List<String> name, List<ProcedureParameter> parameters, int bodyOffset) {}

  Head head() {
    int line = in.line();
    CreateViewStatement.Mode mode = mode(in);
    if (!in.accept("PROC")) {
      in.expect("PROCEDURE");
    }
    List<String> name = NameParser.objectName(in);
    if (in.atSymbol(";")) {
      throw in.unexpected(); // numbered procedures (name;2) are not given
    }
    boolean paren = in.acceptSymbol("(");
    List<ProcedureParameter> params = new ArrayList<>();
    if (in.peek().type() == TokenType.VARIABLE) {
      do {
        params.add(parameter());
      } while (in.acceptSymbol(","));
    }
    if (paren) {
      in.expectSymbol(")");
    }
    if (in.accept("WITH")) {
      do {
        options();
      } while (in.acceptSymbol(","));
    }
    if (in.accept("FOR")) {
      in.expect("REPLICATION");
    }
    in.expect("AS");
    return new Head(line, mode, name, params, in.peek().offset());
  }

  /**
   * Whether a stored procedure definition ({@code CREATE PROCEDURE … WITH RECOMPILE AS …}) asks to
   * be compiled at every call; false for any other text. Read from the stored definition, as that
   * is what Quern keeps of a procedure's options.
   */
  static boolean recompiles(String definition) {
    ProcedureParser p = headOf(definition);
    return p != null && p.recompile;
  }

  /** Whether a stored procedure definition was created WITH ENCRYPTION; false for any other text. */
  static boolean encrypts(String definition) {
    ProcedureParser p = headOf(definition);
    return p != null && p.encryption;
  }

  /** A parser that has read a procedure definition's head, or null when the text is no procedure. */
  private static ProcedureParser headOf(String definition) {
    TokenStream in = new TokenStream(dev.quern.engine.lexer.Lexer.tokenize(definition == null ? "" : definition, true));
    if (!starts(in)) {
      return null;
    }
    ProcedureParser p = new ProcedureParser(in, new ExpressionParser(in));
    try {
      p.head();
    } catch (RuntimeException e) {
      return null;
    }
    return p;
  }

  /** {@code @name [AS] type [VARYING] [= default] [OUT[PUT]] [READONLY]} (functions share it). */
  ProcedureParameter parameter() {
    Token name = in.next();
    in.accept("AS");
    TypeName type = TypeNameParser.parse(in);
    in.accept("VARYING");
    Expr defaultValue = in.acceptSymbol("=") ? expr.parse() : null;
    boolean output = in.accept("OUTPUT") || in.accept("OUT");
    boolean readOnly = in.accept("READONLY");
    return new ProcedureParameter(name.value(), type, defaultValue, output, readOnly);
  }

  /**
   * RECOMPILE (every call compiles anyway), ENCRYPTION (the text is hidden) and EXECUTE AS CALLER
   * (what a call does) are accepted.
   */
  private void options() {
    if (in.accept("RECOMPILE")) {
      recompile = true;
      return;
    }
    if (in.accept("ENCRYPTION")) {
      encryption = true;
      return;
    }
    if (in.at("EXECUTE") || in.at("EXEC")) {
      in.next();
      in.expect("AS");
      Token who = in.next();
      if (who.is("CALLER")) {
        return;
      }
      throw dev.quern.engine.error.SqlErrors.OPTION_NOT_SUPPORTED.raise("EXECUTE AS " + who.value());
    }
    throw TokenStream.errorNear(in.next());
  }

  /**
   * A module's definition as stored: the comments before it in the batch ({@code lead} to {@code
   * start}: sp_WhoIsActive's @help reads its own header from there, and line numbers count from the
   * batch's first line), then the statement from its first word, with CREATE in front ({@code
   * kind}: the word its kind starts with, PROC, TRIGGER or FUNCTION).
   */
  static String definition(String sql, int lead, int start, CreateViewStatement.Mode mode, String kind) {
    String header = sql.substring(lead, start);
    String text = sql.substring(start).strip();
    if (mode == CreateViewStatement.Mode.CREATE) {
      return header + text;
    }
    // ALTER … / CREATE OR ALTER …: stored as the CREATE it now is.
    return header + "CREATE " + text.substring(indexOfWord(text, kind));
  }

  /**
   * Where a module's stored text starts, its first token at {@code firstToken}: at the first
   * comment before it (blank lines before that are not kept), else at the token itself.
   */
  static int leadingText(String sql, int firstToken) {
    int i = 0;
    while (i < firstToken && Character.isWhitespace(sql.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int indexOfWord(String text, String word) {
    String upper = text.toUpperCase(java.util.Locale.ROOT);
    int i = upper.indexOf(word);
    return i < 0 ? 0 : i;
  }

  static CreateProcedureStatement statement(Head head, String definition) {
    return new CreateProcedureStatement(head.line(), head.mode(), head.name(), head.parameters(), definition);
  }
}
