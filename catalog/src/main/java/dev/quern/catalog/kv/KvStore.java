package dev.quern.catalog.kv;

/** An ordered transactional key-value store: the root of the storage SPI. */
public interface KvStore extends AutoCloseable {

  /** Starts a transaction. */
  KvTxn begin(KvTxnOptions options);

  /** Starts a READ COMMITTED transaction that waits for locks without limit. */
  default KvTxn begin() {
    return begin(KvTxnOptions.DEFAULT);
  }

  /**
   * Removes every key in {@code [from, to)} outside any transaction. Only for ranges no transaction
   * can reach any more (the data of a dropped or truncated table).
   */
  void reclaimRange(byte[] from, byte[] to);

  /** Whether commits are durable (synced to a log) in this store; false for tempdb. */
  boolean durable();

  /** Closes the store; transactions still open are rolled back. */
  @Override
  void close();
}
