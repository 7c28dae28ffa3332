package dev.quern.engine.parser;

import dev.quern.engine.ast.CreateViewStatement;
import dev.quern.engine.ast.ProcedureParameter;
import dev.quern.engine.ast.Statement;
import dev.quern.engine.ast.TypeName;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.lexer.Token;
import dev.quern.engine.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * CREATE [OR ALTER] / ALTER FUNCTION (SQL Server's CREATE FUNCTION): name, parameters (as a
 * procedure's), what it returns (a scalar type, {@code TABLE}, or {@code @t TABLE (columns)}),
 * options, and its body: {@code BEGIN … RETURN value END} (scalar), {@code RETURN [(] SELECT …
 * [)]} (inline table-valued), {@code BEGIN … RETURN END} (multi-statement table-valued). A
 * function is the whole of its batch.
 */
final class FunctionParser {
  /** The three kinds, by sys.objects type code. */
  enum Kind {
    FN,
    IF,
    TF
  }

  /**
   * A parsed definition: {@code returns} is the scalar type (FN), {@code tableVariable} and
   * {@code tableColumns} (the text of its column list, parentheses included) the returned table
   * (TF); {@code block} is the BEGIN … END block (FN, TF), {@code query} the query (IF, without
   * the parentheses around it), {@code bodyStart} and {@code bodyEnd} where either stands in the text.
   */
  record Definition(
      int line, CreateViewStatement.Mode mode, List<String> name, List<ProcedureParameter> parameters,
      Kind kind, TypeName returns, String tableVariable, String tableColumns, boolean nullOnNullInput,
      Statement block, dev.quern.engine.ast.QuerySpec query, int bodyStart, int bodyEnd, boolean schemaBound,
      boolean encrypted) {}

  private final Parser parser;
  private final TokenStream in;
  private final ExpressionParser expr;
  private final SelectParser select;
  private final DdlParser ddl;
  private final String sql;
  /** Whether WITH SCHEMABINDING was among the options. */
  private boolean schemaBound;
  /** Whether WITH ENCRYPTION was among the options (the text is hidden). */
  private boolean encryption;

  FunctionParser(Parser parser, TokenStream in, ExpressionParser expr, SelectParser select, DdlParser ddl, String sql) {
    this.parser = parser;
    this.in = in;
    this.expr = expr;
    this.select = select;
    this.ddl = ddl;
    this.sql = sql;
  }

  /** Whether the cursor starts a function definition (CREATE/ALTER [OR ALTER] FUNCTION). */
  static boolean starts(TokenStream in) {
    return ProcedureParser.startsModule(in, "FUNCTION");
  }

  /** The whole definition, up to the end of the batch (102/156 for anything after its body). */
  Definition definition() {
    int line = in.line();
    CreateViewStatement.Mode mode = ProcedureParser.mode(in);
    in.expect("FUNCTION");
    List<String> name = NameParser.objectName(in);
    in.expectSymbol("(");
    List<ProcedureParameter> params = new ArrayList<>();
    if (in.peek().type() == TokenType.VARIABLE) {
      ProcedureParser head = new ProcedureParser(in, expr);
      do {
        ProcedureParameter p = head.parameter();
        if (p.output()) {
          throw SqlErrors.SYNTAX_NEAR_KEYWORD.raise("OUTPUT");
        }
        params.add(p);
      } while (in.acceptSymbol(","));
    }
    in.expectSymbol(")");
    in.expect("RETURNS");
    Kind kind;
    TypeName returns = null;
    String tableVariable = null;
    String tableColumns = null;
    if (in.peek().type() == TokenType.VARIABLE) {
      kind = Kind.TF;
      tableVariable = in.next().value();
      in.expect("TABLE");
      int start = in.peek().offset();
      ddl.tableBody(line, List.of(tableVariable)); // for its syntax errors; stored as text
      tableColumns = sql.substring(start, in.endOfConsumed());
    } else if (in.accept("TABLE")) {
      kind = Kind.IF;
    } else {
      kind = Kind.FN;
      returns = TypeNameParser.parse(in);
    }
    boolean nullOnNull = false;
    if (in.accept("WITH")) {
      do {
        nullOnNull |= option(kind);
      } while (in.acceptSymbol(","));
    }
    in.accept("AS");
    int bodyStart;
    int bodyEnd;
    Statement block = null;
    dev.quern.engine.ast.QuerySpec query = null;
    if (kind == Kind.IF) {
      in.expect("RETURN");
      boolean paren = in.acceptSymbol("(");
      bodyStart = in.peek().offset();
      query = select.query();
      bodyEnd = in.endOfConsumed();
      if (paren) {
        in.expectSymbol(")");
      }
    } else {
      if (!in.at("BEGIN") || in.peek(1).is("TRAN") || in.peek(1).is("TRANSACTION")) {
        throw in.unexpected();
      }
      bodyStart = in.peek().offset();
      block = parser.requiredStatement();
      bodyEnd = in.endOfConsumed();
      FunctionBodyRules.check((dev.quern.engine.ast.BlockStatement) block, kind == Kind.FN, in.consumedFrom(bodyStart));
    }
    while (in.acceptSymbol(";")) {
      // a terminator after the body
    }
    if (!in.atEnd()) {
      throw in.unexpected();
    }
    return new Definition(
        line, mode, name, params, kind, returns, tableVariable, tableColumns, nullOnNull, block, query,
        bodyStart, bodyEnd, schemaBound, encryption);
  }

  /**
   * One WITH option; true for RETURNS NULL ON NULL INPUT. SCHEMABINDING is remembered (what the
   * function reads cannot be dropped or changed under it); CALLED ON NULL INPUT, EXECUTE AS CALLER
   * and INLINE = ON|OFF change nothing a call does here.
   */
  private boolean option(Kind kind) {
    Token t = in.next();
    if (t.is("SCHEMABINDING")) {
      schemaBound = true;
      return false;
    }
    if (t.is("RETURNS") || t.is("CALLED")) {
      if (t.is("RETURNS")) {
        in.expect("NULL");
      }
      in.expect("ON");
      in.expect("NULL");
      in.expect("INPUT");
      if (kind != Kind.FN) {
        throw SqlErrors.INVALID_FUNCTION_OPTION.raise();
      }
      return t.is("RETURNS");
    }
    if (t.is("EXECUTE") || t.is("EXEC")) {
      in.expect("AS");
      Token who = in.next();
      if (who.is("CALLER")) {
        return false;
      }
      throw SqlErrors.OPTION_NOT_SUPPORTED.raise("EXECUTE AS " + who.value());
    }
    if (t.is("INLINE")) {
      in.expectSymbol("=");
      Token v = in.next();
      if (!v.is("ON") && !v.is("OFF")) {
        throw TokenStream.errorNear(v);
      }
      return false;
    }
    if (t.is("ENCRYPTION")) {
      encryption = true;
      return false;
    }
    if (t.is("NATIVE_COMPILATION")) {
      throw SqlErrors.OPTION_NOT_SUPPORTED.raise(t.upper());
    }
    throw TokenStream.errorNear(t);
  }
}
