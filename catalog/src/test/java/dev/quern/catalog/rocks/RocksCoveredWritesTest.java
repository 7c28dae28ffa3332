package dev.quern.catalog.rocks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.kv.KvIsolation;
import dev.quern.catalog.kv.KvSavepoint;
import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.kv.KvTxnOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes made under a lock that covers their keys (KvTxn.putCovered): no row lock, but otherwise
 * a write of the transaction like any other.
 */
class RocksCoveredWritesTest {
  @TempDir Path dir;

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String s(byte[] v) {
    return v == null ? null : new String(v, StandardCharsets.UTF_8);
  }

  @Test
  void aCoveredWriteIsSeenByItsTransactionUndoneBySavepointsAndCommitted() {
    try (RocksKvStore store = RocksKvStore.open(dir)) {
      try (KvTxn t = store.begin(KvTxnOptions.DEFAULT)) {
        t.putCovered(b("a"), b("1"));
        assertThat(s(t.getCovered(b("a")))).isEqualTo("1");
        KvSavepoint sp = t.setSavepoint();
        t.putCovered(b("b"), b("2"));
        t.rollbackToSavepoint(sp);
        assertThat(t.getCovered(b("b"))).isNull();
        try (KvTxn other = store.begin(KvTxnOptions.DEFAULT)) {
          assertThat(other.get(b("a"))).isNull(); // not committed yet
        }
        t.commit();
      }
      try (KvTxn t = store.begin(KvTxnOptions.DEFAULT)) {
        assertThat(s(t.get(b("a")))).isEqualTo("1");
        assertThat(t.get(b("b"))).isNull();
      }
    }
  }

  @Test
  void aCoveredWriteTakesNoRowLockAndACoveredReadSeesTheLatestCommit() {
    try (RocksKvStore store = RocksKvStore.open(dir)) {
      try (KvTxn t = store.begin(KvTxnOptions.DEFAULT)) {
        t.beginStatement(); // its snapshot predates the commit below
        t.putCovered(b("k"), b("mine"));
        try (KvTxn other = store.begin(KvTxnOptions.DEFAULT)) {
          other.setLockTimeout(0);
          other.put(b("k2"), b("theirs")); // would wait (1222) if k's range were locked; it is not
          other.put(b("k"), b("theirs")); // no row lock on k: the caller's table lock is what keeps others out
          other.commit();
        }
        assertThat(s(t.getCovered(b("k2")))).isEqualTo("theirs");
        t.rollback();
      }
    }
  }

  @Test
  void underSnapshotACoveredWriteStillLocks() {
    try (RocksKvStore store = RocksKvStore.open(dir)) {
      try (KvTxn t = store.begin(new KvTxnOptions(KvIsolation.SNAPSHOT, -1))) {
        t.putCovered(b("k"), b("mine"));
        try (KvTxn other = store.begin(KvTxnOptions.DEFAULT)) {
          other.setLockTimeout(0);
          org.assertj.core.api.Assertions.assertThatThrownBy(() -> other.put(b("k"), b("theirs")))
              .isInstanceOf(dev.quern.catalog.kv.KvLockTimeoutException.class);
        }
        t.rollback();
      }
    }
  }
}
