package dev.quern.catalog.rocks;

import static dev.quern.catalog.rocks.Bytes.b;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.kv.KvSavepoint;
import dev.quern.catalog.kv.KvSpace;
import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.kv.KvTxnWrites;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A transaction's write counts (sys.dm_tran_database_transactions) and the store's space
 * (sys.dm_db_file_space_usage, sys.dm_os_memory_clerks) follow what is written and flushed.
 */
class RocksKvStoreSpaceTest {
  @TempDir Path dir;

  @Test
  void countsPutsAndDeletesWithTheirBytesAndKeepsThemAcrossARollbackToASavepoint() {
    try (RocksKvStore store = RocksKvStore.open(dir); KvTxn t = store.begin()) {
      assertThat(t.writes()).isEqualTo(KvTxnWrites.NONE);
      t.put(b("k1"), b("value"));
      KvSavepoint sp = t.setSavepoint();
      t.put(b("k2"), b("v"));
      t.delete(b("k1"));
      assertThat(t.writes()).isEqualTo(new KvTxnWrites(3, 2 + 5 + 2 + 1 + 2));
      t.rollbackToSavepoint(sp);
      assertThat(t.writes().records()).as("undone writes stay logged").isEqualTo(3);
      t.get(b("k1"));
      assertThat(t.writes().records()).as("reads write nothing").isEqualTo(3);
    }
  }

  @Test
  void reportsMemtablesUntilAFlushThenTableFiles() {
    try (RocksKvStore store = RocksKvStore.open(dir)) {
      try (KvTxn t = store.begin()) {
        for (int i = 0; i < 1000; i++) {
          t.put(b("key" + i), b("value-" + "x".repeat(100) + i));
        }
        t.commit();
      }
      KvSpace written = store.space();
      assertThat(written.memtableBytes()).isPositive();
      assertThat(written.fileBytes()).isZero();

      store.compact(); // flushes the memtable into a table file
      KvSpace flushed = store.space();
      assertThat(flushed.fileBytes()).isPositive();
      assertThat(flushed.liveDataBytes()).isPositive().isLessThanOrEqualTo(flushed.fileBytes());
      try (KvTxn t = store.beginReadOnly()) {
        assertThat(t.get(b("key7"))).isNotNull();
      }
      assertThat(store.space().cacheBytes()).as("the read block is cached").isPositive();
    }
  }
}
