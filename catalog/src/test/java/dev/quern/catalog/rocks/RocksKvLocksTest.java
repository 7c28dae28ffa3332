package dev.quern.catalog.rocks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.kv.KvIsolation;
import dev.quern.catalog.kv.KvLock;
import dev.quern.catalog.kv.KvLockWaits;
import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.kv.KvTxnOptions;
import dev.quern.catalog.kv.ReadLocks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link RocksKvStore#locks()} reports of the transactions' row and range locks. */
class RocksKvLocksTest {
  @TempDir Path dir;
  private RocksKvStore store;

  @BeforeEach
  void open() {
    store = RocksKvStore.open(dir);
    try (KvTxn t = store.begin()) {
      t.put(b("a"), b("1"));
      t.put(b("b"), b("2"));
      t.commit();
    }
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void grantedLocksAreListedOncePerKeyWithTheStrongestModeUntilTheTransactionEnds() {
    try (KvTxn txn = store.begin(options(KvIsolation.REPEATABLE_READ, 7))) {
      txn.get(b("a"));
      txn.get(b("b"));
      txn.getForUpdate(b("b"));
      txn.put(b("b"), b("3"));
      assertThat(described(store.locks())).containsExactlyInAnyOrder("7 a S GRANT", "7 b X GRANT");
      txn.commit();
    }
    assertThat(store.locks()).isEmpty();
  }

  @Test
  void aSerializableScanHoldsItsRange() {
    try (KvTxn txn = store.begin(options(KvIsolation.SERIALIZABLE, 7))) {
      try (var it = txn.scan(b("a"), b("c"), false)) {
        while (it.next()) {}
      }
      assertThat(described(store.locks())).containsExactly("7 a..c RangeS-S GRANT");
      txn.rollback();
    }
    assertThat(store.locks()).isEmpty();
  }

  @Test
  void aWaitingWriteIsListedAsAWaitBesideTheHoldersGrant() throws Exception {
    try (KvTxn holder = store.begin(options(KvIsolation.READ_COMMITTED, 1));
        KvTxn waiter = store.begin(options(KvIsolation.READ_COMMITTED, 2))) {
      holder.put(b("a"), b("held"));
      CompletableFuture<Void> write = CompletableFuture.runAsync(() -> waiter.put(b("a"), b("x")));
      List<String> seen = List.of();
      for (int i = 0; i < 3000 && !seen.contains("2 a X WAIT"); i++) {
        seen = described(store.locks());
        Thread.sleep(10); // bounded polling for the other thread to reach its wait
      }
      assertThat(seen).contains("1 a X GRANT", "2 a X WAIT");
      holder.commit();
      write.get();
      assertThat(described(store.locks())).containsExactly("2 a X GRANT");
      waiter.rollback();
    }
  }

  @Test
  void aReadPastProbeIsNotListed() {
    try (KvTxn txn = store.begin(options(KvIsolation.READ_COMMITTED, 7))) {
      // READPAST under READ COMMITTED asks for a shared lock and gives it back at once.
      assertThat(txn.get(b("a"), new ReadLocks(ReadLocks.Rows.NONE, false, ReadLocks.Wait.SKIP_LOCKED))).isNotNull();
      assertThat(store.locks()).isEmpty();
    }
  }

  @Test
  void aReadPastReadThatKeepsItsLockIsListed() {
    try (KvTxn txn = store.begin(options(KvIsolation.READ_COMMITTED, 7))) {
      // READPAST with REPEATABLEREAD: the shared lock is taken without waiting, and kept.
      txn.get(b("a"), new ReadLocks(ReadLocks.Rows.SHARED, false, ReadLocks.Wait.SKIP_LOCKED));
      assertThat(described(store.locks())).containsExactly("7 a S GRANT");
    }
  }

  private static KvTxnOptions options(KvIsolation isolation, int owner) {
    return new KvTxnOptions(isolation, -1, new KvLockWaits() {
      @Override
      public boolean cancelled() {
        return false;
      }

      @Override
      public int owner() {
        return owner;
      }

      @Override
      public void waiting(Mode mode, long sinceNanos, Blockers blockers) {}

      @Override
      public void waitEnded() {}
    });
  }

  private static List<String> described(List<KvLock> locks) {
    return locks.stream()
        .map(l -> l.owner() + " " + s(l.key()) + (l.range() ? ".." + s(l.rangeEnd()) : "") + " "
            + l.mode().requestMode() + (l.granted() ? " GRANT" : " WAIT"))
        .toList();
  }

  private static String s(byte[] bytes) {
    return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
  }

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
