package dev.quern.engine.parser;

import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.PeriodDefinition;
import dev.quern.engine.ast.SystemTimeClause;
import dev.quern.engine.ast.SystemVersioning;
import dev.quern.engine.lexer.Token;
import java.util.List;
import java.util.Locale;

/**
 * The clauses of system-versioned temporal tables: {@code PERIOD FOR SYSTEM_TIME (start, end)},
 * the {@code SYSTEM_VERSIONING} option of CREATE TABLE … WITH and ALTER TABLE … SET, and a FROM
 * table's {@code FOR SYSTEM_TIME …}.
 */
final class SystemTimeParser {
  private static final java.util.Set<String> RETENTION_UNITS =
      java.util.Set.of("DAY", "DAYS", "WEEK", "WEEKS", "MONTH", "MONTHS", "YEAR", "YEARS");

  private SystemTimeParser() {}

  /** Whether {@code PERIOD FOR SYSTEM_TIME} starts here. */
  static boolean atPeriod(TokenStream in) {
    return in.at("PERIOD") && in.peek(1).is("FOR") && in.peek(2).is("SYSTEM_TIME");
  }

  static PeriodDefinition period(TokenStream in) {
    in.expect("PERIOD");
    in.expect("FOR");
    in.expect("SYSTEM_TIME");
    in.expectSymbol("(");
    String start = in.identifier();
    in.expectSymbol(",");
    String end = in.identifier();
    in.expectSymbol(")");
    return new PeriodDefinition(start, end);
  }

  /** {@code = ON [(…)] | = OFF}, after the SYSTEM_VERSIONING keyword. */
  static SystemVersioning versioning(TokenStream in) {
    in.expectSymbol("=");
    if (in.accept("OFF")) {
      return new SystemVersioning(false, null, true, null);
    }
    in.expect("ON");
    List<String> history = null;
    boolean check = true;
    String retention = null;
    if (in.acceptSymbol("(")) {
      do {
        Token option = in.next();
        in.expectSymbol("=");
        if (option.is("HISTORY_TABLE")) {
          history = NameParser.objectName(in);
        } else if (option.is("DATA_CONSISTENCY_CHECK")) {
          check = onOff(in);
        } else if (option.is("HISTORY_RETENTION_PERIOD")) {
          retention = retention(in);
        } else {
          throw TokenStream.errorNear(option);
        }
      } while (in.acceptSymbol(","));
      in.expectSymbol(")");
    }
    return new SystemVersioning(true, history, check, retention);
  }

  private static boolean onOff(TokenStream in) {
    if (in.accept("ON")) {
      return true;
    }
    in.expect("OFF");
    return false;
  }

  /** {@code INFINITE | number unit}, kept as "INFINITE" or "6 MONTHS". */
  private static String retention(TokenStream in) {
    if (in.accept("INFINITE")) {
      return "INFINITE";
    }
    long count = in.signedNumber();
    Token unit = in.next();
    String name = unit.value().toUpperCase(Locale.ROOT);
    if (!RETENTION_UNITS.contains(name)) {
      throw dev.quern.engine.error.TemporalErrors.RETENTION_UNIT.raise(unit.value());
    }
    if (count <= 0) {
      throw dev.quern.engine.error.TemporalErrors.RETENTION_VALUE.raise(String.valueOf(count));
    }
    return count + " " + (name.endsWith("S") ? name : name + "S");
  }

  /** Whether a FROM table's {@code FOR SYSTEM_TIME} starts here (not FOR XML, JSON or BROWSE). */
  static boolean atSystemTime(TokenStream in) {
    return in.at("FOR") && in.peek(1).is("SYSTEM_TIME");
  }

  /** {@code FOR SYSTEM_TIME {AS OF t | FROM a TO b | BETWEEN a AND b | CONTAINED IN (a, b) | ALL}}. */
  static SystemTimeClause systemTime(TokenStream in, ExpressionParser expr) {
    in.expect("FOR");
    in.expect("SYSTEM_TIME");
    if (in.accept("ALL")) {
      return new SystemTimeClause(SystemTimeClause.Kind.ALL, null, null);
    }
    if (in.accept("AS")) {
      in.expect("OF");
      return new SystemTimeClause(SystemTimeClause.Kind.AS_OF, expr.operand(), null);
    }
    if (in.accept("FROM")) {
      Expr from = expr.operand();
      in.expect("TO");
      return new SystemTimeClause(SystemTimeClause.Kind.FROM_TO, from, expr.operand());
    }
    if (in.accept("BETWEEN")) {
      Expr from = expr.operand();
      in.expect("AND");
      return new SystemTimeClause(SystemTimeClause.Kind.BETWEEN, from, expr.operand());
    }
    in.expect("CONTAINED");
    in.expect("IN");
    in.expectSymbol("(");
    Expr from = expr.operand();
    in.expectSymbol(",");
    Expr to = expr.operand();
    in.expectSymbol(")");
    return new SystemTimeClause(SystemTimeClause.Kind.CONTAINED_IN, from, to);
  }
}
