package dev.quern.engine.store;

import dev.quern.catalog.kv.KvIsolation;
import dev.quern.catalog.kv.KvSavepoint;
import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.kv.KvTxnOptions;
import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.meta.TableStore;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One session transaction over the stores it touches: a {@link KvTxn} per store, opened on first
 * use. Savepoints (SAVE TRAN and the per-statement savepoint that makes a failed statement leave
 * no trace) are set in every open store transaction; a store first touched after a savepoint rolls
 * back to where it started.
 */
final class StoreTxn {
  /**
   * A store's transaction. {@code ddlGeneration}: the catalog's DDL generation noted just before the
   * transaction's current read snapshot was taken (see {@link Catalog#metadata(KvTxn, long)}).
   */
  private static final class Part {
    private final KvTxn txn;
    private final KvSavepoint start;
    private long ddlGeneration;

    Part(KvTxn txn, KvSavepoint start, long ddlGeneration) {
      this.txn = txn;
      this.start = start;
      this.ddlGeneration = ddlGeneration;
    }

    KvTxn txn() {
      return txn;
    }

    KvSavepoint start() {
      return start;
    }
  }

  private record Named(String name, Map<Catalog, KvSavepoint> points, int undoMark) {}

  private record SeenMetadata(long view, Metadata metadata) {}

  /** A table opened in this transaction, with the metadata its definition was checked against. */
  private record OpenTable(Catalog catalog, Metadata checkedAt, TableStore store) {}

  /** Beyond this many, the opened tables are forgotten (reopening is only slower). */
  private static final int OPEN_TABLES_CAPACITY = 256;

  /** Options for the stores this transaction has not touched yet (SET LOCK_TIMEOUT updates them). */
  private KvTxnOptions options;
  private final Map<Catalog, Part> parts = new LinkedHashMap<>();
  /** The parts as other sessions' views read them: {@link #parts} is the owner's alone. */
  private final List<TransactionPart> published = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final Map<Catalog, TransactionPart> publishedByCatalog = new IdentityHashMap<>();
  private final List<Named> named = new ArrayList<>();
  private final Map<Catalog, SeenMetadata> metadata = new IdentityHashMap<>();
  private final Map<Table, OpenTable> openTables = new IdentityHashMap<>();
  private Map<Catalog, KvSavepoint> statementMarks;
  private final RollbackActions undos = new RollbackActions();
  private int statementUndoMark;
  private boolean ddl;

  /**
   * Whether savepoints are needed: not for an autocommit statement, which a failure rolls back
   * whole.
   */
  private final boolean savepoints;

  /**
   * When the transaction began: what system-versioned temporal tables record as the time of every
   * row version it writes (SQL Server uses the begin time of the transaction, in UTC).
   */
  private final java.time.Instant began = java.time.Instant.now();

  java.time.Instant began() {
    return began;
  }

  /** The isolation level this transaction was begun at. */
  KvIsolation isolation() {
    return options.isolation();
  }

  StoreTxn(KvTxnOptions options, boolean savepoints, Supplier<byte[]> changeContext) {
    this.options = options;
    this.savepoints = savepoints;
    this.changeContext = changeContext;
  }

  /** The running statement's WITH CHANGE_TRACKING_CONTEXT value (null: none). */
  private final Supplier<byte[]> changeContext;

  /** The store transaction of {@code catalog}'s store, begun now if this is its first use. */
  KvTxn txn(Catalog catalog) {
    Part p = parts.get(catalog);
    if (p == null) {
      long generation = catalog.ddlGeneration();
      KvTxn txn = catalog.store().begin(options);
      txn.beginStatement();
      p = new Part(txn, savepoints ? txn.setSavepoint() : null, generation);
      parts.put(catalog, p);
      TransactionPart part = new TransactionPart(catalog, txn);
      publishedByCatalog.put(catalog, part);
      published.add(part);
      if (statementMarks != null) {
        statementMarks.put(catalog, p.start());
      }
    }
    return p.txn();
  }

  /**
   * The metadata {@code catalog}'s store transaction sees. Reading it costs a read of the stamp;
   * a statement asks many times (binding, checking a reused plan, opening each table), so the
   * answer is kept while the transaction's reads cannot have changed ({@link KvTxn#readView}).
   */
  Metadata metadata(Catalog catalog) {
    KvTxn txn = txn(catalog);
    long view = txn.readView();
    SeenMetadata seen = metadata.get(catalog);
    if (view >= 0 && seen != null && seen.view() == view) {
      return seen.metadata();
    }
    Metadata md = catalog.metadata(txn, parts.get(catalog).ddlGeneration);
    if (view >= 0) {
      metadata.put(catalog, new SeenMetadata(view, md));
    }
    return md;
  }

  /**
   * {@code table} opened in {@code catalog}'s store transaction. Opening locks the definition
   * shared and checks it against the stored one (a read per statement); a table this transaction
   * opened before under the same metadata is reused instead: its shared lock is still held (only
   * a rollback to a savepoint releases it, and that forgets the opened tables), and the same
   * metadata snapshot means the same stored definitions, since every definition change writes a
   * fresh DDL stamp. Only when the metadata is known without a read (see {@link #metadata}).
   */
  TableStore openTable(Catalog catalog, Table table, Supplier<TableStore.IndexFilter> filter) {
    return openTable(catalog, table, filter, false);
  }

  /** As {@link #openTable(Catalog, Table, Supplier)}; {@code forWrite}: for a statement that writes it. */
  TableStore openTable(Catalog catalog, Table table, Supplier<TableStore.IndexFilter> filter, boolean forWrite) {
    KvTxn txn = txn(catalog);
    Metadata known = knownMetadata(catalog, txn);
    if (forWrite) {
      noteWriting(catalog, table);
    }
    OpenTable open = openTables.get(table);
    if (known != null && open != null && open.checkedAt() == known && open.catalog() == catalog) {
      return covered(open.store(), catalog, table);
    }
    long generation = parts.get(catalog).ddlGeneration;
    TableStore store = covered(forWrite
        ? TableStore.openForWrite(catalog, txn, table, filter.get(), generation)
        : TableStore.open(catalog, txn, table, filter.get(), generation), catalog, table);
    Metadata md = known != null ? known : metadata(catalog);
    var recorder = catalog.changeRecorder(txn, md, table, changeContext);
    if (recorder != null) {
      store.trackChanges(recorder);
    }
    var logged = catalog.logRecorder(txn, md, table);
    if (logged != null) {
      store.logChanges(logged);
    }
    var fullText = catalog.fullText().indexer(txn, md, table);
    if (fullText != null) {
      store.indexFullText(fullText);
    }
    if (known != null) {
      if (openTables.size() >= OPEN_TABLES_CAPACITY) {
        openTables.clear();
      }
      openTables.put(table, new OpenTable(catalog, known, store));
    }
    return store;
  }

  /** The stores this transaction takes part in, for other sessions' views (thread-safe). */
  List<TransactionPart> parts() {
    return published;
  }

  private void noteWriting(Catalog catalog, Table table) {
    TransactionPart part = publishedByCatalog.get(catalog);
    if (part != null && part.databaseId() == 0) {
      metadata(catalog).schema(table.schemaId()).ifPresent(s -> part.writing(s.databaseId()));
    }
  }

  /** Whether this transaction drew a rowversion: only then has its end values to release. */
  private boolean drewRowversions;

  /** The next rowversion of {@code databaseId}, active (MIN_ACTIVE_ROWVERSION) until this ends. */
  long nextRowversion(Catalog catalog, int databaseId) {
    txn(catalog); // takes part in the catalog's store, so its end releases the value there
    drewRowversions = true;
    return catalog.nextRowversion(databaseId, this);
  }

  /** A table this transaction holds exclusively (TABLOCK). */
  private record LockedTable(Catalog catalog, int tableId) {}

  private final java.util.Set<LockedTable> lockedTables = new java.util.HashSet<>();

  /** Locks {@code table} exclusively until this transaction ends; its rows then take no locks. */
  void lockExclusively(Catalog catalog, Table table) {
    catalog.lockTableExclusively(txn(catalog), table);
    lockedTables.add(new LockedTable(catalog, table.id()));
  }

  private TableStore covered(TableStore store, Catalog catalog, Table table) {
    return !lockedTables.isEmpty() && lockedTables.contains(new LockedTable(catalog, table.id()))
        ? store.coveredByTableLock()
        : store;
  }

  /** The metadata {@link #metadata} would answer without reading the stamp again, or null. */
  private Metadata knownMetadata(Catalog catalog, KvTxn txn) {
    long view = txn.readView();
    SeenMetadata seen = metadata.get(catalog);
    return view >= 0 && seen != null && seen.view() == view ? seen.metadata() : null;
  }

  /** A statement starts: new read snapshot, and a savepoint to undo it alone. */
  void beginStatement(boolean undoable) {
    // Sized for the one or two stores a statement touches: the default table (64 slots) showed
    // in the allocations of a batched insert, which begins a statement per row.
    statementMarks = undoable ? new IdentityHashMap<>(4) : null;
    statementUndoMark = undos.mark();
    for (Map.Entry<Catalog, Part> e : parts.entrySet()) {
      Part p = e.getValue();
      KvTxn txn = p.txn();
      if (txn.isolation() != KvIsolation.SNAPSHOT) {
        // A SNAPSHOT transaction keeps the snapshot it began with: and the generation noted then.
        p.ddlGeneration = e.getKey().ddlGeneration();
      }
      txn.beginStatement();
      if (undoable) {
        statementMarks.put(e.getKey(), txn.setSavepoint());
      }
    }
  }

  /** Undoes the running statement's writes (statement-level rollback). */
  void undoStatement() {
    if (statementMarks == null) {
      return;
    }
    undos.undoTo(statementUndoMark);
    statementMarks.forEach((c, sp) -> parts.get(c).txn().rollbackToSavepoint(sp));
    openTables.clear(); // the rollback released the definition locks taken since the savepoint
    lockedTables.clear(); // and perhaps table locks: their rows go back to locking each key
  }

  void endStatement() {
    statementMarks = null;
    for (OpenTable open : openTables.values()) {
      open.store().statementEnded(); // lock escalation counts per statement
    }
  }

  void markDdl() {
    ddl = true;
  }

  boolean didDdl() {
    return ddl;
  }

  void setLockTimeout(long millis) {
    options = options.withLockTimeout(millis);
    parts.values().forEach(p -> p.txn().setLockTimeout(millis));
  }

  void save(String name) {
    Map<Catalog, KvSavepoint> points = new IdentityHashMap<>();
    parts.forEach((c, p) -> points.put(c, p.txn().setSavepoint()));
    named.add(new Named(name, points, undos.mark()));
  }

  void rollbackTo(String name) {
    for (int i = named.size() - 1; i >= 0; i--) {
      Named n = named.get(i);
      if (n.name().equalsIgnoreCase(name)) {
        parts.forEach(
            (c, p) -> p.txn().rollbackToSavepoint(n.points().getOrDefault(c, p.start())));
        undos.undoTo(n.undoMark());
        named.subList(i + 1, named.size()).clear();
        openTables.clear(); // as in undoStatement
        lockedTables.clear();
        return;
      }
    }
  }

  void commit() {
    boolean committed = false;
    try {
      for (Map.Entry<Catalog, Part> e : parts.entrySet()) {
        e.getKey().commit(e.getValue().txn()); // versions tracked changes (ChangeVersions)
      }
      committed = true;
    } finally {
      if (!committed) {
        undos.undoTo(0);
      }
      close();
    }
    if (ddl) {
      parts.keySet().forEach(Catalog::reclaimGarbage);
    }
  }

  /** {@code undo} runs if this transaction, or the running statement or savepoint, is rolled back. */
  void onRollback(Runnable undo) {
    undos.add(undo);
  }

  void rollback() {
    undos.undoTo(0);
    try {
      for (Part p : parts.values()) {
        if (p.txn().isActive()) {
          p.txn().rollback();
        }
      }
    } finally {
      close();
    }
  }

  private void close() {
    parts.forEach((c, p) -> {
      c.ended(p.txn());
      p.txn().close();
    });
    if (drewRowversions) {
      parts.keySet().forEach(c -> c.releaseRowversions(this));
    }
  }
}
