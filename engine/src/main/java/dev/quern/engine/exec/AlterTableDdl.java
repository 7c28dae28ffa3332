package dev.quern.engine.exec;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Constraint;
import dev.quern.catalog.meta.DuplicateKeyException;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.IndexColumn;
import dev.quern.catalog.meta.IndexKind;
import dev.quern.catalog.meta.KeyRange;
import dev.quern.catalog.meta.RowCursor;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.meta.Database;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.value.Conversions;
import dev.quern.catalog.value.ValueFormatter;
import dev.quern.engine.ast.AlterTableStatement;
import dev.quern.engine.ast.ColumnDefinition;
import dev.quern.engine.ast.TableConstraintDefinition;
import dev.quern.engine.binder.BindContext;
import dev.quern.engine.binder.DmlBinder;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import dev.quern.engine.store.ResolvedTable;
import dev.quern.engine.store.TableRewrite;
import dev.quern.engine.store.TableStores;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * ALTER TABLE: ADD columns and constraints, DROP COLUMN, DROP CONSTRAINT, ALTER COLUMN (on a
 * system-versioned table, column changes go to its history table too). Changes that only touch
 * the definition are one metadata write (added columns read as their missing value in old rows);
 * index and type changes rebuild the table.
 */
final class AlterTableDdl {
  private final SessionState state;
  private final BindContext bind;

  AlterTableDdl(SessionState state, BindContext bind) {
    this.state = state;
    this.bind = bind;
  }

  void alter(AlterTableStatement s, dev.quern.engine.api.ResultSink sink) {
    if (s.action() instanceof AlterTableStatement.Drops drops) {
      // Each group sees what the ones before it left (a default dropped before its column).
      for (AlterTableStatement.Action group : drops.groups()) {
        alter(new AlterTableStatement(s.line(), s.table(), group), sink);
      }
      return;
    }
    ResolvedTable t =
        ObjectNames.table(state.store(), state.databaseName(), s.table())
            .orElseThrow(() -> SqlErrors.ALTER_TABLE_NOT_FOUND.raise(String.join(".", s.table())));
    new SystemTimeDdl(state).checkAlter(t, s.action());
    Index rows = t.table().rowIndex();
    if (rows.disabled() && !(s.action() instanceof AlterTableStatement.DropConstraints
        || s.action() instanceof AlterTableStatement.ToggleConstraints)) {
      // Only dropping (the clustered index with its constraint) or switching constraints passes.
      throw dev.quern.engine.error.IndexErrors.TABLE_CLUSTERED_DISABLED.raise(t.table().name(), rows.name());
    }
    switch (s.action()) {
      case AlterTableStatement.Add a -> add(t, a);
      case AlterTableStatement.DropColumns d -> {
        dropColumns(t, d);
        new SystemTimeDdl(state).history(t).ifPresent(h -> dropColumns(h, d));
      }
      case AlterTableStatement.DropConstraints d -> dropConstraints(t, d);
      case AlterTableStatement.AlterColumn a -> {
        alterColumn(t, a.column());
        new SystemTimeDdl(state).history(t).ifPresent(h -> alterColumn(h, a.column()));
      }
      case AlterTableStatement.AlterHidden h -> new SystemTimeDdl(state).hidden(t, h);
      case AlterTableStatement.AlterPersisted p -> alterPersisted(t, p);
      case AlterTableStatement.ToggleConstraints c -> new ConstraintStateDdl(state, bind).toggle(t, c);
      case AlterTableStatement.SetVersioning v -> new SystemTimeDdl(state).set(t, v.versioning());
      case AlterTableStatement.DropPeriod d -> new SystemTimeDdl(state).dropPeriod(t);
      case AlterTableStatement.Switch w -> new PartitionSwitch(state).run(t, w, sink);
      case AlterTableStatement.Drops d -> throw new IllegalStateException("taken apart above");
    }
    state.store().markDdl();
  }

  /** What new character columns of {@code t} are collated by without a COLLATE clause. */
  private dev.quern.catalog.value.Collation defaultCollation(ResolvedTable t) {
    return ColumnCollations.databaseDefault(state, t.database().id(), List.of(t.table().name()));
  }

  private List<Object[]> rows(ResolvedTable t, Table table) {
    List<Object[]> rows = new ArrayList<>();
    try (RowCursor c = TableStores.open(state.store(), t.catalog(), table).scan(KeyRange.ALL, false)) {
      while (c.next()) {
        rows.add(c.row());
      }
    }
    return rows;
  }

  private void add(ResolvedTable t, AlterTableStatement.Add a) {
    noCheck = a.noCheck();
    Catalog catalog = t.catalog();
    Table table = t.table();
    DmlBinder binder = new DmlBinder(bind, state);
    boolean empty = rows(t, table).isEmpty();
    for (ColumnDefinition c : a.columns()) {
      if (table.column(c.name()).isPresent()) {
        throw SqlErrors.DUPLICATE_COLUMN_NAME.raise(c.name(), table.name());
      }
      if (c.computed() != null) {
        table = addComputed(t, table, c, a);
        continue;
      }
      dev.quern.engine.binder.DeclaredType declared = dev.quern.engine.binder.DeclaredType.resolve(c.type(), 1, state);
      if (declared.isTableType()) {
        throw SqlErrors.TABLE_TYPE_COLUMN.raise(c.name());
      }
      SqlType type = declared.type();
      boolean rowversion = RowVersions.declares(c);
      boolean nullable = c.generated() != null ? SystemTimeDdl.checkedNullability(c, type)
          : c.nullable() != null ? c.nullable() : declared.nullableByDefault() && !rowversion && c.identity() == null;
      if (table.rowIndex().kind() == dev.quern.catalog.meta.IndexKind.CLUSTERED_COLUMNSTORE) {
        // The clustered columnstore holds every column, the new one too (35343).
        ColumnstoreIndexDdl.checkType(c.name(), type, rowversion);
      }
      if (rowversion) {
        type = RowVersions.definedType(table.name(), c, nullable, table.columns());
        // The rows there are get their values when they are rewritten (finish).
        recompute |= !empty;
      }
      Object missing = null;
      // The rows there take the default when the column may not be NULL, or WITH VALUES asks.
      if (c.defaultValue() != null && (!nullable || c.defaultWithValues())) {
        BoundExpr d = binder.constantValue(c.defaultValue(), type);
        missing = d.eval(new EvalContext(new Object[0], state));
      }
      if (!nullable && missing == null && !empty && !rowversion && c.identity() == null) {
        throw SqlErrors.ADD_NOT_NULL_COLUMN.raise(c.name(), table.name());
      }
      if (c.identity() != null) {
        IdentityColumns.check(table.name(), c.name(), type, table.columns());
        // The rows there are get their values, in key order, when they are rewritten (finish).
        recompute |= !empty;
      }
      int id = table.nextColumnId();
      String collation = ColumnCollations.of(c, type, defaultCollation(t));
      var identity = c.identity() == null ? null : new dev.quern.catalog.meta.Identity(c.identity().seed(), c.identity().increment());
      table = table.addColumn(
          new Column(id, c.name(), type, nullable, collation, identity, null, table.nextSlot(), missing, rowversion)
              .withUserType(t.database().id() == state.databaseId() ? declared.userTypeId() : 0));
      List<Constraint> constraints = new ArrayList<>(table.constraints());
      if (c.defaultValue() != null) {
        String name = c.defaultName() != null ? c.defaultName()
            : SystemConstraintNames.ofColumn("DF", table.name(), c.name(), catalog.newObjectId());
        constraints.add(new Constraint.Default(catalog.newObjectId(), name, id, c.defaultValue().toSql()));
      }
      for (TableConstraintDefinition k : c.constraints()) {
        constraints = addConstraint(t, table, constraints, k.columns().isEmpty() && k.kind() != TableConstraintDefinition.Kind.CHECK
            ? new TableConstraintDefinition(k.name(), k.kind(), k.clustered(), List.of(new TableConstraintDefinition.KeyColumn(c.name(), false)), null, k.references(), k.ignoreDupKey(), k.placement(), k.options())
            : k, k.kind() == TableConstraintDefinition.Kind.CHECK ? id : 0);
        table = pending == null ? table : pending;
        pending = null;
      }
      table = table.withConstraints(constraints);
    }
    List<Constraint> constraints = new ArrayList<>(table.constraints());
    for (TableConstraintDefinition k : a.constraints()) {
      constraints = addConstraint(t, table, constraints, k, 0);
      table = pending == null ? table : pending;
      pending = null;
    }
    table = table.withConstraints(constraints);
    finish(t, table);
    IndexPlacements placing = new IndexPlacements(catalog, state.store().metadata(catalog), t.database().id());
    placed.forEach((indexId, p) -> placing.record(state.store().txn(catalog), t.table().id(), indexId, p));
    new SystemTimeDdl(state).added(t, table, a.columns(), a.period());
  }

  /** Whether an added PERSISTED computed column needs its values written into the rows. */
  private boolean recompute;

  private Table addComputed(ResolvedTable t, Table table, ColumnDefinition c, AlterTableStatement.Add a) {
    java.util.Set<String> computed = new java.util.HashSet<>();
    table.columns().stream().filter(x -> x.computed() != null)
        .forEach(x -> computed.add(x.name().toLowerCase(java.util.Locale.ROOT)));
    a.columns().stream().filter(x -> x.computed() != null)
        .forEach(x -> computed.add(x.name().toLowerCase(java.util.Locale.ROOT)));
    List<dev.quern.engine.api.ResultColumn> scope = new ArrayList<>();
    table.columns().forEach(x -> scope.add(new dev.quern.engine.api.ResultColumn(x.name(), x.type(), x.nullable())
        .withCollation(ColumnCollations.find(x.collation()))));
    Column column = ComputedColumnDdl.define(
        bind, table.name(), scope, computed, c, table.nextColumnId(), table.nextSlot());
    recompute |= c.persisted();
    Table added = table.addColumn(column);
    List<Constraint> constraints = new ArrayList<>(added.constraints());
    for (TableConstraintDefinition k : c.constraints()) {
      constraints = addConstraint(t, added, constraints, k.columns().isEmpty() && k.kind() != TableConstraintDefinition.Kind.CHECK
          ? new TableConstraintDefinition(k.name(), k.kind(), k.clustered(), List.of(new TableConstraintDefinition.KeyColumn(c.name(), false)), null, k.references(), k.ignoreDupKey(), k.placement(), k.options())
          : k, k.kind() == TableConstraintDefinition.Kind.CHECK ? column.columnId() : 0);
      added = pending == null ? added : pending;
      pending = null;
    }
    return added.withConstraints(constraints);
  }

  /** WITH NOCHECK ADD: FOREIGN KEY and CHECK constraints skip the existing rows and are not trusted. */
  private boolean noCheck;

  /** Where each PRIMARY KEY or UNIQUE index added goes (null: PRIMARY), by index id. */
  private final Map<Integer, dev.quern.catalog.meta.TablePartitioning.Placement> placed = new java.util.HashMap<>();

  /** A table whose indexes changed while adding a constraint (PRIMARY KEY, UNIQUE). */
  private Table pending;

  /** A CHECK's system name: a column's ({@code columnId} above 0) or the table's. */
  private static String checkName(Table table, int columnId, int id) {
    for (Column c : table.columns()) {
      if (columnId > 0 && c.columnId() == columnId) {
        return SystemConstraintNames.ofColumn("CK", table.name(), c.name(), id);
      }
    }
    return SystemConstraintNames.tableCheck(table.name(), id);
  }

  private List<Constraint> addConstraint(
      ResolvedTable t, Table table, List<Constraint> constraints, TableConstraintDefinition k, int columnId) {
    Catalog catalog = t.catalog();
    List<Constraint> out = new ArrayList<>(constraints);
    String base = table.name();
    if (k.kind() == TableConstraintDefinition.Kind.FOREIGN_KEY) {
      Map<String, Column> byName = new java.util.HashMap<>();
      table.columns().forEach(c -> byName.put(c.name().toLowerCase(java.util.Locale.ROOT), c));
      Constraint.ForeignKey fk = ForeignKeyDdl.build(state, catalog, table, byName, k);
      if (noCheck) {
        fk = fk.withState(false, true);
      } else {
        ForeignKeys.validateExisting(state, t, table, fk);
      }
      out.add(fk);
      return out;
    }
    if (k.kind() == TableConstraintDefinition.Kind.DEFAULT) {
      out.add(defaultFor(t, table, constraints, k));
      return out;
    }
    if (k.kind() == TableConstraintDefinition.Kind.CHECK) {
      VectorColumns.checkTableCheck(table.columns(), k.check().toSql());
      String name = k.name() != null ? k.name() : checkName(table, columnId, catalog.newObjectId());
      if (!noCheck) {
        validateCheck(t, table, name, k, columnId);
      }
      out.add(new Constraint.Check(catalog.newObjectId(), name, k.check().toSql(), columnId, false, noCheck));
      return out;
    }
    boolean pk = k.kind() == TableConstraintDefinition.Kind.PRIMARY_KEY;
    if (pk && table.indexes().stream().anyMatch(Index::primaryKey)) {
      throw SqlErrors.SECOND_PRIMARY_KEY.raise(table.name());
    }
    List<IndexColumn> cols = new ArrayList<>();
    List<Column> columns = new ArrayList<>(table.columns());
    for (TableConstraintDefinition.KeyColumn kc : k.columns()) {
      Column c = table.column(kc.name()).orElseThrow(() -> SqlErrors.KEY_COLUMN_MISSING.raise(kc.name()));
      VectorColumns.checkConstraintKey(c, table.name());
      SpatialColumns.checkConstraintKey(c, table.name());
      if (pk && c.nullable()) {
        throw SqlErrors.NULLABLE_PRIMARY_KEY.raise(table.name());
      }
      cols.add(new IndexColumn(c.columnId(), kc.descending()));
    }
    String name = k.name() != null ? k.name() : (pk ? "PK__" : "UQ__") + base + "__" + String.format("%016X", (long) catalog.newObjectId());
    for (IndexColumn ic : cols) {
      int pos = table.position(ic.columnId());
      columns.set(pos, ComputedColumnDdl.indexable(bind, table.name(), columns.get(pos)));
    }
    boolean heap = table.rowIndex().kind() == IndexKind.HEAP;
    boolean clustered = k.clustered() != null ? k.clustered() : pk && heap;
    if (clustered && !heap) {
      throw SqlErrors.SECOND_CLUSTERED_INDEX.raise(t.schemaQualified(), table.rowIndex().name());
    }
    List<Index> indexes = new ArrayList<>(table.indexes());
    int indexId = clustered ? 1 : table.nextIndexId();
    if (clustered) {
      indexes.remove(table.rowIndex());
      // A new clustered index enables the disabled nonclustered ones, as CREATE CLUSTERED INDEX does.
      indexes.replaceAll(i -> i.withDisabled(false));
    }
    Index index = new Index(indexId, name, clustered ? IndexKind.CLUSTERED : IndexKind.NONCLUSTERED, true, pk, !pk,
        cols, List.of(), null, 0, k.ignoreDupKey()).withOptions(k.options().apply(dev.quern.catalog.meta.IndexOptions.DEFAULT));
    indexes.add(index);
    pending = table.withColumns(columns).withIndexes(indexes);
    // A key without an ON clause is aligned with the table (1908 when its key leaves out the column).
    IndexPlacements placing = new IndexPlacements(catalog, state.store().metadata(catalog), t.database().id());
    placed.put(indexId, placing.resolve(pending, index, k.placement(), placing.ofRows(t.table())));
    int objectId = catalog.newObjectId();
    out.add(pk ? new Constraint.PrimaryKey(objectId, name, indexId) : new Constraint.Unique(objectId, name, indexId));
    return out;
  }

  /**
   * {@code ADD [CONSTRAINT name] DEFAULT expr FOR column}: the column must take a default (not an
   * identity, rowversion or computed one: 1752) and have none yet (1781). Rows there keep their
   * values.
   */
  private Constraint.Default defaultFor(
      ResolvedTable t, Table table, List<Constraint> constraints, TableConstraintDefinition k) {
    String columnName = k.columns().getFirst().name();
    Column c = table.column(columnName)
        .filter(x -> x.identity() == null && !x.rowversion() && x.computed() == null
            && x.type().id() != dev.quern.catalog.type.TypeId.VECTOR)
        .orElseThrow(() -> SqlErrors.DEFAULT_COLUMN_INVALID.raise(columnName, table.name()));
    boolean bound = constraints.stream()
        .anyMatch(x -> x instanceof Constraint.Default d && d.columnId() == c.columnId());
    if (bound) {
      throw SqlErrors.DEFAULT_ALREADY_BOUND.raise();
    }
    // Checked as a column's DEFAULT is: a constant expression of a type the column takes.
    new DmlBinder(bind, state).constantValue(k.check(), c.type());
    Catalog catalog = t.catalog();
    String name = k.name() != null ? k.name()
        : SystemConstraintNames.ofColumn("DF", table.name(), c.name(), catalog.newObjectId());
    return new Constraint.Default(catalog.newObjectId(), name, c.columnId(), k.check().toSql());
  }

  private void validateCheck(ResolvedTable t, Table table, String name, TableConstraintDefinition k, int columnId) {
    ResolvedTable current = new ResolvedTable(t.catalog(), t.database(), t.schema(), table);
    BoundExpr cond = new DmlBinder(bind, state).rowCondition(k.check(), current);
    EvalContext ctx = new EvalContext(new Object[0], state);
    for (Object[] row : rows(t, t.table())) {
      Object[] widened = java.util.Arrays.copyOf(row, table.columns().size());
      for (int i = row.length; i < widened.length; i++) {
        widened[i] = table.columns().get(i).missingValue();
      }
      ctx.row = widened;
      if (cond.eval(ctx) == Boolean.FALSE) {
        String column = columnId == 0 ? "" : ", column '" + table.columnById(columnId).name() + "'";
        throw SqlErrors.CHECK_CONFLICT.raise("ALTER TABLE", name, t.database().name(), t.schemaQualified(), column);
      }
    }
  }

  /** Writes the new definition; rebuilds the rows when the indexes changed. */
  private void finish(ResolvedTable t, Table changed) {
    Table old = t.table();
    boolean indexesChanged = !old.indexes().equals(changed.indexes());
    if (!indexesChanged && !recompute) {
      t.catalog().alterObject(state.store().txn(t.catalog()), changed);
      return;
    }
    int oldWidth = old.columns().size();
    var computed = dev.quern.engine.binder.ComputedColumnBinder.bind(
        bind, new ResolvedTable(t.catalog(), t.database(), t.schema(), changed));
    EvalContext computing = new EvalContext(new Object[0], state);
    var counters = t.catalog().values();
    boolean numbering = old.identityColumn().isEmpty() && changed.identityColumn().isPresent();
    if (numbering) {
      // An added identity column numbers the rows there are from its seed; a rollback puts back
      // the counter (the table is held exclusively until then).
      var before = counters.reseedIdentity(old.id(), changed.identityColumn().get().identity(), java.util.OptionalLong.empty());
      state.store().onRollback(() -> counters.restoreIdentity(old.id(), before));
    }
    try {
      TableRewrite.rewrite(state.store(), t.catalog(), old, changed, row -> {
        Object[] out = java.util.Arrays.copyOf(row, changed.columns().size());
        for (int i = oldWidth; i < out.length; i++) {
          Column added = changed.columns().get(i);
          out[i] = added.missingValue();
          if (added.rowversion()) {
            RowVersions.stampUpdated(out, i, state.store(), t.catalog(), t.database().id());
          }
          if (added.identity() != null) {
            out[i] = Conversions.convert(counters.nextIdentity(old.id(), added.identity()), SqlTypes.BIGINT, added.type());
          }
        }
        // Rows read back lack the non-persisted values: an index or CHECK may need them.
        computed.fillAll(out, computing);
        return out;
      });
    } catch (DuplicateKeyException e) {
      List<String> values = new ArrayList<>();
      for (int i = 0; i < e.keyValues().size(); i++) {
        Object v = e.keyValues().get(i);
        values.add(v == null ? "<NULL>" : ValueFormatter.toText(v, changed.columnById(e.index().keys().get(i).columnId()).type()));
      }
      throw SqlErrors.DUPLICATE_KEY_CREATE_INDEX.raise(t.schemaQualified(), e.index().name(), String.join(", ", values));
    }
  }

  private void dropColumns(ResolvedTable t, AlterTableStatement.DropColumns d) {
    Table table = t.table();
    for (String name : d.names()) {
      if (d.ifExists() && table.column(name).isEmpty()) {
        continue;
      }
      Column c = table.column(name).orElseThrow(() -> SqlErrors.DROP_MISSING_COLUMN.raise(name, t.table().name()));
      ComputedColumnDdl.checkNotRead(table, c, "ALTER TABLE DROP COLUMN");
      dev.quern.engine.fulltext.FullTextIndexDdl.checkColumnUnused(state, t, c);
      IndexedColumnChanges.checkDrop(table, c);
      dev.quern.engine.sys.SchemaBinding.checkColumnUnreferenced(state, t, c, "ALTER TABLE DROP COLUMN");
      StatisticsDdl.checkNotCovered(state, t, c, "ALTER TABLE DROP COLUMN");
      IndexPlacements.checkNotPartitioning(state, t, c, "ALTER TABLE DROP COLUMN");
      for (Constraint k : table.constraints()) {
        boolean uses = switch (k) {
          case Constraint.Default df -> df.columnId() == c.columnId();
          case Constraint.Check ck -> ck.columnId() == c.columnId();
          default -> false;
        };
        if (uses) {
          throw SqlErrors.COLUMN_ACCESSED.raise("ALTER TABLE DROP COLUMN", c.name())
              .precededBy(SqlErrors.COLUMN_DEPENDENCY.raise(k.name(), c.name()));
        }
      }
      table = table.dropColumn(c.columnId());
    }
    t.catalog().alterObject(state.store().txn(t.catalog()), table);
  }

  private void dropConstraints(ResolvedTable t, AlterTableStatement.DropConstraints d) {
    Table table = t.table();
    for (String name : d.names()) {
      if (d.ifExists() && table.constraint(name).isEmpty()) {
        continue;
      }
      Constraint c = table.constraint(name).orElseThrow(() -> SqlErrors.NOT_A_CONSTRAINT.raise(name));
      List<Constraint> rest = new ArrayList<>(table.constraints());
      rest.remove(c);
      table = table.withConstraints(rest);
      int indexId = switch (c) {
        case Constraint.PrimaryKey pk -> pk.indexId();
        case Constraint.Unique uq -> uq.indexId();
        default -> -1;
      };
      if (indexId >= 0) {
        Index index = table.index(indexId).orElseThrow();
        dev.quern.engine.fulltext.FullTextIndexDdl.checkIndexUnused(state, t, index, t.table().name(), 1);
        List<Index> indexes = new ArrayList<>(table.indexes());
        indexes.remove(index);
        if (index.holdsRows()) {
          indexes.add(0, Index.heap(0));
        }
        table = table.withIndexes(indexes);
      }
    }
    finish(t, table);
  }

  /**
   * ALTER COLUMN c ADD PERSISTED writes the computed values into every row; DROP PERSISTED stops
   * storing them, unless an index holds the column (its entries need the stored values).
   */
  private void alterPersisted(ResolvedTable t, AlterTableStatement.AlterPersisted p) {
    Table table = t.table();
    Column c = table.column(p.column())
        .orElseThrow(() -> SqlErrors.ALTER_MISSING_COLUMN.raise(p.column(), table.name()));
    if (c.computed() == null) {
      throw SqlErrors.PERSISTED_NOT_COMPUTED.raise(c.name());
    }
    if (c.computed().persisted() == p.persisted()) {
      return;
    }
    if (p.persisted() && !dev.quern.engine.binder.ComputedColumnBinder.deterministic(
        bind, dev.quern.engine.binder.ComputedColumnBinder.parse(c.computed().expression()))) {
      throw SqlErrors.PERSISTED_NOT_DETERMINISTIC.raise(c.name(), table.name());
    }
    // An index on the column keeps its values stored after DROP PERSISTED.
    boolean indexed = table.indexes().stream().anyMatch(i -> i.keys().stream()
        .anyMatch(k -> k.columnId() == c.columnId()) || i.includes().contains(c.columnId()));
    Column changed = new Column(c.columnId(), c.name(), c.type(), c.nullable(), c.collation(), null,
        new dev.quern.catalog.meta.Computed(c.computed().expression(), p.persisted(), indexed),
        c.slot(), null);
    Table target = table.withColumns(
        table.columns().stream().map(x -> x.columnId() == c.columnId() ? changed : x).toList());
    recompute = p.persisted();
    finish(t, target);
  }

  private void alterColumn(ResolvedTable t, ColumnDefinition def) {
    Table table = t.table();
    Column old = table.column(def.name()).orElseThrow(() -> SqlErrors.ALTER_MISSING_COLUMN.raise(def.name(), table.name()));
    if (old.computed() != null) {
      throw SqlErrors.ALTER_COLUMN_IS.raise(old.name(), "COMPUTED");
    }
    ComputedColumnDdl.checkNotRead(table, old, "ALTER TABLE ALTER COLUMN");
    dev.quern.engine.fulltext.FullTextIndexDdl.checkColumnUnused(state, t, old);
    StatisticsDdl.checkNotCovered(state, t, old, "ALTER TABLE ALTER COLUMN");
    IndexPlacements.checkNotPartitioning(state, t, old, "ALTER TABLE ALTER COLUMN");
    dev.quern.engine.binder.DeclaredType declared = dev.quern.engine.binder.DeclaredType.resolve(def.type(), 1, state);
    if (declared.isTableType()) {
      throw SqlErrors.TABLE_TYPE_COLUMN.raise(def.name());
    }
    SqlType type = declared.type();
    boolean nullable = def.nullable() != null ? def.nullable() : declared.nullableByDefault();
    Column changed = new Column(old.columnId(), old.name(), type, nullable,
        ColumnCollations.of(def, type, defaultCollation(t)), old.identity(), old.computed(),
        table.nextSlot(), null)
        .withUserType(t.database().id() == state.databaseId() ? declared.userTypeId() : 0);
    IndexedColumnChanges.checkAlter(table, old, changed);
    dev.quern.engine.sys.SchemaBinding.checkColumnUnreferenced(state, t, old, "ALTER TABLE ALTER COLUMN");
    List<Column> columns = new ArrayList<>(table.columns());
    int pos = table.position(old.columnId());
    columns.set(pos, changed);
    // The new type gets a new slot; the old one is retired with its bytes.
    Map<Integer, SqlType> slots = new java.util.HashMap<>(table.retiredSlots());
    slots.put(old.slot(), old.type());
    Table target = new Table(table.id(), table.schemaId(), table.name(), columns, table.indexes(), table.constraints(), slots);
    ResolvedTable view = new ResolvedTable(t.catalog(), t.database(), t.schema(), target);
    TableRewrite.rewrite(state.store(), t.catalog(), table, target, row -> {
      Object[] out = row.clone();
      Object v = row[pos];
      if (v == null && !nullable) {
        throw SqlErrors.NULL_NOT_ALLOWED.raise(changed.name(), t.fullyQualified(), "UPDATE");
      }
      out[pos] = v == null ? null : RowValues.toColumn(v, old.type(), changed, view);
      return out;
    });
  }
}
