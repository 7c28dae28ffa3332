package dev.quern.catalog.rocks;

import static dev.quern.catalog.rocks.Bytes.b;
import static dev.quern.catalog.rocks.Bytes.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quern.catalog.kv.KvTxn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rocksdb.FlushOptions;

/**
 * The live WAL has its full length before commits write into it (so a commit's fdatasync does
 * not change the file's length), RocksDB truncates a WAL it closes, and a store recovers every
 * commit from a WAL with a preallocated zero tail — the image a crash leaves.
 */
class WalPreallocationTest {
  /** RocksDB's default memtable (64 MiB) and its WAL preallocation block, a tenth more. */
  private static final long WAL_LENGTH = (64L << 20) / 10 + (64L << 20);

  @TempDir Path dir;
  @TempDir Path crashImage;

  private static List<Path> wals(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().matches("\\d+\\.log"))
          .sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .toList();
    }
  }

  private static long liveWalLength(Path dir) throws IOException {
    return Files.size(wals(dir).getLast());
  }

  private static void commit(RocksKvStore store, String key, String value) {
    try (KvTxn t = store.begin()) {
      t.put(b(key), b(value));
      t.commit();
    }
  }

  @Test
  void theLiveWalHasItsFullLengthBeforeAnyCommit() throws Exception {
    assumeTrue(WalPreallocation.available());
    try (RocksKvStore store = RocksKvStore.open(dir)) {
      assertThat(liveWalLength(dir)).isGreaterThanOrEqualTo(WAL_LENGTH);
      for (int i = 0; i < 100; i++) {
        commit(store, "k" + i, "v" + i);
      }
      assertThat(liveWalLength(dir)).isEqualTo(WAL_LENGTH);
    }
    // Closed: RocksDB's writer cut the file back to what it wrote.
    assertThat(liveWalLength(dir)).isLessThan(1 << 20);
  }

  @Test
  void theNextWalIsExtendedWhenRocksDbSwitchesToIt() throws Exception {
    assumeTrue(WalPreallocation.available());
    try (RocksKvStore store = RocksKvStore.open(dir);
        FlushOptions wait = new FlushOptions().setWaitForFlush(true)) {
      commit(store, "a", "1");
      Path first = wals(dir).getLast();
      store.db().flush(wait); // seals the memtable: RocksDB moves to a new WAL
      commit(store, "b", "2");
      Path next = wals(dir).getLast();
      assertThat(next).isNotEqualTo(first);
      // Extended on the preallocation thread, right after the switch.
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (Files.size(next) < WAL_LENGTH && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(Files.size(next)).isGreaterThanOrEqualTo(WAL_LENGTH);
      commit(store, "c", "3");
      try (KvTxn t = store.begin()) {
        assertThat(s(t.get(b("a")))).isEqualTo("1");
        assertThat(s(t.get(b("b")))).isEqualTo("2");
        assertThat(s(t.get(b("c")))).isEqualTo("3");
      }
    }
  }

  @Test
  void aStoreRecoversEveryCommitFromAWalWithAPreallocatedTail() throws Exception {
    assumeTrue(WalPreallocation.available());
    try (RocksKvStore store = RocksKvStore.open(dir)) {
      for (int i = 0; i < 500; i++) {
        commit(store, "k" + i, "v" + i);
      }
      // The files as a crash would leave them: synced commits, then the WAL's zero tail.
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.toList()) {
          if (Files.isRegularFile(f) && !f.getFileName().toString().equals("LOCK")) {
            Files.copy(f, crashImage.resolve(f.getFileName()));
          }
        }
      }
    }
    assertThat(liveWalLength(crashImage)).isEqualTo(WAL_LENGTH);
    Path crashedWal = wals(crashImage).getLast();
    try (RocksKvStore recovered = RocksKvStore.open(crashImage);
        KvTxn t = recovered.begin()) {
      for (int i = 0; i < 500; i++) {
        assertThat(s(t.get(b("k" + i)))).as("commit %d", i).isEqualTo("v" + i);
      }
    }
    // The crashed WAL, at its full length, goes with the next flush that writes something: the
    // clean close after a commit, at the latest (recovery's own flush leaves it to that).
    try (RocksKvStore again = RocksKvStore.open(crashImage)) {
      commit(again, "after", "crash");
    }
    assertThat(wals(crashImage)).doesNotContain(crashedWal).hasSize(1);
    assertThat(liveWalLength(crashImage)).isLessThan(1 << 20);
  }

  @Test
  void restartsKeepNoEarlierWal() throws Exception {
    for (int run = 0; run < 10; run++) {
      try (RocksKvStore store = RocksKvStore.open(dir)) {
        commit(store, "k" + run, "v" + run);
      }
    }
    // Each close flushes and each open flushes what it replayed: one short WAL, not ten long ones.
    assertThat(wals(dir)).hasSize(1);
    assertThat(liveWalLength(dir)).isLessThan(1 << 20);
    try (RocksKvStore store = RocksKvStore.open(dir);
        KvTxn t = store.begin()) {
      for (int run = 0; run < 10; run++) {
        assertThat(s(t.get(b("k" + run)))).isEqualTo("v" + run);
      }
    }
  }
}
