package dev.quern.engine.exec;

import dev.quern.catalog.meta.Constraint;
import dev.quern.catalog.meta.IndexColumn;
import dev.quern.catalog.meta.KeyRange;
import dev.quern.catalog.meta.RowCursor;
import dev.quern.catalog.meta.SystemTimePeriod;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.error.TemporalErrors;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ResolvedTable;
import dev.quern.engine.store.TableStores;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SYSTEM_VERSIONING = ON's DATA_CONSISTENCY_CHECK over an existing history table (SQL Server's
 * "Temporal table system consistency checks"): every history row's period ends no earlier than it
 * starts (13541) and not after the statement's transaction began (13543), and the periods of one
 * primary key value, its history rows' and its current row's, do not overlap (13573). Periods are
 * compared in the row's own columns: the history table has the current table's columns, ordinal
 * by ordinal ({@link HistoryTableCheck} made sure of it first).
 */
final class HistoryDataCheck {
  private final SessionState state;
  private final ResolvedTable table;
  private final ResolvedTable history;
  private final SystemTimePeriod period;

  HistoryDataCheck(SessionState state, ResolvedTable table, ResolvedTable history, SystemTimePeriod period) {
    this.state = state;
    this.table = table;
    this.history = history;
    this.period = period;
  }

  /** One row version of a key: its period [start, end). */
  private record Version(LocalDateTime start, LocalDateTime end) {}

  void check() {
    int start = table.table().position(period.startColumnId());
    int end = table.table().position(period.endColumnId());
    int[] key = primaryKey(table.table());
    LocalDateTime now = LocalDateTime.ofInstant(state.store().transactionBegan(), ZoneOffset.UTC);
    String name = history.fullyQualified();
    Map<List<Object>, List<Version>> versions = new HashMap<>();
    for (Object[] row : rows(history)) {
      Version v = new Version((LocalDateTime) row[start], (LocalDateTime) row[end]);
      if (v.end().isBefore(v.start())) {
        throw TemporalErrors.HISTORY_END_BEFORE_START.raise(name);
      }
      if (v.end().isAfter(now)) {
        throw TemporalErrors.HISTORY_END_IN_FUTURE.raise(name);
      }
      versions.computeIfAbsent(keyOf(row, key), k -> new ArrayList<>()).add(v);
    }
    if (versions.isEmpty()) {
      return;
    }
    for (Object[] row : rows(table)) {
      List<Version> kept = versions.get(keyOf(row, key));
      if (kept != null) {
        kept.add(new Version((LocalDateTime) row[start], (LocalDateTime) row[end]));
      }
    }
    for (List<Version> kept : versions.values()) {
      if (overlapping(kept)) {
        throw TemporalErrors.HISTORY_OVERLAPPING.raise(name);
      }
    }
  }

  /**
   * Whether two of {@code kept} overlap: ordered by start (then end, so an empty period at the
   * moment another starts comes first), each must start no earlier than all before it ended.
   */
  private static boolean overlapping(List<Version> kept) {
    kept.sort(Comparator.comparing(Version::start).thenComparing(Version::end));
    LocalDateTime ended = null;
    for (Version v : kept) {
      if (ended != null && v.start().isBefore(ended)) {
        return true;
      }
      ended = ended == null || v.end().isAfter(ended) ? v.end() : ended;
    }
    return false;
  }

  private static int[] primaryKey(Table t) {
    int indexId = t.constraints().stream().filter(c -> c instanceof Constraint.PrimaryKey)
        .map(c -> ((Constraint.PrimaryKey) c).indexId()).findFirst().orElseThrow();
    List<IndexColumn> keys = t.index(indexId).orElseThrow().keys();
    int[] positions = new int[keys.size()];
    for (int i = 0; i < positions.length; i++) {
      positions[i] = t.position(keys.get(i).columnId());
    }
    return positions;
  }

  /** The key's values of {@code row}; texts by their upper case, as the default collation compares them. */
  private static List<Object> keyOf(Object[] row, int[] key) {
    List<Object> values = new ArrayList<>(key.length);
    for (int p : key) {
      Object v = row[p];
      values.add(v instanceof String s ? s.stripTrailing().toUpperCase(java.util.Locale.ROOT) : v);
    }
    return values;
  }

  private List<Object[]> rows(ResolvedTable t) {
    List<Object[]> rows = new ArrayList<>();
    try (RowCursor c = TableStores.open(state.store(), t.catalog(), t.table()).scan(KeyRange.ALL, false)) {
      while (c.next()) {
        rows.add(c.row());
      }
    }
    return rows;
  }
}
