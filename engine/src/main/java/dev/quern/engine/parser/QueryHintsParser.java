package dev.quern.engine.parser;

import dev.quern.engine.ast.RecursionLimit;
import dev.quern.engine.ast.SelectStatement;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.lexer.Token;
import dev.quern.engine.lexer.TokenType;

/**
 * {@code OPTION (hint, …)} at the end of a SELECT, INSERT, UPDATE, DELETE or MERGE ("Query hints
 * (Transact-SQL)"), with or without common table expressions.
 *
 * <p>MAXRECURSION n (0 to 32767, 0: no limit) bounds the statement's recursive common tables.
 * The other hints direct SQL Server's optimizer and never change a result: Quern checks their
 * syntax and leaves its plan to its own optimizer. MAXDOP n is returned: it bounds the threads a
 * SELECT's whole-table aggregate may scan on (other plans run on one thread anyway). RECOMPILE and
 * the plan-shape hints are met anyway (each statement is bound for the values it runs with); the
 * join, union and group algorithm hints, FORCE ORDER, FAST n and the rest are not followed.
 */
final class QueryHintsParser {
  private final TokenStream in;

  QueryHintsParser(TokenStream in) {
    this.in = in;
  }

  /**
   * Parses the OPTION clause if one follows; sets {@code recursion} from MAXRECURSION. Returns the
   * MAXDOP hint's value (the last one given), or {@link SelectStatement#NO_MAXDOP}.
   */
  int parse(RecursionLimit recursion) {
    int maxDop = SelectStatement.NO_MAXDOP;
    if (!in.accept("OPTION")) {
      return maxDop;
    }
    in.expectSymbol("(");
    do {
      if (in.at("MAXDOP")) {
        in.next();
        maxDop = maxDop();
      } else {
        hint(recursion);
      }
    } while (in.acceptSymbol(","));
    in.expectSymbol(")");
    return maxDop;
  }

  /** MAXDOP's number (0: every processor). */
  private int maxDop() {
    Token n = in.next();
    if (n.type() != TokenType.NUMBER) {
      throw TokenStream.errorNear(n);
    }
    try {
      return Integer.parseInt(n.value());
    } catch (NumberFormatException e) {
      throw TokenStream.errorNear(n);
    }
  }

  private void hint(RecursionLimit recursion) {
    Token hint = in.next();
    switch (hint.upper()) {
      case "MAXRECURSION" -> recursion.set(maxRecursion());
      case "RECOMPILE", "NO_PERFORMANCE_SPOOL", "IGNORE_NONCLUSTERED_COLUMNSTORE_INDEX" -> { }
      case "EXPAND" -> in.expect("VIEWS");
      case "FORCE" -> {
        if (!in.accept("ORDER") && !in.accept("EXTERNALPUSHDOWN") && !in.accept("SCALEOUTEXECUTION")) {
          throw in.unexpected();
        }
      }
      case "HASH", "ORDER", "MERGE", "CONCAT", "LOOP" -> {
        Token what = in.next();
        if (!what.is("JOIN") && !what.is("UNION") && !what.is("GROUP")) {
          throw TokenStream.errorNear(what);
        }
      }
      case "KEEP", "KEEPFIXED", "ROBUST" -> in.expect("PLAN");
      case "DISABLE" -> in.expect("EXTERNALPUSHDOWN");
      case "FAST", "QUERYTRACEON" -> number();
      case "MAX_GRANT_PERCENT", "MIN_GRANT_PERCENT" -> {
        in.expectSymbol("=");
        number();
      }
      case "PARAMETERIZATION" -> {
        if (!in.accept("SIMPLE") && !in.accept("FORCED")) {
          throw in.unexpected();
        }
      }
      case "OPTIMIZE" -> optimizeFor();
      case "USE" -> use();
      case "LABEL" -> {
        in.expectSymbol("=");
        in.stringLiteral();
      }
      case "TABLE" -> tableHint();
      default -> throw TokenStream.errorNear(hint);
    }
  }

  private int maxRecursion() {
    Token n = in.next();
    int max;
    try {
      max = Integer.parseInt(n.value());
    } catch (NumberFormatException e) {
      throw TokenStream.errorNear(n);
    }
    if (max < 0 || max > 32767) {
      throw SqlErrors.MAXRECURSION_RANGE.raise(n.value());
    }
    return max;
  }

  private void number() {
    Token n = in.next();
    if (n.type() != TokenType.NUMBER) {
      throw TokenStream.errorNear(n);
    }
  }

  /** OPTIMIZE FOR UNKNOWN, or OPTIMIZE FOR (@v UNKNOWN | @v = literal, …). */
  private void optimizeFor() {
    in.expect("FOR");
    if (in.accept("UNKNOWN")) {
      return;
    }
    in.expectSymbol("(");
    do {
      Token v = in.next();
      if (v.type() != TokenType.VARIABLE) {
        throw TokenStream.errorNear(v);
      }
      if (!in.accept("UNKNOWN")) {
        in.expectSymbol("=");
        literal();
      }
    } while (in.acceptSymbol(","));
    in.expectSymbol(")");
  }

  private void literal() {
    in.acceptSymbol("-");
    Token t = in.next();
    if (t.type() != TokenType.NUMBER && t.type() != TokenType.STRING && t.type() != TokenType.NSTRING
        && !t.is("NULL")) {
      throw TokenStream.errorNear(t);
    }
  }

  /** USE HINT ('name' [, …]) or USE PLAN N'xml'. */
  private void use() {
    if (in.accept("PLAN")) {
      in.stringLiteral();
      return;
    }
    in.expect("HINT");
    in.expectSymbol("(");
    do {
      in.stringLiteral();
    } while (in.acceptSymbol(","));
    in.expectSymbol(")");
  }

  /** TABLE HINT (exposed_name [, table_hint …]): parenthesized, skipped as a whole. */
  private void tableHint() {
    in.expect("HINT");
    in.expectSymbol("(");
    int depth = 1;
    while (depth > 0) {
      Token t = in.next();
      if (t.type() == TokenType.EOF) {
        throw TokenStream.errorNear(t);
      }
      if (t.isSymbol("(")) {
        depth++;
      } else if (t.isSymbol(")")) {
        depth--;
      }
    }
  }
}
