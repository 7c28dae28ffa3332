package dev.quern.catalog.rocks;

import static dev.quern.catalog.rocks.Bytes.b;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.kv.KvTxn;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * verifyFiles (DBCC CHECKALLOC) finds nothing in a sound store and finds a byte flipped on disk in
 * a table file's data, as bit rot would flip it.
 */
class RocksKvStoreVerifyFilesTest {
  @TempDir Path dir;

  @Test
  void aSoundStoreHasNoDamage() {
    try (RocksKvStore store = RocksKvStore.open(dir)) {
      write(store);
      store.checkpoint();
      assertThat(store.verifyFiles()).isEmpty();
    }
  }

  @Test
  void findsAFlippedByteInATableFile() throws IOException {
    try (RocksKvStore store = RocksKvStore.open(dir)) {
      write(store);
      store.compact(); // the rows now live only in a table file
    }
    Path sst;
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> tables = files.filter(f -> f.toString().endsWith(".sst")).toList();
      assertThat(tables).hasSize(1);
      sst = tables.getFirst();
    }
    // The first data block starts at offset 0; the footer and index blocks sit at the end, so a
    // byte early in the file is row data and the store still opens.
    try (RandomAccessFile f = new RandomAccessFile(sst.toFile(), "rw")) {
      f.seek(100);
      int old = f.read();
      f.seek(100);
      f.write(old ^ 0xFF);
    }
    try (RocksKvStore store = RocksKvStore.open(dir)) {
      assertThat(store.verifyFiles()).hasValueSatisfying(d -> assertThat(d).contains("checksum").contains(".sst"));
    }
  }

  private static void write(RocksKvStore store) {
    try (KvTxn t = store.begin()) {
      for (int i = 0; i < 2000; i++) {
        t.put(b("key" + i), b("value-" + "x".repeat(50) + i));
      }
      t.commit();
    }
  }
}
