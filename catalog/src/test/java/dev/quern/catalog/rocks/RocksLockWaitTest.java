package dev.quern.catalog.rocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.catalog.kv.KvCancelledException;
import dev.quern.catalog.kv.KvIsolation;
import dev.quern.catalog.kv.KvLockWaits;
import dev.quern.catalog.kv.KvLockTimeoutException;
import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.kv.KvTxnOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Row-lock waits run in slices: the lock timeout holds across them, and a cancel ends them. */
class RocksLockWaitTest {
  @TempDir Path dir;
  private RocksKvStore store;

  @BeforeEach
  void open() {
    store = RocksKvStore.open(dir);
    try (KvTxn t = store.begin()) {
      t.put(b("k"), b("v"));
      t.commit();
    }
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aTimeoutChangedInsideTheTransactionApplies() {
    try (KvTxn holder = store.begin(); KvTxn waiter = store.begin()) {
      holder.put(b("k"), b("held"));
      waiter.setLockTimeout(20);
      assertThatThrownBy(() -> waiter.getForUpdate(b("k"))).isInstanceOf(KvLockTimeoutException.class);
      waiter.setLockTimeout(250);
      assertThatThrownBy(() -> waiter.put(b("k"), b("x"))).isInstanceOf(KvLockTimeoutException.class);
    }
  }

  /** Records what a transaction's owner is told of its waits. */
  private static final class Watcher implements KvLockWaits {
    final AtomicBoolean cancel = new AtomicBoolean();
    final List<String> events = new CopyOnWriteArrayList<>();

    @Override
    public boolean cancelled() {
      return cancel.get();
    }

    @Override
    public void waiting(Mode mode, long sinceNanos, Blockers blockers) {
      events.add(mode.waitType());
    }

    @Override
    public void waitEnded() {
      events.add("ended");
    }
  }

  @Test
  void withoutATimeoutTheWaitOutlastsRocksDbsDefaultAndACancelEndsIt() throws Exception {
    Watcher watcher = new Watcher();
    AtomicBoolean cancelled = watcher.cancel;
    try (KvTxn holder = store.begin();
        KvTxn waiter = store.begin(new KvTxnOptions(KvIsolation.READ_COMMITTED, -1, watcher))) {
      holder.put(b("k"), b("held"));
      CompletableFuture<Throwable> wait = CompletableFuture.supplyAsync(() -> {
        try {
          waiter.getForUpdate(b("k"));
          return null;
        } catch (RuntimeException e) {
          return e;
        }
      });
      Thread.sleep(1500); // past RocksDB's own 1 s default for a negative timeout
      assertThat(wait).isNotDone();
      cancelled.set(true);
      assertThat(wait.get(30, TimeUnit.SECONDS)).isInstanceOf(KvCancelledException.class);
      assertThat(watcher.events).containsExactly("LCK_M_X", "ended");
    }
  }

  @Test
  void aLockTakenAtOnceIsNoWait() {
    Watcher watcher = new Watcher();
    try (KvTxn txn = store.begin(new KvTxnOptions(KvIsolation.REPEATABLE_READ, -1, watcher))) {
      txn.getForUpdate(b("k"));
      txn.put(b("k2"), b("v"));
      txn.lockShared(b("k3"));
    }
    assertThat(watcher.events).isEmpty();
  }

  @Test
  void aWaiterGetsTheLockWhenTheHolderCommits() throws Exception {
    KvTxn holder = store.begin();
    holder.put(b("k"), b("new"));
    try (KvTxn waiter = store.begin()) {
      CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> waiter.getForUpdate(b("k")));
      Thread.sleep(300);
      holder.commit();
      holder.close();
      assertThat(new String(read.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8)).isEqualTo("new");
    }
  }

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
