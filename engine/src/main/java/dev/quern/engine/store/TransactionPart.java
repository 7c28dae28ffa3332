package dev.quern.engine.store;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.kv.KvTxnWrites;
import dev.quern.catalog.meta.Catalog;

/**
 * One store a session transaction takes part in, as other sessions see it
 * (sys.dm_tran_database_transactions): the store's catalog, its store transaction's writes so far,
 * and the database of the first table the transaction wrote there. Every database but tempdb
 * shares one store and one log, so a transaction writing in two of them is one part, under the
 * first; 0 until a table is written (a part opened by reads or DDL only).
 */
public final class TransactionPart {
  private final Catalog catalog;
  private final KvTxn txn;
  private volatile int databaseId;
  private volatile java.time.Instant firstWrite;

  TransactionPart(Catalog catalog, KvTxn txn) {
    this.catalog = catalog;
    this.txn = txn;
  }

  public Catalog catalog() {
    return catalog;
  }

  /** The puts and deletes of the store transaction so far (safe from any thread). */
  public KvTxnWrites writes() {
    return txn.writes();
  }

  /** The database of the first table written in this store; 0 when none was written yet. */
  public int databaseId() {
    return databaseId;
  }

  /**
   * When the transaction first opened a table of this store for writing: the database's begin
   * time in the transaction (SQL Server's is its first log record's); null before that.
   */
  public java.time.Instant firstWrite() {
    return firstWrite;
  }

  /** Notes the database of a table the transaction opens for writing; the first one stays. */
  void writing(int databaseId) {
    if (this.databaseId == 0) {
      firstWrite = java.time.Instant.now();
      this.databaseId = databaseId;
    }
  }
}
