package dev.quern.engine.parser;

import dev.quern.engine.ast.CursorStatement;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.QuerySpec;
import dev.quern.engine.ast.Statement;
import dev.quern.engine.lexer.Token;
import dev.quern.engine.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses the cursor statements, as "DECLARE CURSOR (Transact-SQL)", "OPEN", "FETCH", "CLOSE" and
 * "DEALLOCATE" give them, and the WHERE CURRENT OF of a positioned UPDATE or DELETE.
 */
final class CursorParser {
  private static final Set<String> KINDS = Set.of("STATIC", "KEYSET", "DYNAMIC", "FAST_FORWARD");
  private static final Set<String> CONCURRENCY = Set.of("READ_ONLY", "SCROLL_LOCKS", "OPTIMISTIC");
  /** The Transact-SQL options, which the ISO form may not be given (1049). */
  private static final Set<String> OPTIONS = Set.of(
      "LOCAL", "GLOBAL", "FORWARD_ONLY", "SCROLL", "STATIC", "KEYSET", "DYNAMIC", "FAST_FORWARD", "READ_ONLY",
      "SCROLL_LOCKS", "OPTIMISTIC", "TYPE_WARNING");
  private static final Set<String> ORIENTATIONS = Set.of("NEXT", "PRIOR", "FIRST", "LAST", "ABSOLUTE", "RELATIVE");

  private final TokenStream in;
  private final ExpressionParser expr;
  private final SelectParser select;

  CursorParser(TokenStream in, ExpressionParser expr, SelectParser select) {
    this.in = in;
    this.expr = expr;
    this.select = select;
  }

  /** Whether the DECLARE ahead declares a cursor or cursor variables rather than other variables. */
  static boolean declares(TokenStream in) {
    Token name = in.peek(1);
    if (name.type() == TokenType.VARIABLE) {
      return in.peek(2).is("CURSOR");
    }
    Token next = in.peek(2);
    return next.is("CURSOR") || next.is("INSENSITIVE") || next.is("SCROLL");
  }

  /** Whether the SET ahead assigns a cursor to a cursor variable (SET @c = CURSOR …). */
  static boolean setsCursor(TokenStream in) {
    return in.peek(1).type() == TokenType.VARIABLE && in.peek(2).isSymbol("=") && in.peek(3).is("CURSOR");
  }

  Statement declare() {
    int line = in.line();
    in.expect("DECLARE");
    if (in.peek().type() == TokenType.VARIABLE) {
      return variables(line);
    }
    String name = in.identifier();
    if (in.at("INSENSITIVE") || in.at("SCROLL")) {
      return new CursorStatement.Declare(line, name, isoDefinition());
    }
    return new CursorStatement.Declare(line, name, definition());
  }

  /**
   * DECLARE @c CURSOR [, @d CURSOR | , @v type [= value] …]: the cursor variables, and the other
   * variables declared with them as a plain DECLARE would (both in the batch's one scope).
   */
  private Statement variables(int line) {
    List<String> names = new ArrayList<>();
    List<dev.quern.engine.ast.DeclareStatement.Variable> others = new ArrayList<>();
    do {
      Token v = in.next();
      if (v.type() != TokenType.VARIABLE) {
        throw TokenStream.errorNear(v);
      }
      if (in.accept("CURSOR")) {
        names.add(v.value());
        continue;
      }
      in.accept("AS");
      dev.quern.engine.ast.TypeName type = TypeNameParser.parse(in);
      Expr init = in.acceptSymbol("=") ? expr.parse() : null;
      others.add(new dev.quern.engine.ast.DeclareStatement.Variable(v.value(), type, init));
    } while (in.acceptSymbol(","));
    Statement cursors = new CursorStatement.DeclareVariables(line, List.copyOf(names));
    return others.isEmpty()
        ? cursors
        : new dev.quern.engine.ast.BlockStatement(
            line, List.of(cursors, new dev.quern.engine.ast.DeclareStatement(line, List.copyOf(others))));
  }

  /** {@code [INSENSITIVE] [SCROLL] CURSOR FOR select [FOR {READ ONLY | UPDATE [OF …]}]}. */
  private CursorStatement.Definition isoDefinition() {
    boolean insensitive = in.accept("INSENSITIVE");
    boolean scroll = in.accept("SCROLL");
    in.expect("CURSOR");
    if (!in.at("FOR") && OPTIONS.contains(in.peek().upper())) {
      throw dev.quern.engine.error.CursorErrors.MIXED_SYNTAX.raise();
    }
    in.expect("FOR");
    return tail(new CursorStatement.Options(null, scroll ? Boolean.TRUE : null, insensitive ? "STATIC" : null, null, false, true));
  }

  /** {@code CURSOR [LOCAL|GLOBAL] [FORWARD_ONLY|SCROLL] [kind] [concurrency] [TYPE_WARNING] FOR select …}. */
  private CursorStatement.Definition definition() {
    in.expect("CURSOR");
    Boolean local = null;
    Boolean scroll = null;
    String kind = null;
    String concurrency = null;
    boolean typeWarning = false;
    List<String> written = new ArrayList<>();
    while (!in.at("FOR")) {
      Token t = in.next();
      String w = t.upper();
      written.add(w);
      if ((w.equals("LOCAL") || w.equals("GLOBAL")) && local == null) {
        local = w.equals("LOCAL");
      } else if ((w.equals("FORWARD_ONLY") || w.equals("SCROLL")) && scroll == null) {
        scroll = w.equals("SCROLL");
      } else if (KINDS.contains(w) && kind == null) {
        kind = w;
      } else if (CONCURRENCY.contains(w) && concurrency == null) {
        concurrency = w;
      } else if (w.equals("TYPE_WARNING") && !typeWarning) {
        typeWarning = true;
      } else {
        throw TokenStream.errorNear(t);
      }
    }
    in.expect("FOR");
    if (Boolean.TRUE.equals(scroll) && "FAST_FORWARD".equals(kind)) {
      throw dev.quern.engine.error.CursorErrors.CONFLICTING_OPTIONS.raise(first("SCROLL", "FAST_FORWARD", written), last("SCROLL", "FAST_FORWARD", written));
    }
    CursorStatement.Definition d = tail(new CursorStatement.Options(local, scroll, kind, concurrency, typeWarning, false));
    if (d.readOnly() && "READ_ONLY".equals(concurrency)) {
      throw dev.quern.engine.error.CursorErrors.READ_ONLY_TWICE.raise();
    }
    return d;
  }

  private CursorStatement.Definition tail(CursorStatement.Options options) {
    QuerySpec query = select.query();
    // The cursor's SELECT may carry its query hints (OPTION (KEEPFIXED PLAN) …), as any SELECT.
    new QueryHintsParser(in).parse(new dev.quern.engine.ast.RecursionLimit());
    if (in.at("FOR") && in.peek(1).is("READ")) {
      in.next();
      in.next();
      in.expect("ONLY");
      return new CursorStatement.Definition(options, query, null, true);
    }
    if (in.at("FOR") && in.peek(1).is("UPDATE")) {
      in.next();
      in.next();
      List<String> columns = new ArrayList<>();
      if (in.accept("OF")) {
        do {
          columns.add(NameParser.objectName(in).getLast());
        } while (in.acceptSymbol(","));
      }
      return new CursorStatement.Definition(options, query, List.copyOf(columns), false);
    }
    if (select.forClause() != null) {
      // FOR XML / FOR JSON make no cursor (SQL Server: 16907 "%hs is not allowed in cursor statements.").
      throw dev.quern.engine.error.CursorErrors.NOT_IN_CURSOR.raise("FOR XML/FOR JSON");
    }
    return new CursorStatement.Definition(options, query, null, false);
  }

  /** Of two options, the one written first (1048 names them in the order written). */
  private static String first(String a, String b, List<String> written) {
    return written.indexOf(a) < written.indexOf(b) ? a : b;
  }

  private static String last(String a, String b, List<String> written) {
    return written.indexOf(a) < written.indexOf(b) ? b : a;
  }

  /** SET @c = CURSOR … FOR select. */
  Statement set() {
    int line = in.line();
    in.expect("SET");
    String variable = in.next().value();
    in.expectSymbol("=");
    return new CursorStatement.SetVariable(line, variable, definition(), null);
  }

  Statement open() {
    int line = in.line();
    in.expect("OPEN");
    return new CursorStatement.Open(line, ref());
  }

  Statement close() {
    int line = in.line();
    in.expect("CLOSE");
    return new CursorStatement.Close(line, ref());
  }

  Statement deallocate() {
    int line = in.line();
    in.expect("DEALLOCATE");
    return new CursorStatement.Deallocate(line, ref());
  }

  /** FETCH [[NEXT|PRIOR|FIRST|LAST|ABSOLUTE n|RELATIVE n] FROM] cursor [INTO @a, …]. */
  Statement fetch() {
    int line = in.line();
    in.expect("FETCH");
    String orientation = "NEXT";
    Expr offset = null;
    if (ORIENTATIONS.contains(in.peek().upper()) && in.peek().type() == TokenType.WORD) {
      orientation = in.next().upper();
      if (orientation.equals("ABSOLUTE") || orientation.equals("RELATIVE")) {
        offset = expr.parse();
      }
      in.expect("FROM");
    } else {
      in.accept("FROM");
    }
    CursorStatement.Ref cursor = ref();
    List<String> into = null;
    if (in.accept("INTO")) {
      into = new ArrayList<>();
      do {
        Token v = in.next();
        if (v.type() != TokenType.VARIABLE) {
          throw TokenStream.errorNear(v);
        }
        into.add(v.value());
      } while (in.acceptSymbol(","));
      into = List.copyOf(into);
    }
    return new CursorStatement.Fetch(line, orientation, offset, cursor, into);
  }

  /** {@code [GLOBAL] name} or {@code @variable}. */
  CursorStatement.Ref ref() {
    if (in.peek().type() == TokenType.VARIABLE) {
      return new CursorStatement.Ref(in.next().value(), false);
    }
    boolean global = in.at("GLOBAL") && in.peek(1).isIdentifier();
    if (global) {
      in.next();
    }
    return new CursorStatement.Ref(in.identifier(), global);
  }

  /** After WHERE: {@code CURRENT OF cursor}, or null when an ordinary condition follows. */
  static CursorStatement.Ref currentOf(TokenStream in) {
    if (!in.at("CURRENT") || !in.peek(1).is("OF")) {
      return null;
    }
    in.next();
    in.next();
    return new CursorParser(in, null, null).ref();
  }
}
