package dev.quern.engine.store;

import dev.quern.catalog.kv.KvSavepoint;
import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.kv.KvTxnOptions;
import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Metadata;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One session transaction over the stores it touches: a {@link KvTxn} per store, opened on first
 * use. Savepoints (SAVE TRAN and the per-statement savepoint that makes a failed statement leave
 * no trace) are set in every open store transaction; a store first touched after a savepoint rolls
 * back to where it started.
 */
final class StoreTxn {
  private record Part(KvTxn txn, KvSavepoint start) {}

  private record Named(String name, Map<Catalog, KvSavepoint> points) {}

  private record SeenMetadata(long view, Metadata metadata) {}

  /** Options for the stores this transaction has not touched yet (SET LOCK_TIMEOUT updates them). */
  private KvTxnOptions options;
  private final Map<Catalog, Part> parts = new LinkedHashMap<>();
  private final List<Named> named = new ArrayList<>();
  private final Map<Catalog, SeenMetadata> metadata = new IdentityHashMap<>();
  private Map<Catalog, KvSavepoint> statementMarks;
  private boolean ddl;

  /**
   * Whether savepoints are needed: not for an autocommit statement, which a failure rolls back
   * whole.
   */
  private final boolean savepoints;

  StoreTxn(KvTxnOptions options, boolean savepoints) {
    this.options = options;
    this.savepoints = savepoints;
  }

  /** The store transaction of {@code catalog}'s store, begun now if this is its first use. */
  KvTxn txn(Catalog catalog) {
    Part p = parts.get(catalog);
    if (p == null) {
      KvTxn txn = catalog.store().begin(options);
      txn.beginStatement();
      p = new Part(txn, savepoints ? txn.setSavepoint() : null);
      parts.put(catalog, p);
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
    Metadata md = catalog.metadata(txn);
    if (view >= 0) {
      metadata.put(catalog, new SeenMetadata(view, md));
    }
    return md;
  }

  /** A statement starts: new read snapshot, and a savepoint to undo it alone. */
  void beginStatement(boolean undoable) {
    statementMarks = undoable ? new IdentityHashMap<>() : null;
    for (Map.Entry<Catalog, Part> e : parts.entrySet()) {
      KvTxn txn = e.getValue().txn();
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
    statementMarks.forEach((c, sp) -> parts.get(c).txn().rollbackToSavepoint(sp));
  }

  void endStatement() {
    statementMarks = null;
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
    named.add(new Named(name, points));
  }

  void rollbackTo(String name) {
    for (int i = named.size() - 1; i >= 0; i--) {
      Named n = named.get(i);
      if (n.name().equalsIgnoreCase(name)) {
        parts.forEach(
            (c, p) -> p.txn().rollbackToSavepoint(n.points().getOrDefault(c, p.start())));
        named.subList(i + 1, named.size()).clear();
        return;
      }
    }
  }

  void commit() {
    try {
      for (Part p : parts.values()) {
        p.txn().commit();
      }
    } finally {
      close();
    }
    if (ddl) {
      parts.keySet().forEach(Catalog::reclaimGarbage);
    }
  }

  void rollback() {
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
    parts.values().forEach(p -> p.txn().close());
  }
}
