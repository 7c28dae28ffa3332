package dev.quern.engine.binder;

import dev.quern.engine.ast.TableSource;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * FROM sources bound early to learn their columns ({@code SELECT *}, PIVOT, APPLY's left side),
 * kept until the binding of their query binds them for real and takes them.
 *
 * <p>Why: learning a derived table's or a view's columns means binding its whole query, and the
 * binding of the enclosing query then binds it again. A derived table nested in another one {@code
 * n} deep was so bound 2^n times (a 500-deep {@code SELECT * FROM (SELECT * FROM (…) x) x} never
 * finished). Keyed by the source's identity in the syntax tree, so each occurrence is bound once:
 * two references to one common table expression are two occurrences of one node and are bound
 * once each (the first takes what was learned; the second binds again).
 *
 * <p>For the same reason it keeps, once per batch, the column names of an inline table-valued
 * function (learned by expanding it) and the aggregate width of a grouped block with window
 * functions (learned by a trial binding of its expressions).
 */
final class LearnedSources {
  private final Map<TableSource, SourceBinder.Bound> learned = new IdentityHashMap<>();
  private final Map<TableSource, TableSource> rewrites = new IdentityHashMap<>();
  private final Map<Object, java.util.List<String>> names = new java.util.HashMap<>();
  private final Map<Object, Integer> widths = new IdentityHashMap<>();
  private long sourceBinds;
  private long statementBinds;

  /** {@code source} bound by {@code binding}, or as bound already for an earlier look at its columns. */
  SourceBinder.Bound learn(TableSource source, Supplier<SourceBinder.Bound> binding) {
    SourceBinder.Bound known = learned.get(source);
    if (known != null) {
      return known;
    }
    countBind();
    SourceBinder.Bound bound = binding.get();
    learned.put(source, bound);
    return bound;
  }

  /** What {@link #learn} bound for {@code source}, removed (the real binding uses it once); else null. */
  SourceBinder.Bound take(TableSource source) {
    return learned.remove(source);
  }

  /**
   * {@code source} rewritten as another (PIVOT as a grouped derived table), one rewrite per
   * occurrence, so that what was learned of the rewrite serves its real binding.
   */
  TableSource rewritten(TableSource source, Supplier<TableSource> rewrite) {
    TableSource known = rewrites.get(source);
    if (known == null) {
      known = rewrite.get();
      rewrites.put(source, known);
    }
    return known;
  }

  /**
   * How many sources one statement may bind: 8623 past it. SQL Server documents no limit ("limited
   * only by available resources") and answers 8623 when compiling runs out of them; a statement
   * that inlines common table expressions which read the one before twice binds 2^n sources, and
   * past this many the plan would hold gigabytes. A decision, far above what real queries bind.
   */
  static final long MAX_STATEMENT_BINDS = 1_000_000;

  /** A statement's binding starts: its count of sources starts again. */
  void startStatement() {
    statementBinds = 0;
  }

  /** The column names {@code key} (an inline function of a database) has, learned once. */
  java.util.List<String> names(Object key, Supplier<java.util.List<String>> learn) {
    java.util.List<String> known = names.get(key);
    if (known == null) {
      known = learn.get();
      names.put(key, known);
    }
    return known;
  }

  /** How many aggregate columns a grouped block with window functions has, counted once. */
  int width(dev.quern.engine.ast.QuerySpec block, java.util.function.IntSupplier count) {
    Integer known = widths.get(block);
    if (known == null) {
      known = count.getAsInt();
      widths.put(block, known);
    }
    return known;
  }

  /** Counts a source bound from its syntax (not taken from what was learned); 8623 past the limit. */
  void countBind() {
    sourceBinds++;
    if (++statementBinds > MAX_STATEMENT_BINDS) {
      throw dev.quern.engine.error.SqlErrors.QUERY_TOO_COMPLEX.raise();
    }
  }

  /** How many sources were bound from their syntax in this batch: what tests hold to linear. */
  long sourceBinds() {
    return sourceBinds;
  }
}
