package dev.quern.engine.parser;

import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.lexer.Token;
import dev.quern.engine.lexer.TokenType;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Table hints after a table name: {@code WITH (NOLOCK)}, {@code WITH (ROWLOCK, INDEX(ix))}, and in
 * FROM the older form without WITH, {@code FROM t (NOLOCK)}.
 *
 * <p>Quern accepts the hints whose effect it gives, which are the ones that ask for no more than
 * its reads already do: its READ UNCOMMITTED and READ COMMITTED reads take no locks and never
 * wait (they read the last committed rows, as READ_COMMITTED_SNAPSHOT does), so NOLOCK,
 * READUNCOMMITTED, READCOMMITTED and READCOMMITTEDLOCK read as SQL Server allows them to; lock
 * granularity (ROWLOCK, PAGLOCK, TABLOCK) and plan hints (INDEX, FORCESEEK, FORCESCAN, NOEXPAND)
 * change how, not what, and the bulk-load options (KEEPIDENTITY, KEEPDEFAULTS, IGNORE_*) are
 * accepted on INSERT as SQL Server accepts them outside OPENROWSET. UPDLOCK and XLOCK are given:
 * the table's rows are read as UPDATE reads them, locked exclusively until the transaction ends
 * (Quern has no update lock mode; its exclusive lock also keeps REPEATABLE READ readers out, which
 * SQL Server's U lock would let in); on a DML target they are what the statement does anyway.
 * HOLDLOCK (or SERIALIZABLE) with UPDLOCK/XLOCK is given on a primary-key lookup, the upsert
 * pattern: the key is locked whether or not a row is there, so nobody inserts it meanwhile (any
 * other plan for such a read is refused when it runs). Hints that would make a read lock ranges or
 * hold shared locks beyond the session's isolation level (HOLDLOCK or SERIALIZABLE alone,
 * REPEATABLEREAD, TABLOCKX), or change what a read waits for or sees (NOWAIT, READPAST,
 * SNAPSHOT), are refused with error 40517 rather than ignored: the upsert and queue patterns that
 * use them rely on their locks, and running them without would silently lose their guarantee.
 */
final class TableHintParser {
  private static final Set<String> GIVEN =
      Set.of(
          "NOLOCK", "READUNCOMMITTED", "READCOMMITTED", "READCOMMITTEDLOCK", "ROWLOCK", "PAGLOCK",
          "TABLOCK", "NOEXPAND", "FORCESCAN", "FORCESEEK", "INDEX", "KEEPIDENTITY", "KEEPDEFAULTS",
          "IGNORE_CONSTRAINTS", "IGNORE_TRIGGERS", "UPDLOCK", "XLOCK", "HOLDLOCK", "SERIALIZABLE");

  private static final Set<String> NOT_GIVEN =
      Set.of(
          "REPEATABLEREAD", "TABLOCKX", "NOWAIT", "READPAST", "SNAPSHOT", "SPATIAL_WINDOW_MAX_CELLS");

  /** Hints that ask for a read without locks; refused on the table a statement changes. */
  private static final Set<String> DIRTY = Set.of("NOLOCK", "READUNCOMMITTED");

  private TableHintParser() {}

  /**
   * After a table (and its alias) in FROM: {@code WITH (…)} or {@code (…)} holding hints, consumed
   * and checked; returns their names upper-cased (empty when neither follows).
   */
  static Set<String> inFrom(TokenStream in) {
    if (atWithHints(in)) {
      in.next();
      return hintList(in, false);
    }
    if (atBareHints(in)) {
      return hintList(in, false);
    }
    return Set.of();
  }

  /** Whether {@code hints} ask for the table's rows to be read under exclusive row locks. */
  static boolean updateLocks(Set<String> hints) {
    return hints.contains("UPDLOCK") || hints.contains("XLOCK");
  }

  /** Whether {@code hints} also ask for the keys read to stay locked (HOLDLOCK, SERIALIZABLE). */
  static boolean holdLock(Set<String> hints) {
    return hints.contains("HOLDLOCK") || hints.contains("SERIALIZABLE");
  }

  /** After the table an INSERT, UPDATE or DELETE changes: {@code WITH (…)} if present. */
  static void onTarget(TokenStream in) {
    if (atWithHints(in)) {
      in.next();
      hintList(in, true);
    }
  }

  /**
   * Whether a {@code (} after a table name opens hints rather than a table-valued function's
   * arguments: {@code t (NOLOCK)} — a hint name alone or followed by a comma.
   */
  static boolean atBareHints(TokenStream in) {
    if (!in.atSymbol("(")) {
      return false;
    }
    Token name = in.peek(1);
    Token after = in.peek(2);
    return name.type() == TokenType.WORD
        && isHintName(name.upper())
        && (after.isSymbol(")") || after.isSymbol(","));
  }

  private static boolean atWithHints(TokenStream in) {
    // WITH ( — a common table expression of the next statement is WITH name AS (…).
    return in.at("WITH") && in.peek(1).isSymbol("(");
  }

  private static boolean isHintName(String upper) {
    return GIVEN.contains(upper) || NOT_GIVEN.contains(upper);
  }

  private static Set<String> hintList(TokenStream in, boolean target) {
    in.expectSymbol("(");
    Set<String> hints = new LinkedHashSet<>();
    do {
      Token t = in.next();
      if (t.type() != TokenType.WORD && t.type() != TokenType.QUOTED_IDENT) {
        throw TokenStream.errorNear(t);
      }
      String hint = t.value().toUpperCase(Locale.ROOT);
      if (!isHintName(hint)) {
        throw SqlErrors.UNKNOWN_TABLE_HINT.raise(t.value());
      }
      skipArguments(in, hint);
      if (target && DIRTY.contains(hint)) {
        throw SqlErrors.DIRTY_READ_HINT_ON_TARGET.raise();
      }
      hints.add(hint);
    } while (in.acceptSymbol(","));
    in.expectSymbol(")");
    if (hints.stream().anyMatch(DIRTY::contains)
        && hints.stream().anyMatch(h -> !DIRTY.contains(h) && lockingHint(h))) {
      throw SqlErrors.CONFLICTING_LOCK_HINTS.raise();
    }
    for (String h : hints) {
      if (NOT_GIVEN.contains(h)) {
        throw SqlErrors.OPTION_NOT_SUPPORTED.raise(h);
      }
    }
    if (holdLock(hints) && !updateLocks(hints) && !target) {
      // Shared range locks of one table under a weaker session level: not given (yet).
      throw SqlErrors.OPTION_NOT_SUPPORTED.raise(hints.contains("HOLDLOCK") ? "HOLDLOCK" : "SERIALIZABLE");
    }
    return hints;
  }

  /**
   * Hints asking for locks or another isolation level, which a read without locks contradicts
   * (SQL Server's error 1047). Granularity hints are not among them: they say how locks would be
   * taken, not that they are.
   */
  private static boolean lockingHint(String hint) {
    return switch (hint) {
      case "READCOMMITTED", "READCOMMITTEDLOCK", "UPDLOCK", "XLOCK", "HOLDLOCK", "SERIALIZABLE",
          "REPEATABLEREAD", "TABLOCKX", "READPAST", "SNAPSHOT" ->
          true;
      default -> false;
    };
  }

  /** {@code INDEX (a, b)}, {@code INDEX = a}, {@code FORCESEEK (ix (c))}, {@code … = n}. */
  private static void skipArguments(TokenStream in, String hint) {
    if (in.acceptSymbol("=")) {
      in.next();
      return;
    }
    if (!in.atSymbol("(") || !(hint.equals("INDEX") || hint.equals("FORCESEEK"))) {
      return;
    }
    int depth = 0;
    do {
      Token t = in.next();
      if (t.type() == TokenType.EOF) {
        throw in.unexpected();
      }
      if (t.isSymbol("(")) {
        depth++;
      } else if (t.isSymbol(")")) {
        depth--;
      }
    } while (depth > 0);
  }
}
