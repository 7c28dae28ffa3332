package dev.quern.catalog.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.catalog.kv.KvIterator;
import dev.quern.catalog.kv.KvIsolation;
import dev.quern.catalog.kv.KvSavepoint;
import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.rocks.RocksKvStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TableStore.open with a noted DDL generation: a table of the latest committed metadata is known
 * current without reading its stored definition back while no DDL has begun or ended since; any
 * other table is still checked against the stored definition.
 */
class DefinitionCheckTest {
  @TempDir Path dir;

  @Test
  void aTableOfTheLatestMetadataIsOpenedWithoutReadingItsDefinition() {
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store)) {
      Table people = createPeople(catalog, store);
      try (KvTxn t = store.begin()) {
        long noted = catalog.ddlGeneration();
        t.beginStatement();
        Table current = catalog.metadata(t, noted).table(people.id()).orElseThrow();
        PeekCountingTxn counting = new PeekCountingTxn(t);
        TableStore rows = TableStore.open(catalog, counting, current, null, noted);
        assertThat(counting.peeks).isZero();
        rows.insert(new Object[] {1, "Ann", null, null});
        t.commit();
      }
    }
  }

  @Test
  void aStaleTableIsStillDetectedThoughNothingChangedSinceTheNotedGeneration() {
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store)) {
      Table people = createPeople(catalog, store);
      try (KvTxn t = store.begin()) {
        catalog.alterObject(t, people.withName("renamed"));
        t.commit();
      }
      try (KvTxn t = store.begin()) {
        long noted = catalog.ddlGeneration();
        t.beginStatement();
        catalog.metadata(t, noted); // now the latest committed metadata is known
        PeekCountingTxn counting = new PeekCountingTxn(t);
        assertThatThrownBy(() -> TableStore.open(catalog, counting, people, null, noted))
            .isInstanceOf(StaleMetadataException.class);
        assertThat(counting.peeks).isEqualTo(1);
      }
    }
  }

  @Test
  void aDdlEndedSinceTheNotedGenerationMakesTheOpenReadTheDefinition() {
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store)) {
      Table people = createPeople(catalog, store);
      try (KvTxn t = store.begin()) {
        long noted = catalog.ddlGeneration();
        t.beginStatement();
        Table current = catalog.metadata(t, noted).table(people.id()).orElseThrow();
        try (KvTxn ddl = store.begin()) {
          int db = catalog.metadata(ddl).databases().getFirst().id();
          catalog.createSchema(ddl, new Schema(catalog.newObjectId(), db, "sales"));
          ddl.commit();
        }
        PeekCountingTxn counting = new PeekCountingTxn(t);
        TableStore.open(catalog, counting, current, null, noted);
        assertThat(counting.peeks).isEqualTo(1);
      }
    }
  }

  @Test
  void aTransactionsOwnDdlMakesTheOpenReadTheDefinition() {
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store)) {
      Table people = createPeople(catalog, store);
      try (KvTxn t = store.begin()) {
        long noted = catalog.ddlGeneration();
        t.beginStatement();
        Table current = catalog.metadata(t, noted).table(people.id()).orElseThrow();
        int db = catalog.metadata(t).databases().getFirst().id();
        catalog.createSchema(t, new Schema(catalog.newObjectId(), db, "sales"));
        PeekCountingTxn counting = new PeekCountingTxn(t);
        TableStore.open(catalog, counting, current, null, noted);
        assertThat(counting.peeks).isEqualTo(1);
      }
    }
  }

  private static Table createPeople(Catalog catalog, RocksKvStore store) {
    try (KvTxn t = store.begin()) {
      Table people = Fixtures.people(catalog, Fixtures.databaseWithDbo(catalog, t));
      catalog.createObject(t, people);
      t.commit();
      return people;
    }
  }

  /** A transaction that counts its peeks (how a definition is read back) and does the rest as is. */
  private static final class PeekCountingTxn implements KvTxn {
    private final KvTxn txn;
    int peeks;

    PeekCountingTxn(KvTxn txn) {
      this.txn = txn;
    }

    @Override
    public byte[] peek(byte[] key) {
      peeks++;
      return txn.peek(key);
    }

    @Override
    public byte[] get(byte[] key) {
      return txn.get(key);
    }

    @Override
    public byte[] getForUpdate(byte[] key) {
      return txn.getForUpdate(key);
    }

    @Override
    public void lockShared(byte[] key) {
      txn.lockShared(key);
    }

    @Override
    public void put(byte[] key, byte[] value) {
      txn.put(key, value);
    }

    @Override
    public void delete(byte[] key) {
      txn.delete(key);
    }

    @Override
    public KvIterator scan(byte[] from, byte[] to, boolean reverse) {
      return txn.scan(from, to, reverse);
    }

    @Override
    public KvIterator scanForUpdate(byte[] from, byte[] to, boolean reverse) {
      return txn.scanForUpdate(from, to, reverse);
    }

    @Override
    public KvIterator peekScan(byte[] from, byte[] to, boolean reverse) {
      return txn.peekScan(from, to, reverse);
    }

    @Override
    public void beginStatement() {
      txn.beginStatement();
    }

    @Override
    public long readView() {
      return txn.readView();
    }

    @Override
    public KvSavepoint setSavepoint() {
      return txn.setSavepoint();
    }

    @Override
    public void rollbackToSavepoint(KvSavepoint savepoint) {
      txn.rollbackToSavepoint(savepoint);
    }

    @Override
    public void setLockTimeout(long millis) {
      txn.setLockTimeout(millis);
    }

    @Override
    public KvIsolation isolation() {
      return txn.isolation();
    }

    @Override
    public void commit() {
      txn.commit();
    }

    @Override
    public void rollback() {
      txn.rollback();
    }

    @Override
    public boolean isActive() {
      return txn.isActive();
    }

    @Override
    public void close() {
      txn.close();
    }
  }
}
