package dev.quern.catalog.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.rocks.RocksKvStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FILLFACTOR, PAD_INDEX and the other relational options of an index in its table's stored record. */
class IndexOptionsCodecTest {
  @TempDir Path dir;

  private Table people() {
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store);
        KvTxn txn = store.begin()) {
      return Fixtures.people(catalog, Fixtures.databaseWithDbo(catalog, txn));
    }
  }

  @Test
  void optionsRoundTripPerIndex() {
    Table t = people();
    List<Index> indexes = new ArrayList<>(t.indexes());
    Index first = indexes.getFirst();
    IndexOptions options = IndexOptions.DEFAULT.withFillFactor(80).withPadIndex(true).withAllowPageLocks(false)
        .withNoRecompute(true).withCompression("PAGE").withOptimizeForSequentialKey(true);
    indexes.set(0, first.withOptions(options));
    Table changed = t.withIndexes(indexes);

    Table back = (Table) MetaCodec.decodeObject(MetaCodec.encode(changed));

    assertThat(back).isEqualTo(changed);
    assertThat(back.indexes().getFirst().options()).isEqualTo(options);
    assertThat(back.indexes().getFirst().options().compressionCode()).isEqualTo(2);
  }

  @Test
  void tablesWithDefaultOptionsKeepTheirStoredBytes() {
    Table t = people();
    byte[] bytes = MetaCodec.encode(t);
    List<Index> indexes = new ArrayList<>(t.indexes());
    indexes.set(0, indexes.getFirst().withOptions(IndexOptions.DEFAULT.withFillFactor(90)));
    byte[] optioned = MetaCodec.encode(t.withIndexes(indexes));

    // The options section is appended only when an index has one; records written before it read as defaults.
    assertThat(optioned.length).isGreaterThan(bytes.length);
    assertThat(((Table) MetaCodec.decodeObject(bytes)).indexes()).allMatch(i -> i.options().equals(IndexOptions.DEFAULT));
  }

  @Test
  void fillFactorOutsidePercentageIsRefused() {
    assertThatThrownBy(() -> IndexOptions.DEFAULT.withFillFactor(101)).isInstanceOf(IllegalArgumentException.class);
  }
}
