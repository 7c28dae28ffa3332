package dev.quern.engine.store;

import java.util.function.Supplier;

/**
 * Opens the storage on first use: an in-memory engine that never touches a table never starts
 * RocksDB, which keeps tests of the expression language fast.
 */
public final class LazyStorage implements Supplier<Storage>, AutoCloseable {
  private final Supplier<Storage> opener;
  private volatile Storage storage;

  public LazyStorage(Supplier<Storage> opener) {
    this.opener = opener;
  }

  /** Storage opened now (a server opening a data directory). */
  public static LazyStorage of(Storage opened) {
    LazyStorage s = new LazyStorage(() -> opened);
    s.storage = opened;
    return s;
  }

  @Override
  public Storage get() {
    Storage s = storage;
    if (s == null) {
      synchronized (this) {
        s = storage;
        if (s == null) {
          s = opener.get();
          storage = s;
        }
      }
    }
    return s;
  }

  @Override
  public synchronized void close() {
    if (storage != null) {
      storage.close();
      storage = null;
    }
  }
}
