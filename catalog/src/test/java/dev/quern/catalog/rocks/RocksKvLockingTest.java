package dev.quern.catalog.rocks;

import static dev.quern.catalog.rocks.Bytes.b;
import static dev.quern.catalog.rocks.Bytes.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.catalog.kv.KvConflictException;
import dev.quern.catalog.kv.KvDeadlockException;
import dev.quern.catalog.kv.KvIsolation;
import dev.quern.catalog.kv.KvIterator;
import dev.quern.catalog.kv.KvLockTimeoutException;
import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.kv.KvTxnOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RocksKvLockingTest {
  private static final KvTxnOptions NO_WAIT = KvTxnOptions.DEFAULT.withLockTimeout(0);

  @TempDir Path dir;
  RocksKvStore store;
  ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();

  @BeforeEach
  void open() {
    store = RocksKvStore.open(dir);
    try (KvTxn t = store.begin()) {
      for (String k : new String[] {"k1", "k2", "k4", "k5"}) {
        t.put(b(k), b("v"));
      }
      t.commit();
    }
  }

  @AfterEach
  void close() {
    pool.close();
    store.close();
  }

  private static int count(KvIterator it) {
    int n = 0;
    try (it) {
      while (it.next()) {
        n++;
      }
    }
    return n;
  }

  @Test
  void writeWriteWaitTimesOutAndLeavesTheTransactionUsable() {
    try (KvTxn holder = store.begin();
        KvTxn waiter = store.begin(KvTxnOptions.DEFAULT.withLockTimeout(20))) {
      holder.put(b("k1"), b("h"));
      assertThatThrownBy(() -> waiter.put(b("k1"), b("w")))
          .isInstanceOf(KvLockTimeoutException.class)
          .hasMessage("Lock request time out period exceeded.");
      waiter.put(b("k2"), b("w"));
      waiter.commit();
    }
  }

  @Test
  void deadlockBetweenTwoThreadsHasExactlyOneVictim() throws Exception {
    List<Throwable> failures =
        runCrossing(store.begin(), store.begin(), b("k1"), b("k2"), b("k2"), b("k1"));
    assertThat(failures).hasSize(1);
    assertThat(failures.getFirst()).isInstanceOf(KvDeadlockException.class);
  }

  @Test
  void deadlockAcrossRangeAndPointLocksHasExactlyOneVictim() throws Exception {
    KvTxn scanner = store.begin(KvTxnOptions.of(KvIsolation.SERIALIZABLE));
    KvTxn writer = store.begin();
    count(scanner.scan(b("k1"), b("k3"), false)); // scanner holds [k1, k3)
    writer.put(b("k9"), b("w")); // writer holds k9
    CountDownLatch go = new CountDownLatch(1);
    Future<Throwable> a = pool.submit(() -> attempt(go, scanner, b("k9")));
    Future<Throwable> w = pool.submit(() -> attempt(go, writer, b("k15")));
    go.countDown();
    List<Throwable> failures = new ArrayList<>();
    for (Future<Throwable> f : List.of(a, w)) {
      if (f.get() != null) {
        failures.add(f.get());
      }
    }
    assertThat(failures).hasSize(1);
    assertThat(failures.getFirst()).isInstanceOf(KvDeadlockException.class);
  }

  private List<Throwable> runCrossing(
      KvTxn t1, KvTxn t2, byte[] first1, byte[] first2, byte[] second1, byte[] second2)
      throws Exception {
    t1.put(first1, b("1"));
    t2.put(first2, b("2"));
    CountDownLatch go = new CountDownLatch(1);
    Future<Throwable> f1 = pool.submit(() -> attempt(go, t1, second1));
    Future<Throwable> f2 = pool.submit(() -> attempt(go, t2, second2));
    go.countDown();
    List<Throwable> failures = new ArrayList<>();
    for (Future<Throwable> f : List.of(f1, f2)) {
      if (f.get() != null) {
        failures.add(f.get());
      }
    }
    return failures;
  }

  /** Writes {@code key}; on failure rolls back (freeing the other side) and returns the error. */
  private static Throwable attempt(CountDownLatch go, KvTxn txn, byte[] key) throws Exception {
    go.await();
    try (txn) {
      txn.put(key, b("x"));
      txn.commit();
      return null;
    } catch (RuntimeException e) {
      return e;
    }
  }

  @Test
  void serializableScanBlocksInsertsIntoItsRange() {
    try (KvTxn reader = store.begin(KvTxnOptions.of(KvIsolation.SERIALIZABLE));
        KvTxn inserter = store.begin(NO_WAIT)) {
      assertThat(count(reader.scan(b("k1"), b("k5"), false))).isEqualTo(3);
      assertThatThrownBy(() -> inserter.put(b("k3"), b("phantom")))
          .isInstanceOf(KvLockTimeoutException.class);
      assertThatThrownBy(() -> inserter.delete(b("k2"))).isInstanceOf(KvLockTimeoutException.class);
      inserter.put(b("k6"), b("outside")); // outside the range: fine
      assertThat(count(reader.scan(b("k1"), b("k5"), false))).isEqualTo(3);
      reader.commit();
      inserter.put(b("k3"), b("now fine"));
      inserter.commit();
    }
  }

  @Test
  void serializableScanWaitsForUncommittedWriterInItsRange() {
    try (KvTxn writer = store.begin();
        KvTxn reader = store.begin(new KvTxnOptions(KvIsolation.SERIALIZABLE, 0))) {
      writer.put(b("k3"), b("pending"));
      assertThatThrownBy(() -> count(reader.scan(b("k1"), b("k5"), false)))
          .isInstanceOf(KvLockTimeoutException.class);
      assertThat(count(reader.scan(b("k5"), null, false))).isEqualTo(1);
    }
  }

  @Test
  void blockedInserterProceedsWhenSerializableReaderCommits() throws Exception {
    KvTxn reader = store.begin(KvTxnOptions.of(KvIsolation.SERIALIZABLE));
    assertThat(count(reader.scan(b("k1"), b("k5"), false))).isEqualTo(3);
    CompletableFuture<Void> insert =
        CompletableFuture.runAsync(
            () -> {
              try (KvTxn t = store.begin()) {
                t.put(b("k3"), b("after"));
                t.commit();
              }
            },
            pool);
    assertThat(count(reader.scan(b("k1"), b("k5"), false))).isEqualTo(3);
    reader.commit();
    reader.close();
    insert.get();
    try (KvTxn t = store.begin()) {
      assertThat(s(t.get(b("k3")))).isEqualTo("after");
    }
  }

  @Test
  void repeatableReadLocksWhatItRead() {
    try (KvTxn reader = store.begin(KvTxnOptions.of(KvIsolation.REPEATABLE_READ));
        KvTxn writer = store.begin(NO_WAIT)) {
      assertThat(reader.get(b("k1"))).isNotNull();
      assertThat(count(reader.scan(b("k4"), null, false))).isEqualTo(2);
      assertThatThrownBy(() -> writer.put(b("k1"), b("x")))
          .isInstanceOf(KvLockTimeoutException.class);
      assertThatThrownBy(() -> writer.put(b("k5"), b("x")))
          .isInstanceOf(KvLockTimeoutException.class);
      writer.put(b("k3"), b("insert is allowed below SERIALIZABLE"));
    }
  }

  @Test
  void readCommittedReadsDoNotBlockOrLock() {
    try (KvTxn writer = store.begin();
        KvTxn reader = store.begin(NO_WAIT)) {
      writer.put(b("k1"), b("uncommitted"));
      assertThat(s(reader.get(b("k1")))).isEqualTo("v");
      assertThat(count(reader.scan(null, null, false))).isEqualTo(4);
    }
  }

  @Test
  void snapshotReadsTheStartStateAndFailsOnUpdateConflict() {
    try (KvTxn snap = store.begin(KvTxnOptions.of(KvIsolation.SNAPSHOT))) {
      assertThat(s(snap.get(b("k1")))).isEqualTo("v");
      try (KvTxn other = store.begin()) {
        other.put(b("k1"), b("changed"));
        other.put(b("k3"), b("new"));
        other.commit();
      }
      assertThat(s(snap.get(b("k1")))).isEqualTo("v");
      assertThat(snap.get(b("k3"))).isNull();
      assertThat(count(snap.scan(null, null, false))).isEqualTo(4);
      snap.put(b("k2"), b("untouched by others: fine"));
      assertThatThrownBy(() -> snap.put(b("k1"), b("mine")))
          .isInstanceOf(KvConflictException.class);
    }
  }

  @Test
  void readCommittedStatementSeesOneSnapshotButLockingReadsSeeTheLatest() {
    try (KvTxn reader = store.begin()) {
      reader.beginStatement();
      try (KvTxn other = store.begin()) {
        other.put(b("k1"), b("new"));
        other.put(b("k3"), b("new"));
        other.commit();
      }
      assertThat(s(reader.get(b("k1")))).isEqualTo("v");
      assertThat(count(reader.scan(null, null, false))).isEqualTo(4);
      assertThat(s(reader.getForUpdate(b("k1")))).isEqualTo("new");
      reader.put(b("k9"), b("own"));
      assertThat(s(reader.get(b("k9")))).isEqualTo("own"); // own writes stay visible
      reader.beginStatement();
      assertThat(s(reader.get(b("k1")))).isEqualTo("new");
      assertThat(count(reader.scan(null, null, false))).isEqualTo(6);
      reader.commit();
    }
  }

  @Test
  void serializableUpdateRangesQueueWhileSharedRangesCoexist() {
    KvTxnOptions serializableNoWait = new KvTxnOptions(KvIsolation.SERIALIZABLE, 0);
    try (KvTxn updater = store.begin(KvTxnOptions.of(KvIsolation.SERIALIZABLE));
        KvTxn reader = store.begin(serializableNoWait);
        KvTxn second = store.begin(serializableNoWait)) {
      assertThat(count(updater.scanForUpdate(b("k1"), b("k3"), false))).isEqualTo(2);
      assertThatThrownBy(() -> count(second.scanForUpdate(b("k2"), b("k4"), false)))
          .isInstanceOf(KvLockTimeoutException.class);
      assertThat(count(second.scanForUpdate(b("k4"), null, false))).isEqualTo(2); // disjoint
      // Like S and U locks, a shared range coexists with the update range; the write that
      // follows then waits for the reader.
      assertThat(count(reader.scan(b("k1"), b("k2"), false))).isEqualTo(1);
      updater.setLockTimeout(0);
      assertThatThrownBy(() -> updater.put(b("k1"), b("changed")))
          .isInstanceOf(KvLockTimeoutException.class);
    }
  }

  @Test
  void aSharedLockTakenAgainIsStillHeldAndIsTakenAnewAfterARollbackToSavepoint() {
    try (KvTxn reader = store.begin()) {
      var beforeLock = reader.setSavepoint();
      reader.lockShared(b("k1"));
      reader.lockShared(b("k1"));
      try (KvTxn writer = store.begin(NO_WAIT)) {
        assertThatThrownBy(() -> writer.put(b("k1"), b("w"))).isInstanceOf(KvLockTimeoutException.class);
      }
      reader.rollbackToSavepoint(beforeLock);
      reader.lockShared(b("k1"));
      try (KvTxn writer = store.begin(NO_WAIT)) {
        assertThatThrownBy(() -> writer.put(b("k1"), b("w"))).isInstanceOf(KvLockTimeoutException.class);
      }
      reader.commit();
    }
    try (KvTxn writer = store.begin(NO_WAIT)) {
      writer.put(b("k1"), b("w"));
      writer.commit();
    }
  }

  @Test
  void theReadViewChangesWithEachStatementAndWriteAndOnlyWhereReadsUseASnapshot() {
    try (KvTxn t = store.begin()) {
      t.beginStatement();
      long first = t.readView();
      assertThat(first).isNotNegative();
      t.peek(b("k1"));
      assertThat(t.readView()).isEqualTo(first);
      t.put(b("k3"), b("v"));
      long afterWrite = t.readView();
      assertThat(afterWrite).isNotEqualTo(first);
      t.beginStatement();
      assertThat(t.readView()).isNotEqualTo(afterWrite);
      t.rollback();
    }
    for (KvIsolation locking : List.of(KvIsolation.REPEATABLE_READ, KvIsolation.SERIALIZABLE)) {
      try (KvTxn t = store.begin(KvTxnOptions.of(locking))) {
        t.beginStatement();
        assertThat(t.readView()).as(locking.name()).isNegative();
      }
    }
  }
  @Test
  void anExclusiveReadOfAnAbsentKeyLocksItAndAnswersNull() {
    try (KvTxn reader = store.begin();
        KvTxn other = store.begin(KvTxnOptions.DEFAULT.withLockTimeout(20))) {
      assertThat(reader.getForUpdate(b("k3"))).isNull();
      assertThat(reader.getForUpdate(b("k1"))).isEqualTo(b("v"));
      assertThatThrownBy(() -> other.put(b("k3"), b("o"))).isInstanceOf(KvLockTimeoutException.class);
      assertThatThrownBy(() -> other.getForUpdate(b("k1")))
          .isInstanceOf(KvLockTimeoutException.class);
      // Asked again (already held): the same answers, own writes included.
      assertThat(reader.getForUpdate(b("k3"))).isNull();
      reader.put(b("k3"), b("r"));
      assertThat(reader.getForUpdate(b("k3"))).isEqualTo(b("r"));
    }
  }

  @Test
  void anExclusiveReadOfAKeyLockedElsewhereWaitsAndThenSeesTheCommittedValue() throws Exception {
    try (KvTxn holder = store.begin(); KvTxn waiter = store.begin()) {
      holder.put(b("k3"), b("h"));
      Future<byte[]> read = pool.submit(() -> waiter.getForUpdate(b("k3")));
      Thread.sleep(50);
      assertThat(read).isNotDone();
      holder.commit();
      assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo(b("h"));
    }
  }

  @Test
  void anExclusiveReadOfAKeyLockedElsewhereTimesOut() {
    try (KvTxn holder = store.begin();
        KvTxn waiter = store.begin(KvTxnOptions.DEFAULT.withLockTimeout(20))) {
      holder.put(b("k3"), b("h"));
      assertThatThrownBy(() -> waiter.getForUpdate(b("k3")))
          .isInstanceOf(KvLockTimeoutException.class);
      assertThat(waiter.getForUpdate(b("k1"))).isEqualTo(b("v")); // still usable
    }
  }
}
