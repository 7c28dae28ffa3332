package dev.quern.engine.exec;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.SystemTimePeriod;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.meta.TableStore;
import dev.quern.engine.error.TemporalErrors;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ResolvedTable;
import dev.quern.engine.store.TableStores;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The row versions of a table with a SYSTEM_TIME period, as one statement writes them. Every row
 * it inserts or updates starts at the begin time of its transaction (UTC, cut to the column's
 * precision) and ends at 9999-12-31 23:59:59.9999999 (at that precision); while SYSTEM_VERSIONING
 * is ON, the version an UPDATE or DELETE replaces goes to the history table, ending at that same
 * time. Several changes of one row in one transaction thus leave history rows whose period is
 * empty (start = end), as in SQL Server; FOR SYSTEM_TIME never returns them.
 */
final class TemporalRows {
  private static final LocalDateTime END_OF_TIME = LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_900);

  private final SessionState state;
  private final ResolvedTable target;
  private final SystemTimePeriod period;
  private final int start;
  private final int end;
  private final Table history;
  private TableStore historyRows;
  private LocalDateTime now;

  private TemporalRows(SessionState state, ResolvedTable target, SystemTimePeriod period, Table history) {
    this.state = state;
    this.target = target;
    this.period = period;
    this.start = target.table().position(period.startColumnId());
    this.end = target.table().position(period.endColumnId());
    this.history = history;
  }

  /** The period's rows of {@code t}, or null when it has no period. */
  static TemporalRows of(SessionState state, ResolvedTable t) {
    Metadata md = state.store().metadata(t.catalog());
    SystemTimePeriod p = md.period(t.table().id()).orElse(null);
    if (p == null) {
      return null;
    }
    Table history = p.versioned() ? md.table(p.historyTableId()).orElseThrow() : null;
    return new TemporalRows(state, t, p, history);
  }

  /**
   * 13536: an INSERT gave a period column a value other than DEFAULT ({@code in}: the values given
   * for row positions {@code positions}).
   */
  void refuseExplicit(int[] positions, Object[] in) {
    for (int i = 0; i < positions.length && i < in.length; i++) {
      if ((positions[i] == start || positions[i] == end) && in[i] != dev.quern.engine.plan.ValuesNode.DEFAULT) {
        throw TemporalErrors.EXPLICIT_INSERT.raise(target.fullyQualified());
      }
    }
  }

  /** Stamps a new row version (inserted, or an update's new version): from now to the end of time. */
  void stamp(Object[] row) {
    row[start] = cut(now(), column(start));
    row[end] = cut(END_OF_TIME, column(end));
  }

  /** Keeps {@code old}, the version an UPDATE or DELETE replaces, in the history table (if versioned). */
  void keep(Object[] old) {
    if (history == null) {
      return;
    }
    if (historyRows == null) {
      historyRows = TableStores.open(state.store(), target.catalog(), history);
    }
    Object[] kept = java.util.Arrays.copyOf(old, history.columns().size());
    kept[end] = cut(now(), column(end));
    historyRows.insert(kept);
  }

  /** The end of an open row version: 9999-12-31 23:59:59.9999999 at {@code c}'s precision. */
  static LocalDateTime endOfTime(Column c) {
    return cut(END_OF_TIME, c);
  }

  private Column column(int pos) {
    return target.table().columns().get(pos);
  }

  /** The begin time of the statement's transaction, in UTC. */
  private LocalDateTime now() {
    if (now == null) {
      now = LocalDateTime.ofInstant(state.store().transactionBegan(), ZoneOffset.UTC);
    }
    return now;
  }

  /** {@code t} cut (not rounded: a version never starts after its transaction did) to the column's precision. */
  private static LocalDateTime cut(LocalDateTime t, Column c) {
    long unit = 1;
    for (int i = c.type().scale(); i < 9; i++) {
      unit *= 10;
    }
    return t.withNano((int) (t.getNano() / unit * unit));
  }
}
