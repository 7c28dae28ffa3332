/**
 * The embedded storage engine: the {@code kv} SPI on RocksDB's pessimistic {@code TransactionDB}.
 *
 * <p>Owns {@link dev.quern.catalog.rocks.RocksKvStore} (durable store and tempdb store), its
 * transactions and iterators, and {@code RangeLockTable}, the key-range locks that make
 * SERIALIZABLE phantom-free above RocksDB's point locks. Imports RocksDB and {@code kv} only;
 * nothing above the SPI ({@code codec}, {@code meta}, the engine) may import this package except to
 * open a store.
 *
 * <h2>Design</h2>
 *
 * <ul>
 *   <li>One keyspace (the default column family): system ranges are key prefixes, so a metadata
 *       change and the data it describes commit in one RocksDB transaction, as on TiKV or
 *       FoundationDB.
 *   <li>Durability: the WAL is synced at every commit that wrote ({@code
 *       WriteOptions.setSync(true)}); a transaction that wrote nothing has nothing to log and
 *       commits as a rollback, so a read-only statement costs no fsync.
 *       RocksDB's write-group leader syncs once for all writers queued behind it, so concurrent
 *       committers share fsyncs (measured: 8 committers, about 3.5–4 commits per fsync on the
 *       development machine), and inserts all their batches into the memtable itself (no parallel
 *       memtable writers: one wake-up per waiting committer, not two). Memtable inserts keep one
 *       insert position per table or index key range ({@code INSERT_HINT_PREFIX_LENGTH}). Each
 *       live WAL gets its full length ahead of the commits ({@code WalPreallocation}, fallocate
 *       without KEEP_SIZE, which RocksDB cannot be told to use for WALs), so a commit's
 *       fdatasync flushes data only instead of also committing ext4's journal for a length
 *       change (~150 → ~90 µs per sync here). The tempdb store disables the WAL and empties its
 *       directory at open.
 *   <li>Locks: writes and {@code getForUpdate} take RocksDB point locks (exclusive; shared for
 *       REPEATABLE READ reads) with RocksDB's deadlock detection. Key ranges are locked by {@code
 *       RangeLockTable}, whose waiters also search the union of both wait-for graphs (RocksDB's via
 *       {@code Transaction.getWaitingTxns}), so a cycle across the two lock managers is found and
 *       exactly one victim fails; no wait is left without a timeout or a cycle check. Shared
 *       locks taken in turn (table locks, definitions) wait behind exclusive requests already
 *       waiting for their key ({@code LockQueue}), so a DDL is not starved by a stream of writers;
 *       those waits join the same union of wait-for graphs.
 *   <li>Status mapping: TimedOut → {@code KvLockTimeoutException}, Busy/Deadlock → {@code
 *       KvDeadlockException}, Busy (snapshot validation) and TryAgain → {@code
 *       KvConflictException}.
 *   <li>Reads: while a transaction has written nothing, plain reads and iterators go to the
 *       database at the transaction's (or statement's) snapshot, skipping the transaction's
 *       base-delta view, which has nothing to merge; row lookups of a batch use one multi-get.
 *   <li>Read-only transactions ({@code RocksReadOnlyTxn}) are no RocksDB transaction at all: a
 *       snapshot of the database taken at the first read, released at the end.
 *   <li>Native objects (options, snapshots, iterators, transactions) are closed explicitly, never
 *       by finalizers or cleaners; transaction options are made once per kind and closed with
 *       the store.
 * </ul>
 */
package dev.quern.catalog.rocks;
