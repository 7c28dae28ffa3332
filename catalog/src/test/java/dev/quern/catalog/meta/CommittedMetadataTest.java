package dev.quern.catalog.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.kv.KvIsolation;
import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.kv.KvTxnOptions;
import dev.quern.catalog.rocks.RocksKvStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Catalog.metadata(txn, generation): the latest committed metadata without reading the stamp while
 * no DDL has begun or ended since the generation was noted, and the stamp's own answer otherwise.
 */
class CommittedMetadataTest {
  @TempDir Path dir;

  /** A statement of a READ COMMITTED transaction: notes the generation, then takes its snapshot. */
  private static Metadata statement(Catalog catalog, KvTxn t) {
    long noted = catalog.ddlGeneration();
    t.beginStatement();
    return catalog.metadata(t, noted);
  }

  private static void createSchema(Catalog catalog, RocksKvStore store, String name) {
    try (KvTxn t = store.begin()) {
      int db = catalog.metadata(t).databases().getFirst().id();
      catalog.createSchema(t, new Schema(catalog.newObjectId(), db, name));
      t.commit();
    }
  }

  private static boolean hasSchema(Metadata m, String name) {
    return m.schema(m.databases().getFirst().id(), name).isPresent();
  }

  @Test
  void aCommittedDdlIsSeenByTheNextStatementOfAnOpenTransaction() {
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store)) {
      try (KvTxn t = store.begin()) {
        Fixtures.databaseWithDbo(catalog, t);
        t.commit();
      }
      try (KvTxn reader = store.begin()) {
        Metadata first = statement(catalog, reader);
        assertThat(statement(catalog, reader)).isSameAs(first); // known without a read
        createSchema(catalog, store, "sales");
        Metadata second = statement(catalog, reader);
        assertThat(hasSchema(second, "sales")).isTrue();
        assertThat(statement(catalog, reader)).isSameAs(second);
      }
    }
  }

  @Test
  void aDdlInFlightIsSeenOnlyByItsOwnTransaction() {
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store)) {
      try (KvTxn t = store.begin()) {
        Fixtures.databaseWithDbo(catalog, t);
        t.commit();
      }
      try (KvTxn reader = store.begin(); KvTxn ddl = store.begin()) {
        statement(catalog, reader);
        long noted = catalog.ddlGeneration();
        ddl.beginStatement();
        int db = catalog.metadata(ddl, noted).databases().getFirst().id();
        catalog.createSchema(ddl, new Schema(catalog.newObjectId(), db, "sales"));
        assertThat(hasSchema(catalog.metadata(ddl, noted), "sales")).isTrue();
        assertThat(hasSchema(statement(catalog, reader), "sales")).isFalse();
        ddl.rollback();
        assertThat(hasSchema(statement(catalog, reader), "sales")).isFalse();
      }
    }
  }

  @Test
  void aStatementWhoseSnapshotPrecedesACommitSeesTheOlderMetadata() {
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store)) {
      try (KvTxn t = store.begin()) {
        Fixtures.databaseWithDbo(catalog, t);
        t.commit();
      }
      try (KvTxn reader = store.begin(); KvTxn ddl = store.begin(); KvTxn later = store.begin()) {
        statement(catalog, reader);
        int db = catalog.metadata(ddl).databases().getFirst().id();
        catalog.createSchema(ddl, new Schema(catalog.newObjectId(), db, "sales"));
        long noted = catalog.ddlGeneration();
        reader.beginStatement(); // its snapshot is taken before the DDL commits
        ddl.commit();
        // A statement begun after the commit reads the new stamp and offers it as the latest.
        assertThat(hasSchema(statement(catalog, later), "sales")).isTrue();
        assertThat(hasSchema(catalog.metadata(reader, noted), "sales")).isFalse();
        assertThat(hasSchema(statement(catalog, reader), "sales")).isTrue();
      }
    }
  }

  @Test
  void aSnapshotTransactionKeepsTheMetadataItBeganWith() {
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store)) {
      try (KvTxn t = store.begin()) {
        Fixtures.databaseWithDbo(catalog, t);
        t.commit();
      }
      long noted = catalog.ddlGeneration();
      try (KvTxn reader = store.begin(KvTxnOptions.of(KvIsolation.SNAPSHOT))) {
        assertThat(hasSchema(catalog.metadata(reader, noted), "sales")).isFalse();
        createSchema(catalog, store, "sales");
        try (KvTxn other = store.begin()) {
          assertThat(hasSchema(statement(catalog, other), "sales")).isTrue();
        }
        assertThat(hasSchema(catalog.metadata(reader, noted), "sales")).isFalse();
      }
    }
  }
}
