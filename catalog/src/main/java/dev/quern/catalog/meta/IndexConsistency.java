package dev.quern.catalog.meta;

import dev.quern.catalog.kv.KvIterator;
import dev.quern.catalog.kv.KvTxn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The logical checks DBCC CHECKTABLE makes of one table's nonclustered indexes against its rows
 * ("DBCC CHECKTABLE (Transact-SQL)"): every row has its entry in every index whose filter takes
 * it, leading back to it; every entry leads to an existing row whose key values (and filter) give
 * exactly that entry; no two rows share a unique index's key. Reads in the caller's transaction.
 */
public final class IndexConsistency {
  /** What is wrong, in SQL Server's terms: 8951, 8952 (with 8956), or a duplicate unique key. */
  public enum Kind {
    /** A row without its entry in an index (8951). */
    MISSING_ENTRY,
    /** An entry that leads to no row, or to one whose key values differ (8952). */
    EXTRA_ENTRY,
    /** Two rows with one key in a unique index. */
    DUPLICATE_KEY
  }

  /**
   * One problem. {@code row} is the data row concerned (null when an entry leads nowhere),
   * {@code entryValues} the values an extra entry holds, spread to row positions (null otherwise).
   */
  public record Finding(Kind kind, Index index, Object[] row, Object[] entryValues) {}

  /** The table's row count and what is wrong. */
  public record Result(long rows, List<Finding> findings) {}

  private final TableStore store;
  private final KvTxn txn;
  private final TableKeys keys;
  private final List<Index> secondaries;
  private final List<Finding> findings = new ArrayList<>();

  IndexConsistency(TableStore store, KvTxn txn, TableKeys keys, List<Index> secondaries) {
    this.store = store;
    this.txn = txn;
    this.keys = keys;
    this.secondaries = secondaries;
  }

  Result check() {
    long rows = checkRows();
    for (Index ix : secondaries) {
      checkEntries(ix);
    }
    return new Result(rows, List.copyOf(findings));
  }

  /** Each row against its expected entries; returns the row count. */
  private long checkRows() {
    long rows = 0;
    try (RowCursor c = store.scan(KeyRange.ALL, false)) {
      while (c.next()) {
        rows++;
        byte[] locator = c.locator();
        Object[] row = c.row();
        for (Index ix : secondaries) {
          if (store.belongs(ix, row)) {
            checkEntryOf(ix, row, locator);
          }
        }
      }
    }
    return rows;
  }

  private void checkEntryOf(Index ix, Object[] row, byte[] locator) {
    byte[] entry = txn.get(store.entryKey(ix, row, locator));
    if (entry == null) {
      findings.add(new Finding(Kind.MISSING_ENTRY, ix, row, null));
      return;
    }
    byte[] pointsTo = TableStore.locatorOf(entry);
    if (Arrays.equals(pointsTo, locator)) {
      return;
    }
    // A unique index's entry holds the key alone: another row has it.
    Object[] other = store.get(pointsTo);
    boolean sameKey = other != null && store.belongs(ix, other)
        && Arrays.equals(store.entryKey(ix, other, pointsTo), store.entryKey(ix, row, locator));
    findings.add(new Finding(sameKey ? Kind.DUPLICATE_KEY : Kind.MISSING_ENTRY, ix, row, null));
  }

  /** Each entry of {@code ix} against the row it leads to. */
  private void checkEntries(Index ix) {
    byte[][] b = keys.bounds(ix, KeyRange.ALL);
    try (KvIterator it = txn.scan(b[0], b[1], false)) {
      while (it.next()) {
        byte[] locator = TableStore.locatorOf(it.value());
        Object[] row = store.get(locator);
        boolean matches = row != null && store.belongs(ix, row)
            && Arrays.equals(store.entryKey(ix, row, locator), it.key());
        if (!matches) {
          findings.add(new Finding(Kind.EXTRA_ENTRY, ix, row, store.coveredOf(ix, it.value())));
        }
      }
    }
  }
}
