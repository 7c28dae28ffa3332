package dev.quern.engine.exec;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Constraint;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.SystemTimePeriod;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.ast.ColumnDefinition;
import dev.quern.engine.ast.PeriodDefinition;
import dev.quern.engine.ast.SystemVersioning;
import dev.quern.engine.error.TemporalErrors;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import dev.quern.engine.store.ResolvedTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The DDL of system-versioned temporal tables: a table's SYSTEM_TIME period (CREATE TABLE, ALTER
 * TABLE … ADD … PERIOD FOR SYSTEM_TIME, DROP PERIOD) and SYSTEM_VERSIONING ON (the history table
 * named and checked, or created as MSSQL_TemporalHistoryFor_&lt;object_id&gt;) and OFF (the history
 * table becomes an ordinary table). See SQL Server's "Creating a system-versioned temporal table".
 */
final class SystemTimeDdl {
  private final SessionState state;

  SystemTimeDdl(SessionState state) {
    this.state = state;
  }

  /** A GENERATED ALWAYS column's declared nullability: NOT NULL, whether written or not (13587). */
  static boolean checkedNullability(ColumnDefinition c, dev.quern.catalog.type.SqlType type) {
    if (type.id() != TypeId.DATETIME2) {
      throw TemporalErrors.INVALID_TYPE.raise(c.name());
    }
    if (Boolean.TRUE.equals(c.nullable())) {
      throw TemporalErrors.PERIOD_NULLABLE.raise(c.name());
    }
    return false;
  }

  /**
   * Records the period of {@code t} (its definition {@code table}, columns {@code defs} just
   * declared) and, when {@code versioning} is ON, starts versioning it.
   */
  void define(ResolvedTable t, Table table, List<ColumnDefinition> defs, PeriodDefinition period,
      SystemVersioning versioning) {
    SystemTimePeriod p = period(table, defs, period);
    if (p != null) {
      t.catalog().setSystemTimePeriod(state.store().txn(t.catalog()), table.id(), p);
    }
    if (versioning != null && versioning.on()) {
      versioningOn(new ResolvedTable(t.catalog(), t.database(), t.schema(), table), p, versioning);
    }
  }

  /** The period that GENERATED ALWAYS columns {@code defs} and PERIOD {@code period} declare, or null. */
  private static SystemTimePeriod period(Table table, List<ColumnDefinition> defs, PeriodDefinition period) {
    ColumnDefinition start = null;
    ColumnDefinition end = null;
    for (ColumnDefinition c : defs) {
      if (c.generated() != null && c.generated().start()) {
        if (start != null) {
          throw TemporalErrors.SECOND_ROW_START.raise();
        }
        start = c;
      } else if (c.generated() != null) {
        if (end != null) {
          throw TemporalErrors.SECOND_ROW_END.raise();
        }
        end = c;
      }
    }
    if (period == null) {
      if (start != null || end != null) {
        throw TemporalErrors.GENERATED_WITHOUT_PERIOD.raise();
      }
      return null;
    }
    if (start == null) {
      throw TemporalErrors.ROW_START_MISSING.raise();
    }
    if (end == null) {
      throw TemporalErrors.ROW_END_MISSING.raise();
    }
    if (!dev.quern.catalog.meta.Names.same(start.name(), period.start())) {
      throw TemporalErrors.START_NOT_MATCHING.raise();
    }
    if (!dev.quern.catalog.meta.Names.same(end.name(), period.end())) {
      throw TemporalErrors.END_NOT_MATCHING.raise();
    }
    return new SystemTimePeriod(table.id(), table.column(start.name()).orElseThrow().columnId(),
        table.column(end.name()).orElseThrow().columnId(), start.generated().hidden(), end.generated().hidden(), 0,
        true, null);
  }

  /** ALTER TABLE … SET (SYSTEM_VERSIONING = ON | OFF). */
  void set(ResolvedTable t, SystemVersioning v) {
    SystemTimePeriod p = metadata(t).period(t.table().id()).orElse(null);
    if (!v.on()) {
      if (p == null || !p.versioned()) {
        throw TemporalErrors.NOT_VERSIONED.raise(t.fullyQualified());
      }
      t.catalog().setSystemTimePeriod(state.store().txn(t.catalog()), t.table().id(), p.withHistory(0, true, null));
      return;
    }
    if (p != null && p.versioned()) {
      throw TemporalErrors.ALREADY_VERSIONED.raise(t.fullyQualified());
    }
    versioningOn(t, p, v);
  }

  /**
   * ALTER TABLE … DROP PERIOD FOR SYSTEM_TIME: the period columns become ordinary ones. Refused
   * while versioning is ON (13596: Quern's choice, SQL Server's own error for it is not known);
   * a table without a period is left as it is.
   */
  void dropPeriod(ResolvedTable t) {
    SystemTimePeriod p = metadata(t).period(t.table().id()).orElse(null);
    if (p == null) {
      return;
    }
    if (p.versioned()) {
      throw TemporalErrors.ALREADY_VERSIONED.raise(t.fullyQualified());
    }
    t.catalog().setSystemTimePeriod(state.store().txn(t.catalog()), t.table().id(), null);
  }

  private void versioningOn(ResolvedTable t, SystemTimePeriod p, SystemVersioning v) {
    if (p == null) {
      throw TemporalErrors.NO_PERIOD.raise();
    }
    if (t.table().constraints().stream().noneMatch(c -> c instanceof Constraint.PrimaryKey)) {
      throw TemporalErrors.NO_PRIMARY_KEY.raise(t.fullyQualified());
    }
    List<String> name = v.historyTable();
    if (name != null && name.size() != 2) {
      throw TemporalErrors.NOT_TWO_PART.raise(String.join(".", name));
    }
    var existing = name == null ? java.util.Optional.<ResolvedTable>empty()
        : ObjectNames.table(state.store(), t.database().name(), name);
    int historyId;
    if (existing.isPresent()) {
      historyId = existing.get().table().id();
      new HistoryTableCheck(metadata(t), t, existing.get()).check();
      if (v.consistencyCheck()) {
        new HistoryDataCheck(state, t, existing.get(), p).check();
      }
    } else {
      historyId = createHistory(t, name, p);
    }
    t.catalog().setSystemTimePeriod(state.store().txn(t.catalog()), t.table().id(),
        p.withHistory(historyId, v.consistencyCheck(), v.retention()));
  }

  /**
   * Creates the history table of {@code t}: its columns as plain ones, rows clustered on the period
   * (end, start) by a non-unique index named ix_&lt;history table&gt;, as SQL Server creates it.
   */
  private int createHistory(ResolvedTable t, List<String> name, SystemTimePeriod p) {
    var target = name == null
        ? new ObjectNames.Target(t.catalog(), t.database(), t.schema(),
            "MSSQL_TemporalHistoryFor_" + t.table().id())
        : ObjectNames.target(state.store(), t.database().name(), name)
            .orElseThrow(() -> dev.quern.engine.error.SqlErrors.INVALID_SCHEMA.raise(name.getFirst()));
    if (metadata(t).nameTaken(target.schema().id(), target.name())) {
      throw dev.quern.engine.error.SqlErrors.OBJECT_EXISTS.raise(target.name());
    }
    List<Column> columns = new ArrayList<>();
    int ordinal = 0;
    for (Column c : t.table().columns()) {
      ordinal++;
      columns.add(new Column(ordinal, c.name(), c.type(), c.nullable(), c.collation(), null, null, ordinal - 1, null,
          false, c.userTypeId()));
    }
    var catalog = t.catalog();
    Index clustered = new Index(1, "ix_" + target.name(), dev.quern.catalog.meta.IndexKind.CLUSTERED, false, false,
        false, List.of(dev.quern.catalog.meta.IndexColumn.asc(t.table().position(p.endColumnId()) + 1),
            dev.quern.catalog.meta.IndexColumn.asc(t.table().position(p.startColumnId()) + 1)),
        List.of(), null, catalog.newDataId());
    Table history = new Table(catalog.newObjectId(), target.schema().id(), target.name(), columns,
        List.of(clustered), List.<Constraint>of(), Map.of());
    catalog.createObject(state.store().txn(catalog), history);
    return history.id();
  }

  /**
   * What ALTER TABLE may change of a temporal table: a history table's columns not while versioning
   * is ON (13550, 13551, 13548); a versioned table's by ADD, DROP COLUMN and ALTER COLUMN (which
   * the history table gets too: {@link #added}, {@link #history}) but not by adding a computed
   * (13724) or IDENTITY column (13704), nor by a new type for a period column (13548: Quern's
   * choice); a period column dropped only once the period is (5074 and 4922).
   */
  void checkAlter(ResolvedTable t, dev.quern.engine.ast.AlterTableStatement.Action action) {
    Metadata md = metadata(t);
    int id = t.table().id();
    boolean history = md.versionedBy(id).isPresent();
    SystemTimePeriod p = md.period(id).orElse(null);
    boolean versioned = p != null && p.versioned();
    String name = t.fullyQualified();
    switch (action) {
      case dev.quern.engine.ast.AlterTableStatement.Add a when history && !a.columns().isEmpty() ->
          throw TemporalErrors.ADD_COLUMN.raise(name);
      case dev.quern.engine.ast.AlterTableStatement.Add a
          when versioned && a.columns().stream().anyMatch(c -> c.computed() != null) ->
          throw TemporalErrors.ADD_COMPUTED.raise();
      case dev.quern.engine.ast.AlterTableStatement.Add a
          when versioned && a.columns().stream().anyMatch(c -> c.identity() != null) ->
          throw TemporalErrors.ADD_IDENTITY.raise(history(t).orElseThrow().fullyQualified());
      case dev.quern.engine.ast.AlterTableStatement.DropColumns d when history ->
          throw TemporalErrors.DROP_COLUMN.raise(name);
      case dev.quern.engine.ast.AlterTableStatement.AlterColumn a when history ->
          throw TemporalErrors.ALTER_COLUMN.raise(a.column().name(), name);
      case dev.quern.engine.ast.AlterTableStatement.AlterColumn a when versioned -> {
        var column = t.table().column(a.column().name());
        if (column.isPresent() && (column.get().columnId() == p.startColumnId()
            || column.get().columnId() == p.endColumnId())) {
          throw TemporalErrors.ALTER_COLUMN.raise(column.get().name(), name);
        }
      }
      case dev.quern.engine.ast.AlterTableStatement.DropColumns d when p != null -> {
        for (String c : d.names()) {
          var column = t.table().column(c);
          if (column.isPresent() && (column.get().columnId() == p.startColumnId()
              || column.get().columnId() == p.endColumnId())) {
            throw dev.quern.engine.error.SqlErrors.COLUMN_ACCESSED.raise("ALTER TABLE DROP COLUMN", column.get().name())
                .precededBy(dev.quern.engine.error.SqlErrors.COMPUTED_COLUMN_DEPENDENCY.raise("SYSTEM_TIME",
                    column.get().name()));
          }
        }
      }
      default -> { }
    }
  }

  /**
   * The history table of {@code t} while versioning is ON, which a DROP COLUMN or ALTER COLUMN of
   * {@code t} changes too ("Changing the schema of a system-versioned temporal table"); else empty.
   */
  java.util.Optional<ResolvedTable> history(ResolvedTable t) {
    Metadata md = metadata(t);
    SystemTimePeriod p = md.period(t.table().id()).orElse(null);
    if (p == null || !p.versioned()) {
      return java.util.Optional.empty();
    }
    Table h = md.table(p.historyTableId()).orElseThrow();
    return java.util.Optional.of(new ResolvedTable(t.catalog(), t.database(), md.schema(h.schemaId()).orElseThrow(), h));
  }

  /**
   * ALTER COLUMN c {ADD | DROP} HIDDEN: whether a period column shows in {@code SELECT *}. Any other
   * column is refused (13735: SQL Server's number for it, its text as Quern knows it).
   */
  void hidden(ResolvedTable t, dev.quern.engine.ast.AlterTableStatement.AlterHidden a) {
    Column c = t.table().column(a.column()).orElseThrow(
        () -> dev.quern.engine.error.SqlErrors.ALTER_MISSING_COLUMN.raise(a.column(), t.table().name()));
    SystemTimePeriod p = metadata(t).period(t.table().id()).orElse(null);
    boolean start = p != null && c.columnId() == p.startColumnId();
    boolean end = p != null && c.columnId() == p.endColumnId();
    if (!start && !end) {
      throw TemporalErrors.HIDDEN_NOT_GENERATED.raise(c.name(), t.fullyQualified());
    }
    SystemTimePeriod changed = new SystemTimePeriod(p.tableId(), p.startColumnId(), p.endColumnId(),
        start ? a.hidden() : p.startHidden(), end ? a.hidden() : p.endHidden(), p.historyTableId(),
        p.consistencyCheck(), p.retention());
    t.catalog().setSystemTimePeriod(state.store().txn(t.catalog()), t.table().id(), changed);
  }

  /**
   * After ALTER TABLE … ADD wrote {@code table}: the period its GENERATED ALWAYS columns and PERIOD
   * declare (13508 if the table has one already), and on a versioned table, the same columns added
   * to the history table.
   */
  void added(ResolvedTable t, Table table, List<ColumnDefinition> defs, PeriodDefinition period) {
    Metadata md = metadata(t);
    SystemTimePeriod existing = md.period(table.id()).orElse(null);
    if (period != null || defs.stream().anyMatch(c -> c.generated() != null)) {
      if (existing != null) {
        throw TemporalErrors.SECOND_PERIOD.raise();
      }
      if (defs.stream().anyMatch(c -> c.generated() != null)) {
        define(t, table, defs, period, null);
      } else {
        adopt(t, table, period);
      }
      new PeriodRowsCheck(state, new ResolvedTable(t.catalog(), t.database(), t.schema(), table),
          metadata(t).period(table.id()).orElseThrow()).check();
      return;
    }
    if (existing == null || !existing.versioned()) {
      return;
    }
    Table history = md.table(existing.historyTableId()).orElseThrow();
    for (ColumnDefinition d : defs) {
      Column c = table.column(d.name()).orElseThrow();
      history = history.addColumn(new Column(history.nextColumnId(), c.name(), c.type(), c.nullable(), c.collation(),
          null, null, history.nextSlot(), c.missingValue(), false, c.userTypeId()));
    }
    t.catalog().alterObject(state.store().txn(t.catalog()), history);
  }

  /**
   * {@code ADD PERIOD FOR SYSTEM_TIME (start, end)} over columns the table has: they become its
   * GENERATED ALWAYS columns (datetime2, NOT NULL: 13501, 13587); {@link PeriodRowsCheck} then
   * checks their values (13575, 13542).
   */
  private void adopt(ResolvedTable t, Table table, PeriodDefinition period) {
    Column start = table.column(period.start()).orElseThrow(() -> TemporalErrors.ROW_START_MISSING.raise());
    Column end = table.column(period.end()).orElseThrow(() -> TemporalErrors.ROW_END_MISSING.raise());
    for (Column c : List.of(start, end)) {
      if (c.type().id() != TypeId.DATETIME2) {
        throw TemporalErrors.INVALID_TYPE.raise(c.name());
      }
      if (c.nullable()) {
        throw TemporalErrors.PERIOD_NULLABLE.raise(c.name());
      }
    }
    t.catalog().setSystemTimePeriod(state.store().txn(t.catalog()), table.id(),
        new SystemTimePeriod(table.id(), start.columnId(), end.columnId(), false, false, 0, true, null));
  }

  private Metadata metadata(ResolvedTable t) {
    return state.store().metadata(t.catalog());
  }
}
