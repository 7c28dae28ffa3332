package dev.quern.catalog.rocks;

import dev.quern.catalog.kv.KvTxn;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The child process of {@link RocksKvCrashTest}: commits forever, printing "ack N" after each
 * commit returns, until it is killed.
 */
public final class CrashWriter {
  private CrashWriter() {}

  public static void main(String[] args) {
    try (RocksKvStore store = RocksKvStore.open(Path.of(args[0]))) {
      System.out.println("ready");
      for (long n = 0; ; n++) {
        try (KvTxn t = store.begin()) {
          t.put(key(n), ("value" + n).getBytes(StandardCharsets.UTF_8));
          t.put(("last").getBytes(StandardCharsets.UTF_8), key(n));
          t.commit();
        }
        System.out.println("ack " + n);
      }
    }
  }

  static byte[] key(long n) {
    return String.format("row%012d", n).getBytes(StandardCharsets.UTF_8);
  }
}
