package dev.quern.catalog.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.meta.StatisticsContent.HistogramStep;
import dev.quern.catalog.rocks.RocksKvStore;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Statistics objects as catalog records (kind 0x0B): their stored form, transactions, and drops. */
class StatisticsCatalogTest {
  @TempDir Path dir;

  private static StatisticsContent content() {
    return new StatisticsContent(Instant.parse("2026-11-26T10:15:30.123456789Z"), 5, 5, 7, List.of(0.25, 0.2),
        List.of(3.5, 7.5), SqlType.ofLength(TypeId.VARCHAR, 20),
        List.of(new HistogramStep(null, 0, 1, 0, 1), new HistogramStep("alpha", 0, 2, 0, 1),
            new HistogramStep("omega", 3, 1, 2, 1.5)));
  }

  @Test
  void statisticsRoundTripWithAndWithoutContent() {
    Statistics empty = new Statistics(1001, 1, "PK_t", false, List.of(1), null, false, null);
    Statistics built = new Statistics(1001, 4, "st_b", true, List.of(3, 1), "([b]>(1))", true, content());

    assertThat(StatisticsCodec.decode(StatisticsCodec.encode(empty))).isEqualTo(empty);
    assertThat(StatisticsCodec.decode(StatisticsCodec.encode(built))).isEqualTo(built);
  }

  @Test
  void rolledBackSavesLeaveNothingAndDropsTakeTheirStatistics() {
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store)) {
      Table people;
      try (KvTxn t = store.begin()) {
        people = Fixtures.people(catalog, Fixtures.databaseWithDbo(catalog, t));
        catalog.createObject(t, people);
        t.commit();
      }
      Statistics onCity = new Statistics(people.id(), 3, "IX_people_city", false, List.of(3), null, false, content());
      Statistics onName = new Statistics(people.id(), 4, "st_name", true, List.of(2), null, false, content());
      Statistics onCityToo = new Statistics(people.id(), 5, "st_city", true, List.of(3), null, false, null);
      try (KvTxn t = store.begin()) {
        catalog.statistics().save(t, onCity);
        t.rollback();
      }
      try (KvTxn t = store.begin()) {
        assertThat(catalog.metadata(t).statistics(people.id())).isEmpty();
        catalog.statistics().save(t, onCity);
        catalog.statistics().save(t, onName);
        catalog.statistics().save(t, onCityToo);
        t.commit();
      }
      try (KvTxn t = store.begin()) {
        assertThat(catalog.metadata(t).statistics(people.id())).containsExactly(onCity, onName, onCityToo);
        // The index on city and the city column go; a new index takes stats_id 4, so st_name moves on.
        List<Index> indexes = new ArrayList<>(people.indexes());
        indexes.removeIf(i -> i.indexId() == 3);
        indexes.add(new Index(4, "IX_new", IndexKind.NONCLUSTERED, false, false, false, List.of(IndexColumn.asc(2)),
            List.of(), null, catalog.newDataId()));
        catalog.alterObject(t, people.withIndexes(indexes).dropColumn(3));
        t.commit();
      }
      try (KvTxn t = store.begin()) {
        assertThat(catalog.metadata(t).statistics(people.id())).containsExactly(onName.withStatsId(6));
        catalog.dropObject(t, people.id());
        t.commit();
      }
      try (KvTxn t = store.begin()) {
        assertThat(catalog.metadata(t).statistics(people.id())).isEmpty();
      }
    }
  }
}
