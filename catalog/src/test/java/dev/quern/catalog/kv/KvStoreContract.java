package dev.quern.catalog.kv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The behaviour every {@link KvStore} implementation owes the engine: commit, rollback, visibility,
 * ordered bounded iterators in both directions with seek, savepoints. An implementation's test
 * extends this class and says how to open a store.
 */
public abstract class KvStoreContract {
  @TempDir Path dir;
  KvStore store;

  /** Opens a fresh, empty store in {@code dir}. */
  protected abstract KvStore openStore(Path dir);

  @BeforeEach
  void open() {
    store = openStore(dir);
  }

  static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String s(byte[] b) {
    return b == null ? null : new String(b, StandardCharsets.UTF_8);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private void commitAll(String... kv) {
    try (KvTxn t = store.begin()) {
      for (int i = 0; i < kv.length; i += 2) {
        t.put(b(kv[i]), b(kv[i + 1]));
      }
      t.commit();
    }
  }

  private static List<String> keys(KvIterator it) {
    List<String> out = new ArrayList<>();
    try (it) {
      while (it.next()) {
        out.add(s(it.key()) + "=" + s(it.value()));
      }
    }
    return out;
  }

  @Test
  void committedWritesAreVisibleAndRolledBackOnesAreNot() {
    commitAll("a", "1");
    try (KvTxn t = store.begin()) {
      t.put(b("b"), b("2"));
      t.delete(b("a"));
      assertThat(t.get(b("b"))).isEqualTo(b("2"));
      assertThat(t.get(b("a"))).isNull();
      t.rollback();
    }
    try (KvTxn t = store.begin()) {
      assertThat(s(t.get(b("a")))).isEqualTo("1");
      assertThat(t.get(b("b"))).isNull();
    }
  }

  @Test
  void closingAnActiveTransactionRollsItBack() {
    try (KvTxn t = store.begin()) {
      t.put(b("x"), b("1"));
    }
    try (KvTxn t = store.begin()) {
      assertThat(t.get(b("x"))).isNull();
    }
  }

  @Test
  void uncommittedWritesAreInvisibleToOthers() {
    try (KvTxn writer = store.begin();
        KvTxn reader = store.begin()) {
      writer.put(b("k"), b("v"));
      assertThat(reader.get(b("k"))).isNull();
      writer.commit();
      assertThat(s(reader.get(b("k")))).isEqualTo("v"); // READ COMMITTED re-reads
    }
  }

  @Test
  void scansAreOrderedBoundedAndMergeOwnWrites() {
    commitAll("a", "1", "b", "2", "c", "3", "d", "4");
    try (KvTxn t = store.begin()) {
      t.put(b("bb"), b("new"));
      t.delete(b("c"));
      assertThat(keys(t.scan(b("b"), b("d"), false))).containsExactly("b=2", "bb=new");
      assertThat(keys(t.scan(b("b"), b("d"), true))).containsExactly("bb=new", "b=2");
      assertThat(keys(t.scan(null, null, false))).containsExactly("a=1", "b=2", "bb=new", "d=4");
      assertThat(keys(t.scan(null, b("b"), true))).containsExactly("a=1");
      assertThat(keys(t.scan(b("bc"), null, true))).containsExactly("d=4");
    }
  }

  @Test
  void anIteratorAtItsEndStaysThereUntilASeekWithOrWithoutOwnWrites() {
    commitAll("a", "1", "b", "2", "c", "3");
    for (boolean write : new boolean[] {false, true}) {
      try (KvTxn t = store.begin()) {
        if (write) {
          t.put(b("bb"), b("new"));
        }
        for (boolean reverse : new boolean[] {false, true}) {
          try (KvIterator it = t.scan(b("a"), b("c"), reverse)) {
            int n = 0;
            while (it.next()) {
              n++;
            }
            assertThat(n).isEqualTo(write ? 3 : 2);
            assertThat(it.next()).isFalse();
            assertThat(it.next()).isFalse();
            it.seek(b("b"));
            assertThat(it.next()).isTrue();
            assertThat(s(it.key())).isEqualTo("b");
          }
        }
      }
    }
  }

  @Test
  void seekRepositionsWithinTheRange() {
    commitAll("a", "1", "b", "2", "c", "3", "d", "4", "e", "5");
    try (KvTxn t = store.begin();
        KvIterator fwd = t.scan(b("b"), b("e"), false);
        KvIterator rev = t.scan(b("b"), b("e"), true)) {
      fwd.seek(b("c"));
      assertThat(fwd.next()).isTrue();
      assertThat(s(fwd.key())).isEqualTo("c");
      fwd.seek(b("a")); // clamped to the lower bound
      assertThat(fwd.next()).isTrue();
      assertThat(s(fwd.key())).isEqualTo("b");
      rev.seek(b("cc"));
      assertThat(rev.next()).isTrue();
      assertThat(s(rev.key())).isEqualTo("c");
      assertThat(rev.next()).isTrue();
      assertThat(s(rev.key())).isEqualTo("b");
      assertThat(rev.next()).isFalse();
      rev.seek(b("z")); // clamped to the upper bound, which is exclusive
      assertThat(rev.next()).isTrue();
      assertThat(s(rev.key())).isEqualTo("d");
    }
  }

  @Test
  void savepointsUndoLaterWritesAndStayValid() {
    try (KvTxn t = store.begin()) {
      t.put(b("a"), b("1"));
      KvSavepoint sp1 = t.setSavepoint();
      t.put(b("b"), b("2"));
      KvSavepoint sp2 = t.setSavepoint();
      t.put(b("c"), b("3"));
      t.rollbackToSavepoint(sp2);
      assertThat(t.get(b("c"))).isNull();
      assertThat(t.get(b("b"))).isNotNull();
      t.put(b("d"), b("4"));
      t.rollbackToSavepoint(sp1);
      assertThat(t.get(b("b"))).isNull();
      assertThat(t.get(b("d"))).isNull();
      t.put(b("e"), b("5"));
      t.rollbackToSavepoint(sp1); // still valid after being rolled back to
      assertThat(t.get(b("e"))).isNull();
      assertThatThrownBy(() -> t.rollbackToSavepoint(sp2))
          .isInstanceOf(IllegalArgumentException.class);
      t.commit();
    }
    try (KvTxn t = store.begin()) {
      assertThat(keys(t.scan(null, null, false))).containsExactly("a=1");
    }
  }

  @Test
  void endedTransactionRefusesWork() {
    KvTxn t = store.begin();
    t.commit();
    assertThatThrownBy(() -> t.put(b("a"), b("1"))).hasMessageContaining("no longer active");
    t.close();
  }

  @Test
  void readOnlyTransactionsReadOneSnapshotAndRefuseLocksAndWrites() {
    commitAll("a", "1", "b", "2", "c", "3");
    try (KvTxn r = store.beginReadOnly()) {
      assertThat(s(r.get(b("a")))).isEqualTo("1"); // the first read takes the snapshot
      commitAll("a", "9", "d", "4");
      try (KvTxn w = store.begin()) {
        w.delete(b("b"));
        w.commit();
      }
      assertThat(s(r.peek(b("a")))).isEqualTo("1");
      assertThat(r.getAll(List.of(b("a"), b("b"), b("d"))).stream().map(KvStoreContract::s))
          .containsExactly("1", "2", null);
      assertThat(keys(r.scan(b("a"), b("z"), false))).containsExactly("a=1", "b=2", "c=3");
      assertThat(keys(r.peekScan(null, null, true))).containsExactly("c=3", "b=2", "a=1");
      assertThat(r.isolation()).isEqualTo(KvIsolation.READ_COMMITTED);
      assertThatThrownBy(() -> r.getForUpdate(b("a"))).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> r.lockShared(b("a"))).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> r.put(b("a"), b("2"))).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> r.delete(b("a"))).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> r.scanForUpdate(null, null, false))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(r::setSavepoint).isInstanceOf(UnsupportedOperationException.class);
      r.beginStatement(); // the next statement sees the latest commits
      assertThat(s(r.get(b("a")))).isEqualTo("9");
      assertThat(keys(r.scan(null, null, false))).containsExactly("a=9", "c=3", "d=4");
      r.commit();
      assertThat(r.isActive()).isFalse();
      assertThatThrownBy(() -> r.get(b("a"))).hasMessageContaining("has ended");
    }
  }

  @Test
  void aReadOnlySnapshotIsTakenAtTheFirstReadAndAnOpenOneDoesNotStopTheStoreClosing() {
    KvTxn r = store.beginReadOnly();
    commitAll("a", "1"); // after begin, before the first read: seen
    assertThat(s(r.get(b("a")))).isEqualTo("1");
    // r stays open: closing the store releases its snapshot first
  }
}
