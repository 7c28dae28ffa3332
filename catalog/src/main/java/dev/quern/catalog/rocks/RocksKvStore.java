package dev.quern.catalog.rocks;

import dev.quern.catalog.kv.KvException;
import dev.quern.catalog.kv.KvStore;
import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.kv.KvTxnOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.DBOptions;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.Statistics;
import org.rocksdb.TickerType;
import org.rocksdb.Transaction;
import org.rocksdb.TransactionDB;
import org.rocksdb.TransactionDBOptions;
import org.rocksdb.TransactionOptions;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;

/**
 * The embedded {@link KvStore}: a RocksDB {@link TransactionDB} with pessimistic transactions,
 * deadlock detection, and the WAL synced at every commit. Concurrent committers share an fsync:
 * RocksDB's write-group leader writes and syncs the WAL once for all the writers queued behind it
 * (measured in {@code RocksKvStoreGroupCommitTest}). One keyspace, the default column family: the
 * system ranges are key prefixes (see {@code dev.quern.catalog.meta}), as on TiKV or FoundationDB.
 */
public final class RocksKvStore implements KvStore {
  static {
    RocksDB.loadLibrary();
  }

  /** Shared by all reads of the store; the OS page cache holds the rest. */
  private static final long BLOCK_CACHE_BYTES = 256L << 20;

  /**
   * How many leading bytes name the key range a key belongs to: the data prefix of a table's row
   * or index keys (a tag byte and the 8-byte data id, {@code SystemKeys.data} in {@code meta};
   * a test there keeps the two equal). Memtable inserts keep one insert position per such prefix
   * (RocksDB's insert hints): a batched insert appends rows in key order while interleaving their
   * index entries, and without a position per range each row searched the memtable's skip list
   * from the top again (about 6% of a bulk load's server CPU, measured with perf).
   */
  public static final int INSERT_HINT_PREFIX_LENGTH = 9;

  private final boolean durable;
  private final Statistics statistics;
  private final LRUCache blockCache;
  private final BloomFilter bloomFilter;
  private final Options options;
  private final TransactionDBOptions dbOptions;
  private final WriteOptions writeOptions;
  private final TransactionDB db;
  /** Extends each live WAL to its full length (durable stores only; null otherwise). */
  private final WalPreallocation walPreallocation;
  private final Map<Long, RocksKvTxn> open = new ConcurrentHashMap<>();
  /** Open read-only transactions: their snapshots are released before the database closes. */
  private final java.util.Set<RocksReadOnlyTxn> openReadOnly = ConcurrentHashMap.newKeySet();

  /**
   * RocksDB's options for a transaction, which depend only on whether it reads at a snapshot:
   * every lock is asked for without waiting first (RocksKvTxn.waitingForLock does the waiting
   * and applies the session's lock timeout).
   */
  private final TransactionOptions plainTxn = transactionOptions(false);
  private final TransactionOptions snapshotTxn = transactionOptions(true);
  private final Object registryLock = new Object();
  private final RangeLockTable rangeLocks = new RangeLockTable(this::waitsOutsideRanges, this::ownersBlocking);
  private final LockQueue lockQueue = new LockQueue(this::waitsOutsideQueue, this::ownersBlocking);
  private volatile boolean closed;
  private final Path dir;
  /** When the store opened: sys.dm_io_virtual_file_stats' sample_ms counts from here. */
  private final long openedAtMillis = System.currentTimeMillis();

  private RocksKvStore(Path dir, boolean durable) {
    this.dir = dir;
    this.durable = durable;
    this.statistics = new Statistics();
    this.blockCache = new LRUCache(BLOCK_CACHE_BYTES);
    // Point reads (primary-key lookups, unique checks of absent keys) skip SST files whose
    // Bloom filter rules the key out.
    this.bloomFilter = new BloomFilter(10, false);
    BlockBasedTableConfig tables =
        new BlockBasedTableConfig()
            .setBlockCache(blockCache)
            .setFilterPolicy(bloomFilter)
            .setCacheIndexAndFilterBlocks(true)
            .setPinL0FilterAndIndexBlocksInCache(true);
    this.options =
        withInsertHints()
            .setCreateIfMissing(true)
            .setStatistics(statistics)
            .setMaxBackgroundJobs(2)
            .setTableFormatConfig(tables)
            // The write group's leader inserts every member's batch into the memtable itself.
            // In parallel (the default) each member is woken to insert its own few keys and then
            // waits to be woken again at the group's end: a second wake-up per commit that cost
            // more than the inserts (8 committers: 6.5 → 5.4 context switches and about 8% less
            // server CPU per commit). The WAL write and sync come before either way.
            .setAllowConcurrentMemtableWrite(false);
    this.dbOptions = new TransactionDBOptions();
    this.writeOptions = new WriteOptions().setSync(durable).setDisableWAL(!durable);
    // Each WAL at its full length ahead of the commits (WalPreallocation: ~50 µs less per
    // durable commit on ext4); -Dquern.walPreallocation=false leaves RocksDB's own KEEP_SIZE
    // preallocation alone. The length is RocksDB's own WAL preallocation block, a tenth more
    // than a memtable.
    this.walPreallocation = durable && WalPreallocation.available()
        && Boolean.parseBoolean(System.getProperty("quern.walPreallocation", "true"))
        ? new WalPreallocation(dir, options.writeBufferSize() / 10 + options.writeBufferSize())
        : null;
    if (walPreallocation != null) {
      options.setListeners(List.of(walPreallocation.listener()));
    }
    try {
      Files.createDirectories(dir);
      this.db = TransactionDB.open(options, dbOptions, dir.toString());
    } catch (RocksDBException e) {
      closeOptions();
      throw new KvException("Cannot open the store at " + dir + ": " + e.getMessage(), e);
    } catch (IOException e) {
      closeOptions();
      throw new UncheckedIOException(e);
    }
    if (walPreallocation != null) {
      walPreallocation.extendLiveWal(); // the WAL the open started
    }
  }

  /**
   * Writes the memtables to SST files and waits, after which RocksDB deletes the WALs they came
   * from. RocksDB keeps a WAL until its data is flushed, and a small database rarely fills a
   * memtable: without this every restart kept every earlier WAL (and each one a crash left at
   * its preallocated length: ~70 MB), so a data directory grew with each restart. Done at a clean
   * close (as SQL Server checkpoints at shutdown), so an open replays only what a crash left.
   * Recovery flushes what it replays itself; the WAL a crash left is deleted by the next flush
   * that writes something, at the latest the clean close.
   */
  @Override
  public void checkpoint() {
    if (closed) {
      throw new KvException("The store is closed");
    }
    flushMemtables();
  }

  @Override
  public void compact() {
    checkpoint();
    try {
      db.compactRange();
    } catch (RocksDBException e) {
      throw RocksErrors.map(e);
    }
  }

  @Override
  public java.util.Optional<String> verifyFiles() {
    if (closed) {
      throw new KvException("The store is closed");
    }
    try {
      db.verifyChecksum();
      return java.util.Optional.empty();
    } catch (RocksDBException e) {
      if (e.getStatus() != null && e.getStatus().getCode() == org.rocksdb.Status.Code.Corruption) {
        return java.util.Optional.of(e.getMessage());
      }
      throw RocksErrors.map(e);
    }
  }

  private void flushMemtables() {
    try (org.rocksdb.FlushOptions flush = new org.rocksdb.FlushOptions().setWaitForFlush(true)) {
      db.flush(flush);
    } catch (RocksDBException e) {
      throw RocksErrors.map(e);
    }
  }

  /**
   * Options with memtable insert hints per {@link #INSERT_HINT_PREFIX_LENGTH}-byte prefix, the
   * rest default. RocksJava has no setter for the hint option, so it is parsed from its string
   * form into column family options (copied, with default DB options, into the result).
   */
  private static Options withInsertHints() {
    java.util.Properties props = new java.util.Properties();
    props.setProperty(
        "memtable_insert_with_hint_prefix_extractor",
        "rocksdb.FixedPrefix." + INSERT_HINT_PREFIX_LENGTH);
    try (ColumnFamilyOptions cf = ColumnFamilyOptions.getColumnFamilyOptionsFromProps(props);
        DBOptions db = new DBOptions()) {
      if (cf == null) {
        throw new KvException("RocksDB refused the memtable insert hint option");
      }
      return new Options(db, cf);
    }
  }

  /** Opens (creating if needed) a durable store in {@code dir}. */
  public static RocksKvStore open(Path dir) {
    return new RocksKvStore(dir, true);
  }

  /**
   * Opens a tempdb store: {@code dir} is emptied first and commits skip the WAL, since nothing in
   * tempdb survives a restart anyway.
   */
  public static RocksKvStore openTemp(Path dir) {
    deleteContents(dir);
    return new RocksKvStore(dir, false);
  }

  private static void deleteContents(Path dir) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        if (!p.equals(dir)) {
          Files.delete(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public KvTxn begin(KvTxnOptions txnOptions) {
    if (closed) {
      throw new KvException("The store is closed");
    }
    perfCountersOff();
    boolean snapshot = txnOptions.isolation() == dev.quern.catalog.kv.KvIsolation.SNAPSHOT;
    Transaction txn = db.beginTransaction(writeOptions, snapshot ? snapshotTxn : plainTxn);
    RocksKvTxn kvTxn =
        new RocksKvTxn(this, txn, txnOptions.isolation(), txnOptions.lockTimeoutMillis(), txnOptions.waits());
    open.put(kvTxn.id(), kvTxn);
    return kvTxn;
  }

  @Override
  public KvTxn beginReadOnly() {
    if (closed) {
      throw new KvException("The store is closed");
    }
    perfCountersOff();
    RocksReadOnlyTxn txn = new RocksReadOnlyTxn(this);
    openReadOnly.add(txn);
    return txn;
  }

  /** Whether this thread has switched RocksDB's perf counters off (see {@link #perfCountersOff}). */
  private static final ThreadLocal<boolean[]> PERF_COUNTERS_OFF = ThreadLocal.withInitial(() -> new boolean[1]);

  /**
   * Switches RocksDB's per-thread perf context counters off for the calling thread, once: by default
   * every read counts into a thread-local context, and from a library loaded at run time each count
   * is a {@code __tls_get_addr} call (3–5% of a scan's CPU in perf). Quern never reads them (its
   * statistics come from the Statistics object). Measured (1M rows, A/B alternated twice): full scan
   * with an aggregate 215–231 → 194–212 ms, range scan server CPU 1,557–1,576 → 1,487–1,497 µs per
   * 1,000-row query, point select 19.1–19.2 → 16.7–18.4 µs per select. The level is per thread, so
   * each thread that begins a transaction sets it.
   */
  private void perfCountersOff() {
    boolean[] done = PERF_COUNTERS_OFF.get();
    if (!done[0]) {
      db.setPerfLevel(org.rocksdb.PerfLevel.DISABLE);
      done[0] = true;
    }
  }

  private static TransactionOptions transactionOptions(boolean snapshot) {
    return new TransactionOptions().setDeadlockDetect(true).setLockTimeout(0).setSetSnapshot(snapshot);
  }

  @Override
  public void reclaimRange(byte[] from, byte[] to) {
    // Deleting through a write batch (not DeleteRange, which pessimistic TransactionDB refuses)
    // in slices keeps memory bounded for a big dropped table.
    List<byte[]> keys = new ArrayList<>();
    try (KvTxn reader = begin()) {
      try (var it = reader.peekScan(from, to, false)) {
        while (it.next()) {
          keys.add(it.key());
          if (keys.size() == 10_000) {
            deleteKeys(keys);
            keys.clear();
          }
        }
      }
      reader.commit();
    }
    deleteKeys(keys);
  }

  private void deleteKeys(List<byte[]> keys) {
    if (keys.isEmpty()) {
      return;
    }
    try (WriteBatch batch = new WriteBatch()) {
      for (byte[] k : keys) {
        batch.delete(k);
      }
      db.write(writeOptions, batch);
    } catch (RocksDBException e) {
      throw RocksErrors.map(e);
    }
  }

  @Override
  public boolean durable() {
    return durable;
  }

  /**
   * The store's file I/O since it opened, from RocksDB's statistics. Table files (ROWS): reads are
   * the block reads from SST files (histogram SST_READ_MICROS: count and time), bytes read the
   * blocks those reads put in the block cache (BLOCK_CACHE_BYTES_WRITE) plus what compactions
   * read (COMPACT_READ_BYTES); writes are the SST file writes (SST_WRITE_MICROS), bytes written
   * what flushes and compactions wrote (FLUSH_WRITE_BYTES + COMPACT_WRITE_BYTES). Log: writes are
   * the WAL syncs (WAL_FILE_SYNC_MICROS: one per commit group), bytes WAL_FILE_BYTES.
   */
  public dev.quern.catalog.kv.KvIoStats ioStats() {
    var read = statistics.getHistogramData(org.rocksdb.HistogramType.SST_READ_MICROS);
    var write = statistics.getHistogramData(org.rocksdb.HistogramType.SST_WRITE_MICROS);
    var sync = statistics.getHistogramData(org.rocksdb.HistogramType.WAL_FILE_SYNC_MICROS);
    return new dev.quern.catalog.kv.KvIoStats(
        read.getCount(),
        statistics.getTickerCount(TickerType.BLOCK_CACHE_BYTES_WRITE)
            + statistics.getTickerCount(TickerType.COMPACT_READ_BYTES),
        read.getSum(),
        write.getCount(),
        statistics.getTickerCount(TickerType.FLUSH_WRITE_BYTES) + statistics.getTickerCount(TickerType.COMPACT_WRITE_BYTES),
        write.getSum(),
        sync.getCount(), statistics.getTickerCount(TickerType.WAL_FILE_BYTES), sync.getSum(), openedAtMillis);
  }

  /**
   * The store's space from RocksDB's properties: total-sst-files-size, estimate-live-data-size,
   * cur-size-all-mem-tables, estimate-table-readers-mem, and the block cache's usage. The cache is
   * the store's own, so its numbers are this store's alone.
   */
  @Override
  public dev.quern.catalog.kv.KvSpace space() {
    if (closed) {
      return dev.quern.catalog.kv.KvSpace.NONE; // a closed database's handle must not be used
    }
    long files = property("rocksdb.total-sst-files-size");
    return new dev.quern.catalog.kv.KvSpace(files, Math.min(files, property("rocksdb.estimate-live-data-size")),
        property("rocksdb.cur-size-all-mem-tables"), property("rocksdb.estimate-table-readers-mem"),
        blockCache.getUsage(), blockCache.getPinnedUsage());
  }

  /** A numeric property of the database; 0 when RocksDB cannot tell (or the store is closing). */
  private long property(String name) {
    try {
      return Math.max(0, db.getLongProperty(name));
    } catch (RocksDBException e) {
      return 0;
    }
  }

  /** How many times the WAL was synced since the store opened (group commit makes this small). */
  public long walSyncCount() {
    return statistics.getTickerCount(TickerType.WAL_FILE_SYNCED);
  }

  TransactionDB db() {
    return db;
  }

  RangeLockTable rangeLocks() {
    return rangeLocks;
  }

  LockQueue lockQueue() {
    return lockQueue;
  }

  void forget(RocksReadOnlyTxn txn) {
    openReadOnly.remove(txn);
  }

  void forget(RocksKvTxn txn) {
    synchronized (registryLock) {
      open.remove(txn.id());
    }
  }

  /**
   * The owners ({@link KvLockWaits#owner()}) of the transactions {@code txnId} waits for now, on
   * row locks or key ranges; safe from any thread (a transaction leaves {@code open} before it
   * is closed, under the same lock).
   */
  int[] ownersBlocking(long txnId) {
    java.util.Set<Long> ids = new java.util.HashSet<>(rangeLocks.blockersOf(txnId));
    ids.addAll(lockQueue.blockersOf(txnId));
    for (long id : waitsOf(txnId)) {
      ids.add(id);
    }
    synchronized (registryLock) {
      return ids.stream()
          .map(open::get)
          .filter(java.util.Objects::nonNull)
          .mapToInt(RocksKvTxn::owner)
          .filter(o -> o != 0)
          .distinct()
          .sorted()
          .toArray();
    }
  }

  @Override
  public List<dev.quern.catalog.kv.KvLock> locks() {
    List<RocksKvTxn> txns;
    synchronized (registryLock) {
      txns = List.copyOf(open.values());
    }
    List<dev.quern.catalog.kv.KvLock> out = new ArrayList<>();
    for (RocksKvTxn txn : txns) {
      txn.locks(out);
    }
    return out;
  }

  /** The waits {@link RangeLockTable}'s deadlock check does not know itself: RocksDB's, the queue's. */
  private long[] waitsOutsideRanges(long txnId) {
    return union(waitsOf(txnId), lockQueue.blockersOf(txnId));
  }

  /** The waits {@link LockQueue}'s deadlock check does not know itself: RocksDB's, the ranges'. */
  private long[] waitsOutsideQueue(long txnId) {
    return union(waitsOf(txnId), rangeLocks.blockersOf(txnId));
  }

  private static long[] union(long[] ids, java.util.Set<Long> more) {
    if (more.isEmpty()) {
      return ids;
    }
    java.util.Set<Long> all = new java.util.HashSet<>(more);
    for (long id : ids) {
      all.add(id);
    }
    return all.stream().mapToLong(Long::longValue).toArray();
  }

  /** RocksDB's part of the wait-for graph. */
  private long[] waitsOf(long txnId) {
    synchronized (registryLock) {
      RocksKvTxn txn = open.get(txnId);
      if (txn == null) {
        return new long[0];
      }
      long[] ids = txn.rocksTxn().getWaitingTxns().getTransactionIds();
      return ids == null ? new long[0] : ids;
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (RocksKvTxn txn : List.copyOf(open.values())) {
      txn.close();
    }
    for (RocksReadOnlyTxn txn : List.copyOf(openReadOnly)) {
      txn.close();
    }
    try {
      if (walPreallocation != null) {
        walPreallocation.stop();
      }
      if (durable) {
        flushMemtables(); // every commit is in the WAL already (synced); this makes the WAL unneeded
      }
    } catch (KvException e) {
      // A damaged table file stops the flush (RocksDB refuses writes after it meets one). Nothing
      // is lost: the commits stay in the synced WAL, replayed at the next open; so the store still
      // closes, and says why the flush did not happen.
      org.slf4j.LoggerFactory.getLogger(RocksKvStore.class).error("The store at {} closed without its final flush: {}", dir, e.getMessage());
    } finally {
      db.close();
      closeOptions();
    }
  }

  private void closeOptions() {
    if (walPreallocation != null) {
      walPreallocation.close(); // after the database: its listener is RocksDB's until then
    }
    plainTxn.close();
    snapshotTxn.close();
    writeOptions.close();
    dbOptions.close();
    options.close();
    statistics.close();
    bloomFilter.close();
    blockCache.close();
  }
}
