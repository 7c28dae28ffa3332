package dev.quern.catalog.rocks;

import static dev.quern.catalog.rocks.Bytes.b;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.kv.KvIoStats;
import dev.quern.catalog.kv.KvTxn;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's I/O counters (sys.dm_io_virtual_file_stats) move with the log, flushes and table reads. */
class RocksKvStoreIoStatsTest {
  @TempDir Path dir;

  @Test
  void countsLogWritesFlushesAndTableReads() {
    try (RocksKvStore store = RocksKvStore.open(dir)) {
      KvIoStats start = store.ioStats();
      for (int i = 0; i < 50; i++) {
        try (KvTxn t = store.begin()) {
          t.put(b("key" + i), b("value" + i));
          t.commit();
        }
      }
      KvIoStats committed = store.ioStats();
      assertThat(committed.logWrites() - start.logWrites()).as("each durable commit syncs the log").isGreaterThanOrEqualTo(50);
      assertThat(committed.logBytesWritten()).isGreaterThan(start.logBytesWritten());

      store.compact(); // flushes the memtable into a table file
      KvIoStats flushed = store.ioStats();
      assertThat(flushed.dataWrites()).isGreaterThan(committed.dataWrites());
      assertThat(flushed.dataBytesWritten()).isGreaterThan(committed.dataBytesWritten());

      try (KvTxn t = store.beginReadOnly()) {
        assertThat(t.get(b("key7"))).isNotNull();
      }
      KvIoStats read = store.ioStats();
      assertThat(read.dataReads()).isGreaterThan(flushed.dataReads());
      assertThat(read.dataBytesRead()).isGreaterThan(flushed.dataBytesRead());
      assertThat(read.openedAtMillis()).isPositive();
    }
  }
}
