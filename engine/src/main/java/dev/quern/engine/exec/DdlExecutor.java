package dev.quern.engine.exec;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Constraint;
import dev.quern.catalog.meta.Database;
import dev.quern.catalog.meta.Identity;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.IndexColumn;
import dev.quern.catalog.meta.IndexKind;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.meta.ValueCounters;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.ast.ColumnDefinition;
import dev.quern.engine.ast.CreateDatabaseStatement;
import dev.quern.engine.ast.CreateTableStatement;
import dev.quern.engine.ast.DropDatabaseStatement;
import dev.quern.engine.ast.DropTableStatement;
import dev.quern.engine.ast.TableConstraintDefinition;
import dev.quern.engine.ast.TruncateTableStatement;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.error.TemporalErrors;
import dev.quern.engine.session.Databases;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import dev.quern.engine.store.ResolvedTable;
import dev.quern.engine.store.Storage;
import dev.quern.engine.store.StoreSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/** Runs CREATE/DROP DATABASE, CREATE/DROP TABLE and TRUNCATE TABLE in the statement's transaction. */
final class DdlExecutor {
  private final SessionState state;

  DdlExecutor(SessionState state) {
    this.state = state;
  }

  private StoreSession store() {
    return state.store();
  }

  void createDatabase(CreateDatabaseStatement s) {
    if (store().inUserTransaction()) {
      throw SqlErrors.CREATE_DATABASE_IN_TRANSACTION.raise();
    }
    Catalog main = store().storage().main();
    if (store().metadata(main).database(s.name()).isPresent()) {
      throw SqlErrors.DATABASE_EXISTS.raise(s.name());
    }
    String collation = s.collation() == null ? Database.DEFAULT_COLLATION : s.collation();
    String created = java.time.LocalDateTime.now().toString();
    Database db = new Database(main.newDatabaseId(), s.name(), collation, java.util.Map.of(Database.CREATE_DATE, created));
    Storage.createDatabase(main, store().txn(main), db);
    store().markDdl();
    state.server().databases().add(new Databases.Database(db.id(), db.name()), collation);
  }

  void dropDatabase(DropDatabaseStatement s) {
    if (store().inUserTransaction()) {
      throw SqlErrors.DROP_DATABASE_IN_TRANSACTION.raise();
    }
    Catalog main = store().storage().main();
    var db = store().metadata(main).database(s.name());
    if (db.isEmpty()) {
      if (s.ifExists()) {
        return;
      }
      throw SqlErrors.CANNOT_DROP_DATABASE.raise(s.name());
    }
    if (db.get().id() <= 4) {
      throw SqlErrors.CANNOT_DROP_SYSTEM_DATABASE.raise(db.get().name());
    }
    if (db.get().id() == state.databaseId()) {
      throw SqlErrors.DATABASE_IN_USE.raise(db.get().name());
    }
    main.dropDatabase(store().txn(main), db.get().id());
    store().markDdl();
    state.server().databases().remove(db.get().id());
    state.openKeys().forgetDatabase(db.get().id()); // its keys went with it (ids are never reused)
  }

  void createTable(CreateTableStatement s, dev.quern.engine.binder.BindContext bind) {
    ObjectNames.Target target =
        NewTableTarget.resolve(state, s.name(), () -> SqlErrors.INVALID_SCHEMA.raise(schemaWritten(s.name())));
    try {
      createTable(target, s, bind);
    } catch (RuntimeException e) {
      NewTableTarget.failed(state, s.name(), target);
      throw e;
    }
  }

  private void createTable(ObjectNames.Target target, CreateTableStatement s, dev.quern.engine.binder.BindContext bind) {
    Catalog catalog = target.catalog();
    Metadata md = store().metadata(catalog);
    String name = target.name();
    int tableId = catalog.newObjectId();
    List<Column> columns = new ArrayList<>();
    List<Constraint> constraints = new ArrayList<>();
    List<TableConstraintDefinition> keys = new ArrayList<>();
    Set<String> names = new HashSet<>();
    Set<String> keyColumns = keyColumnNames(s);
    Set<String> computedNames = new HashSet<>();
    s.columns().stream().filter(c -> c.computed() != null)
        .forEach(c -> computedNames.add(c.name().toLowerCase(Locale.ROOT)));
    List<dev.quern.engine.api.ResultColumn> scope = computedNames.isEmpty() ? List.of() : rowScope(s);
    var defaultCollation = ColumnCollations.databaseDefault(state, target.database().id(), s.name());
    int ordinal = 0;
    for (ColumnDefinition c : s.columns()) {
      ordinal++;
      if (!names.add(c.name().toLowerCase(Locale.ROOT))) {
        throw SqlErrors.DUPLICATE_COLUMN_NAME.raise(c.name(), name);
      }
      if (c.computed() != null) {
        Column computed = ComputedColumnDdl.define(bind, name, scope, computedNames, c, ordinal, ordinal - 1);
        if (computed.nullable() && keyColumns.contains(c.name().toLowerCase(Locale.ROOT))) {
          throw SqlErrors.NULLABLE_PRIMARY_KEY.raise(name);
        }
        columns.add(computed);
        for (TableConstraintDefinition k : c.constraints()) {
          if (k.kind() == TableConstraintDefinition.Kind.CHECK) {
            String cn = k.name() != null ? k.name() : SystemConstraintNames.ofColumn("CK", name, c.name(), catalog.newObjectId());
            constraints.add(new Constraint.Check(catalog.newObjectId(), cn, k.check().toSql(), ordinal));
            continue;
          }
          keys.add(k.columns().isEmpty()
              ? new TableConstraintDefinition(k.name(), k.kind(), k.clustered(),
                  List.of(new TableConstraintDefinition.KeyColumn(c.name(), false)), null, k.references(), k.ignoreDupKey(), k.placement(),
                  k.options())
              : k);
        }
        continue;
      }
      dev.quern.engine.binder.DeclaredType declared = dev.quern.engine.binder.DeclaredType.resolve(c.type(), ordinal, state);
      if (declared.isTableType()) {
        throw SqlErrors.TABLE_TYPE_COLUMN.raise(c.name());
      }
      SqlType type = declared.type();
      boolean inKey = keyColumns.contains(c.name().toLowerCase(Locale.ROOT));
      if (inKey && Boolean.TRUE.equals(c.nullable())) {
        throw SqlErrors.NULLABLE_PRIMARY_KEY.raise(name);
      }
      // A column of an alias type takes the type's nullability unless it states its own.
      boolean rowversion = RowVersions.declares(c);
      boolean nullable = c.generated() != null ? SystemTimeDdl.checkedNullability(c, type)
          : c.nullable() != null ? c.nullable()
          : !(c.identity() != null || inKey || rowversion) && declared.nullableByDefault();
      if (rowversion) {
        type = RowVersions.definedType(name, c, nullable, columns);
      }
      if (c.identity() != null) {
        IdentityColumns.check(name, c.name(), type, columns);
      }
      Identity identity = c.identity() == null ? null : new Identity(c.identity().seed(), c.identity().increment());
      String collation = ColumnCollations.of(c, type, defaultCollation);
      Column col = new Column(
          ordinal, c.name(), type, nullable, collation, identity, null, ordinal - 1, null, rowversion);
      if (declared.userType() != null && target.database().id() == state.databaseId()) {
        col = col.withUserType(declared.userTypeId()); // a table variable's lives in tempdb: no reference
      }
      columns.add(col);
      VectorColumns.checkConstraints(c, type, name);
      if (c.defaultValue() != null) {
        String dn = c.defaultName() != null ? c.defaultName() : SystemConstraintNames.ofColumn("DF", name, c.name(), catalog.newObjectId());
        constraints.add(new Constraint.Default(catalog.newObjectId(), dn, ordinal, c.defaultValue().toSql()));
      }
      for (TableConstraintDefinition k : c.constraints()) {
        if (k.kind() == TableConstraintDefinition.Kind.CHECK) {
          String cn = k.name() != null ? k.name() : SystemConstraintNames.ofColumn("CK", name, c.name(), catalog.newObjectId());
          constraints.add(new Constraint.Check(catalog.newObjectId(), cn, k.check().toSql(), ordinal));
          continue;
        }
        keys.add(k.columns().isEmpty() && k.kind() != TableConstraintDefinition.Kind.CHECK
            ? new TableConstraintDefinition(k.name(), k.kind(), k.clustered(),
                List.of(new TableConstraintDefinition.KeyColumn(c.name(), false)), null, k.references(), k.ignoreDupKey(), k.placement(),
                k.options())
            : k);
      }
    }
    keys.addAll(s.constraints());
    List<Index> indexes = new ArrayList<>();
    Map<Integer, dev.quern.engine.ast.PartitionPlacement> written = new HashMap<>();
    boolean clusteredTaken =
        keys.stream().anyMatch(k -> k.kind() != TableConstraintDefinition.Kind.CHECK && Boolean.TRUE.equals(k.clustered()));
    boolean primaryKeySeen = false;
    int nextIndexId = 2;
    Map<String, Column> byName = new HashMap<>();
    columns.forEach(c -> byName.put(c.name().toLowerCase(Locale.ROOT), c));
    List<TableConstraintDefinition> foreignKeys =
        keys.stream().filter(k -> k.kind() == TableConstraintDefinition.Kind.FOREIGN_KEY).toList();
    keys.removeAll(foreignKeys);
    for (TableConstraintDefinition k : keys) {
      if (k.kind() == TableConstraintDefinition.Kind.CHECK) {
        VectorColumns.checkTableCheck(columns, k.check().toSql());
        String cn = k.name() != null ? k.name() : SystemConstraintNames.tableCheck(name, catalog.newObjectId());
        constraints.add(new Constraint.Check(catalog.newObjectId(), cn, k.check().toSql(), 0));
        continue;
      }
      boolean pk = k.kind() == TableConstraintDefinition.Kind.PRIMARY_KEY;
      if (pk && primaryKeySeen) {
        throw SqlErrors.SECOND_PRIMARY_KEY.raise(name);
      }
      primaryKeySeen |= pk;
      boolean clustered =
          k.clustered() != null ? k.clustered() : pk && !clusteredTaken;
      if (clustered) {
        clusteredTaken = true;
      }
      List<IndexColumn> cols = new ArrayList<>();
      for (TableConstraintDefinition.KeyColumn kc : k.columns()) {
        Column col = byName.get(kc.name().toLowerCase(Locale.ROOT));
        if (col == null) {
          throw SqlErrors.KEY_COLUMN_MISSING.raise(kc.name());
        }
        VectorColumns.checkConstraintKey(col, name);
        SpatialColumns.checkConstraintKey(col, name);
        if (col.type().id() == dev.quern.catalog.type.TypeId.JSON) {
          throw SqlErrors.CONSTRAINT_FAILED.raise()
              .precededBy(dev.quern.engine.error.JsonTypeErrors.CONSTRAINT_KEY.raise(col.name(), name));
        }
        cols.add(new IndexColumn(col.columnId(), kc.descending()));
      }
      String cn = k.name() != null ? k.name() : SystemConstraintNames.key(pk ? "PK" : "UQ", name, catalog.newObjectId());
      for (IndexColumn ic : cols) {
        Column col = ComputedColumnDdl.indexable(bind, name, columns.get(ic.columnId() - 1));
        columns.set(ic.columnId() - 1, col);
        byName.put(col.name().toLowerCase(Locale.ROOT), col);
      }
      int indexId = clustered ? 1 : nextIndexId++;
      Index index =
          new Index(indexId, cn, clustered ? IndexKind.CLUSTERED : IndexKind.NONCLUSTERED, true, pk, !pk,
              cols, List.of(), null, catalog.newDataId(), k.ignoreDupKey())
              .withOptions(k.options().apply(dev.quern.catalog.meta.IndexOptions.DEFAULT));
      indexes.add(index);
      if (k.placement() != null) {
        written.put(indexId, k.placement());
      }
      int objectId = catalog.newObjectId();
      constraints.add(pk ? new Constraint.PrimaryKey(objectId, cn, indexId) : new Constraint.Unique(objectId, cn, indexId));
    }
    if (indexes.stream().noneMatch(Index::holdsRows)) {
      indexes.add(0, Index.heap(catalog.newDataId()));
    }
    if (s.compression() != null) {
      // WITH (DATA_COMPRESSION = …) after the columns is the rows' (heap or clustered index), unless
      // the clustered key's own WITH said otherwise.
      indexes.replaceAll(i -> i.holdsRows() && i.options().compression().equals("NONE")
          ? i.withOptions(i.options().withCompression(s.compression())) : i);
    }
    Table draft = new Table(tableId, target.schema().id(), name, columns, indexes, constraints, Map.of());
    for (TableConstraintDefinition k : foreignKeys) {
      constraints.add(ForeignKeyDdl.build(state, catalog, draft, byName, k));
    }
    for (Constraint c : constraints) {
      if (md.nameTaken(target.schema().id(), c.name())) {
        throw SqlErrors.OBJECT_EXISTS.raise(c.name());
      }
    }
    Table table = new Table(tableId, target.schema().id(), name, columns, indexes, constraints, Map.of());
    Map<Integer, dev.quern.catalog.meta.TablePartitioning.Placement> placed =
        placements(new IndexPlacements(catalog, md, target.database().id()), table, written, s.placement());
    catalog.createObject(store().txn(catalog), table);
    placed.forEach((indexId, p) -> new IndexPlacements(catalog, md, target.database().id())
        .record(store().txn(catalog), tableId, indexId, p));
    new SystemTimeDdl(state).define(
        new ResolvedTable(catalog, target.database(), target.schema(), table), table, s.columns(), s.period(),
        s.versioning());
    store().markDdl();
    NewTableTarget.created(state, s.name(), target, tableId);
    // Indexes declared inline, on the table just made (its name as written resolves to it).
    for (dev.quern.engine.ast.CreateIndexStatement index : s.indexes()) {
      new IndexDdl(state, bind).create(index);
    }
  }

  /**
   * Where each index of a new table goes: the heap or clustered index by its own ON clause or the
   * table's, every other index by its own or aligned with the table. Only partitioned ones listed.
   */
  private static Map<Integer, dev.quern.catalog.meta.TablePartitioning.Placement> placements(
      IndexPlacements placing, Table table, Map<Integer, dev.quern.engine.ast.PartitionPlacement> written,
      dev.quern.engine.ast.PartitionPlacement onTable) {
    Map<Integer, dev.quern.catalog.meta.TablePartitioning.Placement> out = new HashMap<>();
    Index rows = table.rowIndex();
    var forRows = placing.resolve(table, rows, written.getOrDefault(rows.indexId(), onTable), null);
    for (Index i : table.indexes()) {
      var p = i == rows ? forRows : placing.resolve(table, i, written.get(i.indexId()), forRows);
      if (p != null) {
        out.put(i.indexId(), p);
      }
    }
    return out;
  }

  /**
   * The row computed columns bind over: declared types (a type that does not parse reports its
   * error in order later), computed columns as placeholders (naming one is error 1759 first).
   */
  private List<dev.quern.engine.api.ResultColumn> rowScope(CreateTableStatement s) {
    List<dev.quern.engine.api.ResultColumn> out = new ArrayList<>();
    for (ColumnDefinition c : s.columns()) {
      SqlType type = SqlTypes.INT;
      if (c.computed() == null) {
        try {
          type = dev.quern.engine.binder.DeclaredType.resolve(c.type(), 0, state).type();
        } catch (RuntimeException e) {
          // Reported with its ordinal when the column is defined.
        }
      }
      out.add(new dev.quern.engine.api.ResultColumn(c.name(), type, true)
          .withCollation(SqlTypes.isCharacter(type.id()) ? ColumnCollations.find(c.collation()) : null));
    }
    return out;
  }

  private static Set<String> keyColumnNames(CreateTableStatement s) {
    Set<String> out = new HashSet<>();
    for (TableConstraintDefinition k : s.constraints()) {
      if (k.kind() == TableConstraintDefinition.Kind.PRIMARY_KEY) {
        k.columns().forEach(c -> out.add(c.name().toLowerCase(Locale.ROOT)));
      }
    }
    for (ColumnDefinition c : s.columns()) {
      for (TableConstraintDefinition k : c.constraints()) {
        if (k.kind() == TableConstraintDefinition.Kind.PRIMARY_KEY) {
          out.add(c.name().toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }

  private static String schemaWritten(List<String> parts) {
    return parts.size() >= 2 ? parts.get(parts.size() - 2) : "dbo";
  }

  void dropTable(DropTableStatement s) {
    for (List<String> parts : s.names()) {
      var found = ObjectNames.table(store(), state.databaseName(), parts);
      if (found.isEmpty()) {
        if (s.ifExists()) {
          continue;
        }
        throw SqlErrors.CANNOT_DROP.raise("table", String.join(".", parts));
      }
      ResolvedTable t = found.get();
      if (store().metadata(t.catalog()).referencing(t.table().id()).stream()
          .anyMatch(o -> o.table().id() != t.table().id())) {
        throw SqlErrors.DROP_REFERENCED_TABLE.raise(t.schemaQualified());
      }
      refuseVersioned(t, TemporalErrors.DROP_VERSIONED);
      if (!parts.getLast().startsWith("#")) {
        dev.quern.engine.sys.SchemaBinding.checkUnreferenced(state, t, "DROP TABLE", String.join(".", parts));
      }
      TriggerDdl.dropOf(state, t);
      // The identity counter stays: object ids are never reused, so a dropped table's is never
      // read again, and a DROP rolled back leaves the table numbering on from where it was.
      t.catalog().dropObject(store().txn(t.catalog()), t.table().id());
      store().markDdl();
    }
  }

  /** {@code error} for a system-versioned temporal table or its history table (DROP, TRUNCATE). */
  private void refuseVersioned(ResolvedTable t, dev.quern.engine.error.ErrorTemplate error) {
    Metadata md = store().metadata(t.catalog());
    int id = t.table().id();
    if (md.versionedBy(id).isPresent() || md.period(id).filter(p -> p.versioned()).isPresent()) {
      throw error.raise(t.fullyQualified());
    }
  }

  void identityInsert(dev.quern.engine.ast.SetIdentityInsertStatement s) {
    ResolvedTable t =
        ObjectNames.table(store(), state.databaseName(), s.table())
            .orElseThrow(() -> SqlErrors.INVALID_OBJECT.raise(String.join(".", s.table())));
    if (t.table().identityColumn().isEmpty()) {
      throw SqlErrors.NO_IDENTITY_PROPERTY.raise(t.schemaQualified());
    }
    int current = store().identityInsertTable();
    if (s.on()) {
      if (current != 0 && current != t.table().id()) {
        String other =
            store().metadata(t.catalog()).table(current).map(Table::name).orElse(String.valueOf(current));
        throw SqlErrors.IDENTITY_INSERT_ALREADY_ON.raise(other, t.schemaQualified());
      }
      store().setIdentityInsertTable(t.table().id());
    } else if (current == t.table().id()) {
      store().setIdentityInsertTable(0);
    }
  }

  void truncate(TruncateTableStatement s) {
    ResolvedTable t =
        ObjectNames.table(store(), state.databaseName(), s.name())
            .orElseThrow(() -> SqlErrors.CANNOT_FIND_OBJECT.raise(String.join(".", s.name())));
    if (!store().metadata(t.catalog()).referencing(t.table().id()).isEmpty()) {
      throw SqlErrors.TRUNCATE_REFERENCED_TABLE.raise(t.schemaQualified());
    }
    dev.quern.engine.indexedview.IndexedViewDdl.checkTruncate(state, t, String.join(".", s.name()));
    refuseVersioned(t, TemporalErrors.TRUNCATE_VERSIONED);
    if (!s.partitions().isEmpty()) {
      new PartitionTruncate(state).run(t, s);
      return;
    }
    t.catalog().truncate(store().txn(t.catalog()), t.table());
    new ChangeTrackingDdl(state).truncated(t);
    t.table().identityColumn().ifPresent(c -> {
      ValueCounters values = t.catalog().values();
      int id = t.table().id();
      var before = values.reseedIdentity(id, c.identity(), OptionalLong.empty());
      store().onRollback(() -> values.restoreIdentity(id, before)); // the rows come back: so does it
    });
    store().markDdl();
  }
}
