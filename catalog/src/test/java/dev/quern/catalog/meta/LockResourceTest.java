package dev.quern.catalog.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.kv.KvLock;
import dev.quern.catalog.kv.KvLockWaits.Mode;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** How storage locks map to sys.dm_tran_locks resources. */
class LockResourceTest {
  private static byte[] row(long dataId, int key) {
    byte[] prefix = SystemKeys.data(dataId);
    byte[] k = Arrays.copyOf(prefix, prefix.length + 4);
    k[prefix.length + 3] = (byte) key;
    return k;
  }

  private static KvLock point(byte[] key, Mode mode) {
    return new KvLock(51, 9, key, null, mode, true);
  }

  @Test
  void aRowKeyIsAKeyLockOfItsDataIdWithAStableHash() {
    LockResource r = LockResource.of(point(row(42, 1), Mode.EXCLUSIVE)).orElseThrow();
    assertThat(r.type()).isEqualTo(LockResource.Type.KEY);
    assertThat(r.entityId()).isEqualTo(42);
    assertThat(r.mode()).isEqualTo("X");
    assertThat(r.description()).matches("\\([0-9a-f]{12}\\)");
    // The same key in another index hashes the same; another key differently.
    assertThat(LockResource.of(point(row(43, 1), Mode.SHARED)).orElseThrow().description()).isEqualTo(r.description());
    assertThat(LockResource.of(point(row(42, 2), Mode.SHARED)).orElseThrow().description()).isNotEqualTo(r.description());
  }

  @Test
  void aRangeIsAKeyLockOnTheKeyEndingItOrOnTheEndOfTheIndex() {
    byte[] start = SystemKeys.data(42);
    KvLock inside = new KvLock(51, 9, start, row(42, 7), Mode.RANGE_SHARED, true);
    KvLock toEnd = new KvLock(51, 9, start, SystemKeys.end(start), Mode.RANGE_UPDATE, true);
    assertThat(LockResource.of(inside).orElseThrow().description()).isEqualTo(LockResource.keyHash(row(42, 7)));
    assertThat(LockResource.of(toEnd).orElseThrow())
        .isEqualTo(new LockResource(LockResource.Type.KEY, 42, "(ffffffffffff)", "RangeS-U"));
  }

  @Test
  void aTableDefinitionIsAnObjectLock() {
    byte[] record = SystemKeys.record(SystemKeys.OBJECT_KIND, 1_234_567);
    assertThat(LockResource.of(point(record, Mode.SHARED)).orElseThrow())
        .isEqualTo(new LockResource(LockResource.Type.OBJECT, 1_234_567, "", "Sch-S"));
    assertThat(LockResource.of(point(record, Mode.EXCLUSIVE)).orElseThrow().mode()).isEqualTo("Sch-M");
  }

  @Test
  void otherSystemKeysHaveNoResource() {
    assertThat(LockResource.of(point(SystemKeys.counter(SystemKeys.OBJECT_KIND, 1), Mode.EXCLUSIVE))).isEmpty();
    assertThat(LockResource.of(point(SystemKeys.stamp(), Mode.EXCLUSIVE))).isEmpty();
  }
}
