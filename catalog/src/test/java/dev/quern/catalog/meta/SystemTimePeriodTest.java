package dev.quern.catalog.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.rocks.RocksKvStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SYSTEM_TIME periods as catalog records (kind 0x0F): stored form, reopening, versioning, drops. */
class SystemTimePeriodTest {
  @TempDir Path dir;

  @Test
  void periodsRoundTripWithTheirFlagsAndRetention() {
    SystemTimePeriod hidden = new SystemTimePeriod(1001, 3, 4, true, false, 1002, false, "6 MONTHS");
    SystemTimePeriod plain = new SystemTimePeriod(1003, 1, 2, false, true, 0, true, null);

    assertThat(SystemTimePeriod.decode(SystemTimePeriod.encode(hidden))).isEqualTo(hidden);
    assertThat(SystemTimePeriod.decode(SystemTimePeriod.encode(plain))).isEqualTo(plain);
    assertThat(plain.retention()).isEqualTo("INFINITE");
    assertThat(plain.versioned()).isFalse();
    assertThat(hidden.hidden(3)).isTrue();
    assertThat(hidden.hidden(4)).isFalse();
  }

  @Test
  void periodsSurviveReopeningAndGoWithTheirTable() {
    Table people;
    Table history;
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store)) {
      try (KvTxn t = store.begin()) {
        int schema = Fixtures.databaseWithDbo(catalog, t);
        people = Fixtures.people(catalog, schema);
        catalog.createObject(t, people);
        history = new Table(catalog.newObjectId(), schema, "people_history", people.columns(),
            java.util.List.of(Index.heap(catalog.newDataId())), java.util.List.of(), java.util.Map.of());
        catalog.createObject(t, history);
        catalog.setSystemTimePeriod(t, people.id(),
            new SystemTimePeriod(people.id(), 1, 2, false, false, history.id(), true, null));
        t.commit();
      }
    }
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store)) {
      try (KvTxn t = store.begin()) {
        Metadata md = catalog.metadata(t);
        assertThat(md.period(people.id())).map(SystemTimePeriod::historyTableId).contains(history.id());
        assertThat(md.versionedBy(history.id())).map(SystemTimePeriod::tableId).contains(people.id());
        catalog.dropObject(t, people.id());
        t.commit();
      }
      try (KvTxn t = store.begin()) {
        assertThat(catalog.metadata(t).period(people.id())).isEmpty();
        assertThat(catalog.metadata(t).versionedBy(history.id())).isEmpty();
      }
    }
  }
}
