package dev.quern.catalog.rocks;

import static dev.quern.catalog.rocks.Bytes.b;
import static dev.quern.catalog.rocks.Bytes.s;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.kv.KvTxn;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RocksKvStoreDurabilityTest {
  @TempDir Path dir;

  @Test
  void committedDataSurvivesReopenAndUncommittedDoesNot() {
    try (RocksKvStore store = RocksKvStore.open(dir)) {
      try (KvTxn t = store.begin()) {
        t.put(b("kept"), b("yes"));
        t.commit();
      }
      KvTxn open = store.begin();
      open.put(b("lost"), b("no")); // still open when the store closes
    }
    try (RocksKvStore store = RocksKvStore.open(dir);
        KvTxn t = store.begin()) {
      assertThat(s(t.get(b("kept")))).isEqualTo("yes");
      assertThat(t.get(b("lost"))).isNull();
    }
  }

  @Test
  void theStoreRunsWithMemtableInsertHintsPerKeyRange() throws Exception {
    try (RocksKvStore store = RocksKvStore.open(dir)) {
      try (KvTxn t = store.begin()) {
        // Rows of two ranges interleaved, as a batched insert writes rows and index entries.
        for (int i = 0; i < 100; i++) {
          t.put(b(String.format("range-a-%03d", i)), b("row"));
          t.put(b(String.format("range-b-%03d", 99 - i)), b("entry"));
        }
        t.commit();
      }
    }
    try (var files = java.nio.file.Files.list(dir)) {
      Path options =
          files.filter(f -> f.getFileName().toString().startsWith("OPTIONS-")).findFirst().orElseThrow();
      assertThat(java.nio.file.Files.readString(options))
          .contains(
              "memtable_insert_with_hint_prefix_extractor=rocksdb.FixedPrefix."
                  + RocksKvStore.INSERT_HINT_PREFIX_LENGTH);
    }
    try (RocksKvStore store = RocksKvStore.open(dir);
        KvTxn t = store.begin();
        var it = t.scan(b("range-"), b("range."), false)) {
      int n = 0;
      String last = "";
      while (it.next()) {
        assertThat(s(it.key())).isGreaterThan(last);
        last = s(it.key());
        n++;
      }
      assertThat(n).isEqualTo(200);
    }
  }

  @Test
  void tempStoreStartsEmpty() {
    try (RocksKvStore temp = RocksKvStore.openTemp(dir)) {
      assertThat(temp.durable()).isFalse();
      try (KvTxn t = temp.begin()) {
        t.put(b("t"), b("1"));
        t.commit();
      }
    }
    try (RocksKvStore temp = RocksKvStore.openTemp(dir);
        KvTxn t = temp.begin()) {
      assertThat(t.get(b("t"))).isNull();
    }
  }

  @Test
  void reclaimRangeRemovesOnlyTheRange() {
    try (RocksKvStore store = RocksKvStore.open(dir)) {
      try (KvTxn t = store.begin()) {
        for (String k : new String[] {"a1", "b1", "b2", "c1"}) {
          t.put(b(k), b(k));
        }
        t.commit();
      }
      store.reclaimRange(b("b"), b("c"));
      try (KvTxn t = store.begin()) {
        assertThat(t.get(b("a1"))).isNotNull();
        assertThat(t.get(b("b1"))).isNull();
        assertThat(t.get(b("b2"))).isNull();
        assertThat(t.get(b("c1"))).isNotNull();
      }
    }
  }
}
