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
   * Starts a read-only transaction outside the store's locking: its plain and peek reads ({@code
   * get}, {@code getAll}, {@code peek}, {@code scan}, {@code peekScan}) all see the committed state
   * as of its first read (one snapshot, READ COMMITTED's statement consistency), take no lock and
   * never wait. It has no lock bookkeeping and nothing to commit, so it costs less than {@link
   * #begin}. Locking reads ({@code getForUpdate}, {@code lockShared}, {@code scanForUpdate}),
   * writes and savepoints throw {@link UnsupportedOperationException}; {@code beginStatement}
   * lets the next read take a fresh snapshot; {@code commit} and {@code rollback} just end it.
   *
   * <p>It gives no schema stability: a caller decoding rows with a table definition must know by
   * other means that the definition cannot change under it (see {@code meta.SchemaStability}).
   */
  KvTxn beginReadOnly();

  /**
   * Removes every key in {@code [from, to)} outside any transaction. Only for ranges no transaction
   * can reach any more (the data of a dropped or truncated table).
   */
  void reclaimRange(byte[] from, byte[] to);

  /**
   * The locks held or waited for now by the store's transactions, for sys.dm_tran_locks: a
   * snapshot taken from any thread, consistent per transaction at best (locks come and go while
   * it is taken). Empty for stores without locks.
   */
  default java.util.List<KvLock> locks() {
    return java.util.List.of();
  }

  /**
   * Writes what so far is only in the log (committed, and synced there) to the store's own files
   * and waits for it: restart then replays less, and the log written before it can go (CHECKPOINT).
   */
  void checkpoint();

  /**
   * Rewrites the store's files without the space that deleted and overwritten data still takes
   * (DBCC SHRINKDATABASE / SHRINKFILE); waits until done.
   */
  void compact();

  /**
   * Reads every table file of the store and checks each block against the checksum written with
   * it (DBCC CHECKALLOC): the first damage found, described by the store, or empty when none is.
   * Only committed files are read; the log is checked when the store opens.
   */
  java.util.Optional<String> verifyFiles();

  /** The store's disk and memory use now ({@link KvSpace}); none for stores that cannot tell. */
  default KvSpace space() {
    return KvSpace.NONE;
  }

  /** Whether commits are durable (synced to a log) in this store; false for tempdb. */
  boolean durable();

  /** Closes the store; transactions still open are rolled back. */
  @Override
  void close();
}
