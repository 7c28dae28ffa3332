package dev.quern.engine.parser;

import dev.quern.catalog.kv.ReadLocks;
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
 * <p>Quern accepts the hints whose effect it gives. Its READ UNCOMMITTED and READ COMMITTED
 * reads take no locks and never wait (they read the last committed rows, as
 * READ_COMMITTED_SNAPSHOT does), so NOLOCK, READUNCOMMITTED, READCOMMITTED and READCOMMITTEDLOCK
 * read as SQL Server allows them to; lock granularity (ROWLOCK, PAGLOCK, TABLOCK) and plan hints
 * (INDEX, FORCESEEK, FORCESCAN, NOEXPAND) change how, not what, and the bulk-load options
 * (KEEPIDENTITY, KEEPDEFAULTS, IGNORE_*) are accepted on INSERT as SQL Server accepts them outside
 * OPENROWSET. The hints that lock become the read's {@link ReadLocks}: UPDLOCK and XLOCK read the
 * rows as UPDATE does, locked exclusively until the transaction ends (Quern has no update lock
 * mode; its exclusive lock also keeps REPEATABLE READ readers out, which SQL Server's U lock would
 * let in); REPEATABLEREAD keeps a shared lock on each row read; HOLDLOCK (SERIALIZABLE) locks the
 * key range read, so no row appears in it or changes until the transaction ends (one key of the
 * primary key is locked whether or not its row exists: the upsert pattern); NOWAIT fails with
 * 1222 at the first lock another transaction holds; READPAST skips the rows other transactions
 * hold locked (the queue pattern); TABLOCKX locks the whole table exclusively until the
 * transaction ends, keeping other transactions' writers and locking reads of it waiting (READ
 * COMMITTED reads go on reading the last committed rows, as they always do in Quern).
 * On the target of UPDATE or DELETE the rows are locked
 * exclusively anyway, and HOLDLOCK, NOWAIT and READPAST act as on a read; on an INSERT's target,
 * which reads no row, READPAST and NOWAIT are refused. Hints not given (SNAPSHOT and those)
 * are refused with error 40517 rather than ignored: code that uses them relies on what they lock or
 * see. INDEX, FORCESEEK and FORCESCAN are read by {@link AccessHintsReader} and followed by the
 * planner.
 */
final class TableHintParser {
  private static final Set<String> GIVEN =
      Set.of(
          "NOLOCK", "READUNCOMMITTED", "READCOMMITTED", "READCOMMITTEDLOCK", "ROWLOCK", "PAGLOCK",
          "TABLOCK", "NOEXPAND", "FORCESCAN", "FORCESEEK", "INDEX", "KEEPIDENTITY", "KEEPDEFAULTS",
          "IGNORE_CONSTRAINTS", "IGNORE_TRIGGERS", "UPDLOCK", "XLOCK", "HOLDLOCK", "SERIALIZABLE",
          "REPEATABLEREAD", "NOWAIT", "READPAST", "TABLOCKX");

  private static final Set<String> NOT_GIVEN = Set.of("SNAPSHOT", "SPATIAL_WINDOW_MAX_CELLS");

  /** Meaningless on the target of an INSERT, which reads none of its rows: refused, not ignored. */
  private static final Set<String> NOT_GIVEN_ON_INSERT = Set.of("READPAST", "NOWAIT");

  /** Hints that ask for a read without locks; refused on the table a statement changes. */
  private static final Set<String> DIRTY = Set.of("NOLOCK", "READUNCOMMITTED");

  private TableHintParser() {}

  /**
   * After a table (and its alias) in FROM: {@code WITH (…)} or {@code (…)} holding hints, consumed
   * and checked; returns their names upper-cased (empty when neither follows) and adds what INDEX,
   * FORCESEEK and FORCESCAN ask to {@code access}.
   */
  static Set<String> inFrom(TokenStream in, AccessHintsReader access) {
    if (atWithHints(in)) {
      in.next();
      return hintList(in, Target.NONE, access);
    }
    if (atBareHints(in)) {
      return hintList(in, Target.NONE, access);
    }
    return Set.of();
  }

  /** What {@code hints} (checked names, upper case) ask the table's reads to lock. */
  static ReadLocks readLocks(Set<String> hints) {
    ReadLocks.Rows rows =
        hints.contains("UPDLOCK") || hints.contains("XLOCK")
            ? ReadLocks.Rows.EXCLUSIVE
            : hints.contains("REPEATABLEREAD") ? ReadLocks.Rows.SHARED : ReadLocks.Rows.NONE;
    boolean range = hints.contains("HOLDLOCK") || hints.contains("SERIALIZABLE");
    ReadLocks.Wait wait =
        hints.contains("READPAST")
            ? ReadLocks.Wait.SKIP_LOCKED
            : hints.contains("NOWAIT") ? ReadLocks.Wait.NO_WAIT : ReadLocks.Wait.AS_SESSION;
    return new ReadLocks(rows, range, wait, hints.contains("TABLOCKX"));
  }

  /**
   * After the table an INSERT, UPDATE or DELETE changes: {@code WITH (…)} if present. Returns what
   * the hints ask the statement's reads of its target to lock: its rows exclusively in any case,
   * plus HOLDLOCK's range, NOWAIT or READPAST when {@code reads} (UPDATE, DELETE; an INSERT reads
   * no row of its target, so those are refused there). The hints that choose an index are
   * refused on a target (1069, 10724, 10745): SQL Server takes them only where a table is read.
   */
  static ReadLocks onTarget(TokenStream in, boolean reads) {
    Set<String> hints = Set.of();
    if (atWithHints(in)) {
      in.next();
      hints = hintList(in, reads ? Target.READS : Target.WRITES_ONLY, new AccessHintsReader());
    }
    ReadLocks asked = readLocks(hints);
    return new ReadLocks(ReadLocks.Rows.EXCLUSIVE, asked.range(), asked.whenLocked(), asked.table());
  }

  /** The target of an UPDATE, DELETE or MERGE: its TOP, then the hints after its name, if any. */
  static dev.quern.engine.ast.DmlTarget dmlTarget(TokenStream in, dev.quern.engine.ast.Expr top, boolean percent) {
    ReadLocks locks = onTarget(in, true);
    return new dev.quern.engine.ast.DmlTarget(top, percent, locks);
  }

  /**
   * Whether the hint list that follows (not consumed) names TABLOCK or TABLOCKX: an INSERT
   * target's table lock ({@code INSERT INTO t WITH (TABLOCK)}, which Quern takes exclusively either
   * way; after an INSERT's table a bare parenthesis is its column list).
   */
  static boolean asksTableLock(TokenStream in) {
    if (!atWithHints(in)) {
      return false;
    }
    int i = 2;
    for (Token t = in.peek(i); !t.isSymbol(")") && t.type() != TokenType.EOF; t = in.peek(++i)) {
      if (t.is("TABLOCK") || t.is("TABLOCKX")) {
        return true;
      }
    }
    return false;
  }

  /** Where a hint list stands: after a table read (FROM) or the target of a change. */
  private enum Target {
    NONE,
    READS,
    WRITES_ONLY
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

  private static Set<String> hintList(TokenStream in, Target where, AccessHintsReader access) {
    boolean target = where != Target.NONE;
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
      access.read(in, hint);
      if (target) {
        AccessHintsReader.refuseOnTarget(hint);
      }
      if (target && DIRTY.contains(hint)) {
        throw SqlErrors.DIRTY_READ_HINT_ON_TARGET.raise();
      }
      hints.add(hint);
    } while (in.acceptSymbol(","));
    in.expectSymbol(")");
    access.check();
    if (hints.stream().anyMatch(DIRTY::contains)
        && hints.stream().anyMatch(h -> !DIRTY.contains(h) && lockingHint(h))) {
      throw SqlErrors.CONFLICTING_LOCK_HINTS.raise();
    }
    for (String h : hints) {
      if (NOT_GIVEN.contains(h) || (where == Target.WRITES_ONLY && NOT_GIVEN_ON_INSERT.contains(h))) {
        throw SqlErrors.OPTION_NOT_SUPPORTED.raise(h);
      }
    }
    if (hints.contains("READPAST") && hints.contains("NOWAIT")) {
      throw SqlErrors.CONFLICTING_LOCK_HINTS.raise(); // skip a locked row, or fail on it?
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
}
