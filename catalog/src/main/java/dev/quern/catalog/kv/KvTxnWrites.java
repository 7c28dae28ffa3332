package dev.quern.catalog.kv;

/**
 * What a transaction has written so far: how many puts and deletes it made and the bytes of their
 * keys and values (what its write batch, and so the store's log, will hold). A write undone by a
 * rollback to a savepoint stays counted, as the log records of undone work stay in a log.
 * Read from any thread (sys.dm_tran_database_transactions) while the owner writes, so a snapshot
 * may lag the owner by a write.
 */
public record KvTxnWrites(long records, long bytes) {
  public static final KvTxnWrites NONE = new KvTxnWrites(0, 0);
}
