package dev.quern.catalog.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.rocks.RocksKvStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A columnstore index in its table's stored record: its kind, compression, COMPRESSION_DELAY and ORDER. */
class ColumnstoreIndexCodecTest {
  @TempDir Path dir;

  private Table people() {
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store);
        KvTxn txn = store.begin()) {
      return Fixtures.people(catalog, Fixtures.databaseWithDbo(catalog, txn));
    }
  }

  @Test
  void nonclusteredColumnstoreRoundTrips() {
    Table t = people();
    List<Integer> columns = t.columns().stream().map(Column::columnId).toList();
    Index ncci = new Index(t.nextIndexId(), "ncci", IndexKind.NONCLUSTERED_COLUMNSTORE, false, false, false,
        List.of(), columns, null, 77)
        .withOptions(IndexOptions.DEFAULT.withCompression("COLUMNSTORE_ARCHIVE").withColumnstore(45, List.of()));
    List<Index> indexes = new ArrayList<>(t.indexes());
    indexes.add(ncci);
    Table changed = t.withIndexes(indexes);

    Table back = (Table) MetaCodec.decodeObject(MetaCodec.encode(changed));

    assertThat(back).isEqualTo(changed);
    Index read = back.index("ncci").orElseThrow();
    assertThat(read.columnstore()).isTrue();
    assertThat(read.holdsRows()).isFalse();
    assertThat(read.options().compressionDelay()).isEqualTo(45);
    assertThat(read.options().compressionCode()).isEqualTo(4);
  }

  @Test
  void clusteredColumnstoreKeepsItsOrderColumns() {
    Table t = people();
    int first = t.columns().getFirst().columnId();
    List<Index> indexes = new ArrayList<>(t.secondaryIndexes());
    indexes.add(0, new Index(1, "cci", IndexKind.CLUSTERED_COLUMNSTORE, false, false, false, List.of(), List.of(),
        null, 5).withOptions(IndexOptions.DEFAULT.withCompression("COLUMNSTORE").withColumnstore(0, List.of(first))));
    Table changed = t.withIndexes(indexes);

    Table back = (Table) MetaCodec.decodeObject(MetaCodec.encode(changed));

    assertThat(back.rowIndex().kind()).isEqualTo(IndexKind.CLUSTERED_COLUMNSTORE);
    assertThat(back.rowIndex().kind().keyedByRowId()).isTrue();
    assertThat(back.rowIndex().options().order()).containsExactly(first);
    assertThat(back.rowIndex().kind().type()).isEqualTo(5);
  }

  @Test
  void rowGroupMarksRoundTrip() {
    Table t = people();
    RowGroupMarks marks = new RowGroupMarks(9, List.of(new RowGroupMarks.Mark(1_048_576, 1_048_576,
        RowGroupMarks.INDEX_BUILD), new RowGroupMarks.Mark(2_000_000, 12, RowGroupMarks.REORG_FORCED)));
    List<Index> indexes = new ArrayList<>(t.secondaryIndexes());
    indexes.add(0, new Index(1, "cci", IndexKind.CLUSTERED_COLUMNSTORE, false, false, false, List.of(), List.of(),
        null, 9).withOptions(IndexOptions.DEFAULT.withCompression("COLUMNSTORE").withMarks(marks)));
    Table changed = t.withIndexes(indexes);

    Table back = (Table) MetaCodec.decodeObject(MetaCodec.encode(changed));

    assertThat(back.rowIndex().options().marks()).isEqualTo(marks);
    assertThat(back.rowIndex().options().marks().lastRowId()).isEqualTo(2_000_000);
  }
}
