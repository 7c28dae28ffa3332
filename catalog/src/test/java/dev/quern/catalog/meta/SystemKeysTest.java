package dev.quern.catalog.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.codec.ByteSink;
import org.junit.jupiter.api.Test;

/** The data prefix keeps its stored form: the kind byte, then the data id big-endian. */
class SystemKeysTest {
  @Test
  void aDataPrefixIsTheKindThenTheIdBigEndian() {
    for (long id : new long[] {0, 1, 255, 256, 0x0102030405060708L, Long.MAX_VALUE, -1, Long.MIN_VALUE}) {
      byte[] expected = new ByteSink(9).put(SystemKeys.DATA).putLong(id).toBytes();
      assertThat(SystemKeys.data(id)).as("data id %d", id).isEqualTo(expected);
      assertThat(SystemKeys.data(id)).hasSize(SystemKeys.DATA_PREFIX_LENGTH);
    }
    assertThat(SystemKeys.data(0x0102030405060708L))
        .containsExactly(1, 1, 2, 3, 4, 5, 6, 7, 8);
  }

  @Test
  void theStoresMemtableInsertHintsGoByTheDataPrefix() {
    assertThat(dev.quern.catalog.rocks.RocksKvStore.INSERT_HINT_PREFIX_LENGTH)
        .isEqualTo(SystemKeys.DATA_PREFIX_LENGTH);
  }
}
