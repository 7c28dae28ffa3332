package dev.quern.engine.parser;

import dev.quern.engine.ast.Statement;
import dev.quern.engine.ast.TableMaintenanceStatement;
import dev.quern.engine.error.ChangeTrackingErrors;
import dev.quern.engine.error.ErrorTemplate;
import dev.quern.engine.lexer.Token;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The change tracking clauses ("Enable and Disable Change Tracking"): {@code ALTER DATABASE … SET
 * CHANGE_TRACKING {= ON [(options)] | = OFF | (options)}} with the options {@code CHANGE_RETENTION
 * = n {DAYS | HOURS | MINUTES}} and {@code AUTO_CLEANUP = {ON | OFF}}, and {@code ALTER TABLE …
 * {ENABLE | DISABLE} CHANGE_TRACKING [WITH (TRACK_COLUMNS_UPDATED = {ON | OFF})]}.
 */
final class ChangeTrackingOptionsParser {
  /** The unit of a CHANGE_RETENTION written with another word (SQL Server takes the plurals only). */
  private static final ErrorTemplate UNKNOWN_UNIT = new ErrorTemplate(155, 15, 2,
      "'%s' is not a recognized CHANGE RETENTION UNIT option.", dev.quern.engine.error.Abort.STATEMENT);
  private static final Set<String> UNITS = Set.of("DAYS", "HOURS", "MINUTES");

  private ChangeTrackingOptionsParser() {}

  /**
   * After the word CHANGE_TRACKING: puts CHANGE_TRACKING (ON, OFF, or SET when only options are
   * changed), CHANGE_RETENTION ("2 DAYS") and AUTO_CLEANUP into {@code options}.
   */
  static void parse(TokenStream in, Map<String, String> options) {
    String mode = "SET";
    if (in.acceptSymbol("=")) {
      Token v = in.next();
      if (!v.is("ON") && !v.is("OFF")) {
        throw TokenStream.errorNear(v);
      }
      mode = v.value().toUpperCase(Locale.ROOT);
    }
    options.put("CHANGE_TRACKING", mode);
    if (mode.equals("OFF") || mode.equals("ON") && !in.atSymbol("(")) {
      return;
    }
    in.expectSymbol("(");
    do {
      Token name = in.next();
      String option = name.value().toUpperCase(Locale.ROOT);
      if (!option.equals("CHANGE_RETENTION") && !option.equals("AUTO_CLEANUP")) {
        throw TokenStream.errorNear(name);
      }
      if (options.containsKey(option)) {
        throw ChangeTrackingErrors.OPTION_REPEATED.raise(option);
      }
      in.expectSymbol("=");
      Token value = in.next();
      if (option.equals("AUTO_CLEANUP")) {
        if (!value.is("ON") && !value.is("OFF")) {
          throw TokenStream.errorNear(value);
        }
        options.put(option, value.value().toUpperCase(Locale.ROOT));
      } else {
        StorageClauses.number(value);
        Token unit = in.next();
        String u = unit.value().toUpperCase(Locale.ROOT);
        if (!UNITS.contains(u)) {
          throw UNKNOWN_UNIT.raise(unit.value());
        }
        options.put(option, value.value() + " " + u);
      }
    } while (in.acceptSymbol(","));
    in.expectSymbol(")");
  }

  /** {@code {ENABLE | DISABLE} CHANGE_TRACKING [WITH (TRACK_COLUMNS_UPDATED = …)]} after ALTER TABLE name. */
  static Statement table(TokenStream in, int line, List<String> table) {
    boolean enable = in.next().is("ENABLE");
    in.expect("CHANGE_TRACKING");
    if (!enable) {
      return new TableMaintenanceStatement(line, TableMaintenanceStatement.Kind.DISABLE_CHANGE_TRACKING, table, null,
          null);
    }
    String columns = "OFF";
    if (in.at("WITH") && in.peek(1).isSymbol("(")) {
      in.next();
      in.expectSymbol("(");
      in.expect("TRACK_COLUMNS_UPDATED");
      in.expectSymbol("=");
      Token v = in.next();
      if (!v.is("ON") && !v.is("OFF")) {
        throw TokenStream.errorNear(v);
      }
      columns = v.value().toUpperCase(Locale.ROOT);
      in.expectSymbol(")");
    }
    return new TableMaintenanceStatement(line, TableMaintenanceStatement.Kind.ENABLE_CHANGE_TRACKING, table, null,
        columns);
  }
}
