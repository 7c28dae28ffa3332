package dev.quern.engine.ast;

import java.util.ArrayList;
import java.util.List;

/**
 * The table hints that choose how a table is read ("Table hints (Transact-SQL)"): {@code INDEX (a,
 * b)} / {@code INDEX = a} ({@code indexes}, names or ids as written), {@code FORCESEEK} with its
 * optional {@code (index (columns))} ({@code seekIndex} null when bare) and {@code FORCESCAN}. The
 * binder resolves them against the table (307, 308, 362, 365) and the planner follows them. {@code
 * pageLock}: PAGLOCK was given, which an index with ALLOW_PAGE_LOCKS = OFF refuses (651).
 */
public record IndexHints(
    List<String> indexes, boolean forceSeek, String seekIndex, List<String> seekColumns, boolean forceScan,
    boolean pageLock, boolean noExpand) {
  public static final IndexHints NONE = new IndexHints(List.of(), false, null, List.of(), false, false);

  /** Hints without NOEXPAND. */
  public IndexHints(
      List<String> indexes, boolean forceSeek, String seekIndex, List<String> seekColumns, boolean forceScan, boolean pageLock) {
    this(indexes, forceSeek, seekIndex, seekColumns, forceScan, pageLock, false);
  }

  /** These hints with NOEXPAND given or not: an indexed view is then read from its stored rows. */
  public IndexHints withNoExpand(boolean given) {
    return new IndexHints(indexes, forceSeek, seekIndex, seekColumns, forceScan, pageLock, given);
  }

  public IndexHints {
    indexes = List.copyOf(indexes);
    seekColumns = List.copyOf(seekColumns);
  }

  /** Whether no hint chooses the access path (PAGLOCK does not). */
  public boolean isNone() {
    return indexes.isEmpty() && !forceSeek && !forceScan;
  }

  /** Every index an INDEX or FORCESEEK hint names or gives by id, in the order written. */
  public List<String> names() {
    List<String> all = new ArrayList<>(indexes);
    if (seekIndex != null) {
      all.add(seekIndex);
    }
    return all;
  }

  /** The hints as SQL, for printing a statement back. */
  public List<String> toSql() {
    List<String> out = new ArrayList<>();
    if (!indexes.isEmpty()) {
      out.add("INDEX(" + String.join(", ", indexes.stream().map(IndexHints::quoted).toList()) + ")");
    }
    if (forceSeek) {
      out.add(seekIndex == null ? "FORCESEEK"
          : "FORCESEEK(" + quoted(seekIndex) + " (" + String.join(", ", seekColumns.stream().map(Names::quote).toList()) + "))");
    }
    if (forceScan) {
      out.add("FORCESCAN");
    }
    if (pageLock) {
      out.add("PAGLOCK");
    }
    if (noExpand) {
      out.add("NOEXPAND");
    }
    return out;
  }

  private static String quoted(String name) {
    return !name.isEmpty() && Character.isDigit(name.charAt(0)) ? name : Names.quote(name);
  }
}
