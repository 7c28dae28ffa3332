package dev.quern.engine.exec;

import dev.quern.catalog.meta.KeyRange;
import dev.quern.catalog.meta.RowCursor;
import dev.quern.catalog.meta.SystemTimePeriod;
import dev.quern.engine.error.TemporalErrors;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ResolvedTable;
import dev.quern.engine.store.TableStores;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The checks ALTER TABLE … ADD PERIOD FOR SYSTEM_TIME makes of the rows a table already has (over
 * columns it had, or period columns just added with their defaults): every row is open, its
 * period ending at the column's maximum (13575), and none starts after now (13542): a row
 * version's start is the moment it was written, never later.
 */
final class PeriodRowsCheck {
  private final SessionState state;
  private final ResolvedTable table;
  private final SystemTimePeriod period;

  PeriodRowsCheck(SessionState state, ResolvedTable table, SystemTimePeriod period) {
    this.state = state;
    this.table = table;
    this.period = period;
  }

  void check() {
    int start = table.table().position(period.startColumnId());
    int end = table.table().position(period.endColumnId());
    LocalDateTime max = TemporalRows.endOfTime(table.table().columns().get(end));
    // The wall clock, not the transaction's begin: a DEFAULT SYSUTCDATETIME() was taken after it.
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    boolean future = false;
    try (RowCursor c = TableStores.open(state.store(), table.catalog(), table.table()).scan(KeyRange.ALL, false)) {
      while (c.next()) {
        Object[] row = c.row();
        if (!max.equals(row[end])) {
          throw TemporalErrors.ADD_PERIOD_NOT_OPEN.raise(table.fullyQualified());
        }
        future |= row[start] instanceof LocalDateTime s && s.isAfter(now);
      }
    }
    if (future) {
      throw TemporalErrors.ADD_PERIOD_FUTURE_START.raise(table.fullyQualified());
    }
  }
}
