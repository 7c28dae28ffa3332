/**
 * The storage SPI: an ordered, transactional key-value store, the shape TiKV and FoundationDB
 * offer, so that a distributed store is a second implementation and not a rewrite of the engine.
 *
 * <p>Owns {@link dev.quern.catalog.kv.KvStore}, {@link dev.quern.catalog.kv.KvTxn}, {@link
 * dev.quern.catalog.kv.KvIterator}, the isolation levels and the exceptions the engine maps to SQL
 * Server errors ({@link dev.quern.catalog.kv.KvLockTimeoutException} → 1222, {@link
 * dev.quern.catalog.kv.KvDeadlockException} → 1205, {@link
 * dev.quern.catalog.kv.KvConflictException} → 3960). Must not import RocksDB, the engine, or any
 * other catalog package: it is the contract the implementations and the layers above share.
 *
 * <h2>Keys and ordering</h2>
 *
 * Keys and values are byte arrays; keys order as unsigned bytes, lexicographically ({@link
 * java.util.Arrays#compareUnsigned(byte[], byte[])}). Iterators are half-open: {@code [from, to)},
 * {@code null} meaning unbounded.
 *
 * <h2>Isolation (what each {@link dev.quern.catalog.kv.KvIsolation} does)</h2>
 *
 * <ul>
 *   <li>READ_UNCOMMITTED, READ_COMMITTED: reads see committed data plus the transaction's own
 *       writes, take no lock and never wait (SQL Server with READ_COMMITTED_SNAPSHOT ON; dirty
 *       reads are never produced, which the standard allows). After {@code beginStatement()} the
 *       reads of a statement share one snapshot taken at that call; without it each read sees the
 *       latest committed data. Writers must read what they change with {@code getForUpdate}.
 *   <li>REPEATABLE_READ: {@code get} and every row a {@code scan} returns take a shared lock held
 *       to the end of the transaction (lock on read), so a row read cannot change under it.
 *   <li>SERIALIZABLE: as REPEATABLE_READ, and a {@code scan} first takes a shared <em>range</em>
 *       lock on its whole {@code [from, to)}. Every write (put/delete, any isolation) takes an
 *       exclusive <em>point</em> entry in the same range lock table, held to transaction end. A
 *       range waits for uncommitted writes inside it, a write waits for ranges covering it: no
 *       phantom can appear in a range a serializable transaction has read. Point reads lock the key
 *       itself (present or absent), which protects the empty point as well.
 *   <li>SNAPSHOT: reads see the database as of the transaction's start; a write to a key that
 *       another transaction committed after that start fails with {@link
 *       dev.quern.catalog.kv.KvConflictException}.
 * </ul>
 *
 * {@code peek} and {@code peekScan} read like READ_COMMITTED (SNAPSHOT: at the snapshot) and never
 * lock, for metadata and other internal reads that must not block or be blocked.
 *
 * <p>{@link dev.quern.catalog.kv.KvStore#beginReadOnly} gives a read-only transaction outside the
 * locking machinery: every read at one snapshot taken at its first read, no lock, nothing to
 * commit; locking reads and writes throw. For statements that only read and must never wait.
 *
 * <h2>Locks</h2>
 *
 * Writes lock their key exclusively until commit or rollback. A wait longer than the transaction's
 * lock timeout fails with {@link dev.quern.catalog.kv.KvLockTimeoutException} ({@code -1} waits
 * forever, {@code 0} not at all, as SET LOCK_TIMEOUT). A wait cycle is detected and exactly one
 * transaction of the cycle (the one whose request closes it) fails with {@link
 * dev.quern.catalog.kv.KvDeadlockException}; the others go on. After any of these exceptions the
 * transaction is still open: the caller decides to roll back the statement (savepoint) or all.
 *
 * <p>A transaction is used by one thread at a time; different transactions run concurrently. The
 * one exception is {@link dev.quern.catalog.kv.KvTxn#parallelScan}: iterators over the
 * transaction's statement snapshot that other threads walk while the owner waits for them.
 */
package dev.quern.catalog.kv;
