package dev.quern.catalog.rocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.catalog.kv.KvLockTimeoutException;
import dev.quern.catalog.kv.KvTxn;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shared locks taken in turn wait behind an exclusive request already waiting for the key (FIFO,
 * as SQL Server's lock queue), unless their transaction holds the key or its other key already;
 * plain shared locks do not.
 */
class RocksLockQueueTest {
  @TempDir Path dir;
  private RocksKvStore store;

  @BeforeEach
  void open() {
    store = RocksKvStore.open(dir);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aSharedRequestInTurnWaitsBehindAWaitingExclusiveOne() throws Exception {
    try (KvTxn holder = store.begin(); KvTxn ddl = store.begin(); KvTxn late = store.begin()) {
      holder.lockShared(b("table"));
      ddl.setLockTimeout(-1);
      CompletableFuture<byte[]> exclusive = CompletableFuture.supplyAsync(() -> ddl.getForUpdate(b("table")));
      awaitAWait();
      late.setLockTimeout(200);
      assertThatThrownBy(() -> late.lockSharedInTurn(b("table"), null)).isInstanceOf(KvLockTimeoutException.class);
      holder.commit();
      exclusive.get(30, TimeUnit.SECONDS);
      ddl.commit();
      late.lockSharedInTurn(b("table"), null); // nobody waits now: at once
    }
  }

  @Test
  void aPlainSharedRequestOvertakesAWaitingExclusiveOne() throws Exception {
    try (KvTxn holder = store.begin(); KvTxn ddl = store.begin(); KvTxn late = store.begin()) {
      holder.lockShared(b("table"));
      ddl.setLockTimeout(-1);
      CompletableFuture<byte[]> exclusive = CompletableFuture.supplyAsync(() -> ddl.getForUpdate(b("table")));
      awaitAWait();
      late.setLockTimeout(200);
      late.lockShared(b("table"));
      holder.commit();
      late.commit();
      exclusive.get(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void aTransactionHoldingTheKeyOrItsOtherKeyDoesNotQueue() throws Exception {
    try (KvTxn holder = store.begin(); KvTxn reader = store.begin(); KvTxn ddl = store.begin()) {
      holder.lockShared(b("table"));
      reader.lockShared(b("definition"));
      ddl.setLockTimeout(-1);
      CompletableFuture<byte[]> exclusive = CompletableFuture.supplyAsync(() -> ddl.getForUpdate(b("table")));
      awaitAWait();
      holder.setLockTimeout(200);
      reader.setLockTimeout(200);
      holder.lockSharedInTurn(b("table"), null);
      reader.lockSharedInTurn(b("table"), b("definition"));
      assertThat(exclusive).isNotDone();
      holder.commit();
      reader.commit();
      exclusive.get(30, TimeUnit.SECONDS);
    }
  }

  /** Until some transaction waits for a lock (the exclusive request, on another thread). */
  private void awaitAWait() throws InterruptedException {
    for (int i = 0; i < 3000; i++) {
      if (store.locks().stream().anyMatch(l -> !l.granted())) {
        return;
      }
      Thread.sleep(5);
    }
    throw new AssertionError("no lock wait began");
  }

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
