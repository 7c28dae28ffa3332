package dev.quern.catalog.rocks;

import dev.quern.catalog.kv.KvException;
import dev.quern.catalog.kv.KvIsolation;
import dev.quern.catalog.kv.KvIterator;
import dev.quern.catalog.kv.KvSavepoint;
import dev.quern.catalog.kv.KvTxn;
import java.util.List;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDBException;
import org.rocksdb.Snapshot;

/**
 * {@link dev.quern.catalog.kv.KvStore#beginReadOnly}: reads of the database itself at one
 * snapshot, taken at the first read, with no RocksDB transaction behind them (no lock manager, no
 * write batch, nothing to roll back). A statement that only reads costs two snapshot calls and its
 * reads.
 */
final class RocksReadOnlyTxn implements KvTxn {
  private final RocksKvStore store;
  private ReadOptions readOptions; // made at the first read
  private Snapshot snapshot;
  private boolean active = true;
  private boolean closed;

  RocksReadOnlyTxn(RocksKvStore store) {
    this.store = store;
  }

  /** The read options at this transaction's snapshot, taken now if this is the first read. */
  private ReadOptions reads() {
    checkActive();
    if (snapshot == null) {
      if (readOptions == null) {
        readOptions = new ReadOptions();
      }
      snapshot = store.db().getSnapshot();
      readOptions.setSnapshot(snapshot);
    }
    return readOptions;
  }

  @Override
  public byte[] get(byte[] key) {
    return peek(key);
  }

  @Override
  public List<byte[]> getAll(List<byte[]> keys) {
    try {
      return store.db().multiGetAsList(reads(), keys);
    } catch (RocksDBException e) {
      throw RocksErrors.map(e);
    }
  }

  @Override
  public byte[] peek(byte[] key) {
    try {
      return store.db().get(reads(), key);
    } catch (RocksDBException e) {
      throw RocksErrors.map(e);
    }
  }

  @Override
  public KvIterator scan(byte[] from, byte[] to, boolean reverse) {
    return peekScan(from, to, reverse);
  }

  @Override
  public KvIterator peekScan(byte[] from, byte[] to, boolean reverse) {
    reads();
    return RocksKvIterator.atSnapshot(store, snapshot, from, to, reverse);
  }

  /** This transaction's one snapshot (taken now if nothing was read yet), shared across threads. */
  @Override
  public dev.quern.catalog.kv.KvParallelScan parallelScan() {
    reads();
    return new RocksParallelScan(store, snapshot);
  }

  @Override
  public byte[] getForUpdate(byte[] key) {
    throw readOnly("getForUpdate");
  }

  @Override
  public void lockShared(byte[] key) {
    throw readOnly("lockShared");
  }

  @Override
  public void put(byte[] key, byte[] value) {
    throw readOnly("put");
  }

  @Override
  public void delete(byte[] key) {
    throw readOnly("delete");
  }

  @Override
  public KvIterator scanForUpdate(byte[] from, byte[] to, boolean reverse) {
    throw readOnly("scanForUpdate");
  }

  @Override
  public KvSavepoint setSavepoint() {
    throw readOnly("setSavepoint");
  }

  @Override
  public void rollbackToSavepoint(KvSavepoint savepoint) {
    throw readOnly("rollbackToSavepoint");
  }

  private static UnsupportedOperationException readOnly(String what) {
    return new UnsupportedOperationException(what + " in a read-only transaction");
  }

  /** The next read takes a fresh snapshot (a new statement sees the latest commits). */
  @Override
  public void beginStatement() {
    checkActive();
    releaseSnapshot();
  }

  @Override
  public void setLockTimeout(long millis) {
    // Nothing here ever waits for a lock.
  }

  @Override
  public KvIsolation isolation() {
    return KvIsolation.READ_COMMITTED;
  }

  @Override
  public void commit() {
    checkActive();
    end();
  }

  @Override
  public void rollback() {
    checkActive();
    end();
  }

  private void end() {
    active = false;
    releaseSnapshot();
  }

  private void releaseSnapshot() {
    if (snapshot != null) {
      store.db().releaseSnapshot(snapshot);
      snapshot = null;
    }
  }

  @Override
  public boolean isActive() {
    return active;
  }

  private void checkActive() {
    if (!active) {
      throw new KvException("The read-only transaction has ended");
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (active) {
        end();
      }
    } finally {
      store.forget(this);
      if (readOptions != null) {
        readOptions.close();
      }
    }
  }
}
