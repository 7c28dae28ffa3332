package dev.quern.engine.exec;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Constraint;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.SystemTimePeriod;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.error.TemporalErrors;
import dev.quern.engine.store.ResolvedTable;
import java.util.List;

/**
 * The checks SYSTEM_VERSIONING = ON makes of an existing table named as HISTORY_TABLE, in SQL
 * Server's order: no period of its own (13574), not another table's history nor versioned itself
 * (13514, 13566), no unique keys, foreign keys, CHECK constraints, IDENTITY or computed columns
 * (13515–13519), then the same columns as the temporal table, ordinal by ordinal: count (13523),
 * name (13524), type (13525), a period column's counterpart NOT NULL (13530), nullability (13531).
 */
final class HistoryTableCheck {
  private final Metadata md;
  private final ResolvedTable table;
  private final ResolvedTable history;

  HistoryTableCheck(Metadata md, ResolvedTable table, ResolvedTable history) {
    this.md = md;
    this.table = table;
    this.history = history;
  }

  void check() {
    String name = history.fullyQualified();
    int id = history.table().id();
    if (md.period(id).isPresent()) {
      if (md.period(id).get().versioned()) {
        throw TemporalErrors.TEMPORAL_IN_USE.raise(name);
      }
      throw TemporalErrors.HISTORY_HAS_PERIOD.raise(name);
    }
    if (md.versionedBy(id).isPresent()) {
      throw TemporalErrors.HISTORY_IN_USE.raise(name);
    }
    List<Constraint> constraints = history.table().constraints();
    if (history.table().indexes().stream().anyMatch(Index::unique)) {
      throw TemporalErrors.HISTORY_UNIQUE_KEYS.raise(name);
    }
    if (constraints.stream().anyMatch(c -> c instanceof Constraint.ForeignKey)) {
      throw TemporalErrors.HISTORY_FOREIGN_KEYS.raise(name);
    }
    if (constraints.stream().anyMatch(c -> c instanceof Constraint.Check)) {
      throw TemporalErrors.HISTORY_CONSTRAINTS.raise(name);
    }
    if (history.table().identityColumn().isPresent()) {
      throw TemporalErrors.HISTORY_IDENTITY.raise(name);
    }
    if (history.table().columns().stream().anyMatch(c -> c.computed() != null)) {
      throw TemporalErrors.HISTORY_COMPUTED.raise(name);
    }
    columns(name);
  }

  private void columns(String name) {
    List<Column> mine = table.table().columns();
    List<Column> theirs = history.table().columns();
    String current = table.fullyQualified();
    if (mine.size() != theirs.size()) {
      throw TemporalErrors.COLUMN_COUNT.raise(current, mine.size(), name, theirs.size());
    }
    SystemTimePeriod period = md.period(table.table().id()).orElseThrow();
    for (int i = 0; i < mine.size(); i++) {
      Column c = mine.get(i);
      Column h = theirs.get(i);
      if (!dev.quern.catalog.meta.Names.same(c.name(), h.name())) {
        throw TemporalErrors.COLUMN_NAME.raise(h.name(), i + 1, name, c.name(), current);
      }
      if (!c.type().equals(h.type())) {
        throw TemporalErrors.COLUMN_TYPE.raise(
            c.name(), SqlTypes.sqlName(h.type()), name, SqlTypes.sqlName(c.type()), current);
      }
      boolean periodColumn = c.columnId() == period.startColumnId() || c.columnId() == period.endColumnId();
      if (periodColumn && h.nullable()) {
        throw TemporalErrors.HISTORY_PERIOD_NULLABLE.raise(h.name(), name, current);
      }
      if (c.nullable() != h.nullable()) {
        throw TemporalErrors.COLUMN_NULLABILITY.raise(c.name(), current, name);
      }
    }
  }
}
