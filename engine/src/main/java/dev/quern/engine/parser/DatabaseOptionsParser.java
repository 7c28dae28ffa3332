package dev.quern.engine.parser;

import dev.quern.engine.ast.AlterDatabaseStatement;
import dev.quern.engine.ast.Statement;
import dev.quern.engine.lexer.Token;
import dev.quern.engine.lexer.TokenType;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code ALTER DATABASE {name | CURRENT} SET option [, …] [WITH ROLLBACK IMMEDIATE | ROLLBACK AFTER
 * n [SECONDS] | NO_WAIT]}: the database options SSMS's "Script Database as" and migration scripts
 * write. Each option is read into the name the catalog keeps it under and its value; whether
 * Quern takes the value is the executor's question.
 */
final class DatabaseOptionsParser {
  /** Options written {@code NAME {ON | OFF}}. */
  private static final Set<String> ON_OFF = Set.of(
      "AUTO_CLOSE", "AUTO_SHRINK", "AUTO_CREATE_STATISTICS", "AUTO_UPDATE_STATISTICS",
      "AUTO_UPDATE_STATISTICS_ASYNC", "ANSI_NULL_DEFAULT", "ANSI_NULLS", "ANSI_PADDING", "ANSI_WARNINGS",
      "ARITHABORT", "CONCAT_NULL_YIELDS_NULL", "NUMERIC_ROUNDABORT", "QUOTED_IDENTIFIER", "RECURSIVE_TRIGGERS",
      "CURSOR_CLOSE_ON_COMMIT", "TRUSTWORTHY", "DB_CHAINING", "DATE_CORRELATION_OPTIMIZATION",
      "HONOR_BROKER_PRIORITY", "READ_COMMITTED_SNAPSHOT", "ALLOW_SNAPSHOT_ISOLATION", "MIXED_PAGE_ALLOCATION",
      "ENCRYPTION", "TEMPORAL_HISTORY_RETENTION");

  /** Options written {@code NAME value} with one of the listed values. */
  private static final Map<String, Set<String>> CHOICES = Map.of(
      "RECOVERY", Set.of("FULL", "SIMPLE", "BULK_LOGGED"),
      "CURSOR_DEFAULT", Set.of("LOCAL", "GLOBAL"),
      "PARAMETERIZATION", Set.of("SIMPLE", "FORCED"),
      "PAGE_VERIFY", Set.of("CHECKSUM", "TORN_PAGE_DETECTION", "NONE"));

  /** Options written {@code NAME = value}. */
  private static final Set<String> ASSIGNED = Set.of(
      "COMPATIBILITY_LEVEL", "TARGET_RECOVERY_TIME", "DELAYED_DURABILITY", "QUERY_STORE",
      "ACCELERATED_DATABASE_RECOVERY");

  /** Bare words and the option they set. */
  private static final Map<String, String> BARE = Map.ofEntries(
      Map.entry("MULTI_USER", "USER_ACCESS"), Map.entry("SINGLE_USER", "USER_ACCESS"),
      Map.entry("RESTRICTED_USER", "USER_ACCESS"), Map.entry("READ_WRITE", "UPDATEABILITY"),
      Map.entry("READ_ONLY", "UPDATEABILITY"), Map.entry("ONLINE", "STATE"), Map.entry("OFFLINE", "STATE"),
      Map.entry("EMERGENCY", "STATE"), Map.entry("ENABLE_BROKER", "BROKER"), Map.entry("DISABLE_BROKER", "BROKER"),
      Map.entry("NEW_BROKER", "BROKER"), Map.entry("ERROR_BROKER_CONVERSATIONS", "BROKER"));

  private DatabaseOptionsParser() {}

  /** Whether the statement ahead is ALTER DATABASE … SET or ALTER DATABASE … COLLATE. */
  static boolean starts(TokenStream in) {
    return in.peek().is("ALTER") && in.peek(1).is("DATABASE")
        && (in.peek(3).is("SET") || in.peek(3).is("COLLATE") || in.peek(2).is("SCOPED"));
  }

  static Statement parse(TokenStream in) {
    int line = in.line();
    in.expect("ALTER");
    in.expect("DATABASE");
    if (in.at("SCOPED")) {
      throw dev.quern.engine.error.SqlErrors.OPTION_NOT_SUPPORTED.raise("ALTER DATABASE SCOPED CONFIGURATION");
    }
    String database = in.accept("CURRENT") ? null : in.identifier();
    if (in.accept("COLLATE")) {
      return new AlterDatabaseStatement(line, database, Map.of(), Collations.name(in, false));
    }
    in.expect("SET");
    Map<String, String> options = new LinkedHashMap<>();
    do {
      Token name = in.next();
      String option = name.value().toUpperCase(Locale.ROOT);
      if (name.type() != TokenType.WORD) {
        throw TokenStream.errorNear(name);
      }
      if (option.equals("CHANGE_TRACKING")) {
        ChangeTrackingOptionsParser.parse(in, options);
      } else if (BARE.containsKey(option)) {
        options.put(BARE.get(option), option);
      } else if (ON_OFF.contains(option)) {
        options.put(option, word(in, Set.of("ON", "OFF")));
        if (option.equals("AUTO_CREATE_STATISTICS") && in.atSymbol("(")) {
          StorageClauses.skipParenthesized(in); // (INCREMENTAL = ON)
        }
      } else if (CHOICES.containsKey(option)) {
        options.put(option, word(in, CHOICES.get(option)));
      } else if (ASSIGNED.contains(option)) {
        if (option.equals("QUERY_STORE") && in.at("CLEAR")) {
          in.next();
          in.accept("ALL");
          continue;
        }
        in.expectSymbol("=");
        Token value = in.next();
        String v = value.value().toUpperCase(Locale.ROOT);
        if (option.equals("TARGET_RECOVERY_TIME")) {
          StorageClauses.number(value);
          Token unit = in.next();
          if (!unit.is("SECONDS") && !unit.is("MINUTES")) {
            throw TokenStream.errorNear(unit);
          }
          v = v + " " + unit.value().toUpperCase(Locale.ROOT);
        } else if (option.equals("COMPATIBILITY_LEVEL")) {
          StorageClauses.number(value);
        }
        if (in.atSymbol("(")) {
          StorageClauses.skipParenthesized(in); // QUERY_STORE = ON (…), ADR (PERSISTENT_VERSION_STORE…)
        }
        options.put(option, v);
      } else {
        throw TokenStream.errorNear(name);
      }
    } while (in.acceptSymbol(","));
    if (in.accept("WITH")) {
      // How other sessions' work ends before the change: Quern applies options without waiting.
      if (in.accept("ROLLBACK")) {
        if (in.accept("AFTER")) {
          StorageClauses.number(in.next());
          in.accept("SECONDS");
        } else {
          in.expect("IMMEDIATE");
        }
      } else {
        in.expect("NO_WAIT");
      }
    }
    return new AlterDatabaseStatement(line, database, options);
  }

  private static String word(TokenStream in, Set<String> allowed) {
    Token v = in.next();
    String value = v.value().toUpperCase(Locale.ROOT);
    if (v.type() != TokenType.WORD || !allowed.contains(value)) {
      throw TokenStream.errorNear(v);
    }
    return value;
  }
}
