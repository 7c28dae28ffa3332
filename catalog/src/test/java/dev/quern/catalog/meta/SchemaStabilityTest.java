package dev.quern.catalog.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.catalog.kv.KvIsolation;
import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.kv.KvTxnOptions;
import dev.quern.catalog.rocks.RocksKvStore;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lock-free reads ({@link Catalog#openWithoutLocks}) against DDL: a DDL waits for the readers in
 * flight, readers stay out while a DDL holds the table, stale definitions are never used to decode
 * rows, and the locking path (its waits, StaleMetadataException, SNAPSHOT's DDL conflict) is
 * unchanged.
 *
 * <p>The table of generation {@code g} has columns id and c0..cg, and its rows hold g in every cN:
 * a row decoded with another generation's definition shows up as a wrong width or wrong values.
 */
class SchemaStabilityTest {
  private static final int ROWS = 50;

  @TempDir Path dir;
  private RocksKvStore store;
  private Catalog catalog;
  private int schemaId;
  private int tableId;

  @BeforeEach
  void open() {
    store = RocksKvStore.open(dir);
    catalog = Catalog.open(store);
    try (KvTxn t = store.begin()) {
      schemaId = Fixtures.databaseWithDbo(catalog, t);
      tableId = catalog.newObjectId();
      Table first = generation(0);
      catalog.createObject(t, first);
      fill(t, first, 0);
      t.commit();
    }
  }

  @AfterEach
  void close() {
    catalog.close();
    store.close();
  }

  @Test
  void aLockFreeReadSeesTheCommittedRows() {
    Table t = current();
    try (KvTxn reads = store.beginReadOnly();
        LockFreeRead read = catalog.openWithoutLocks(reads, t, null)) {
      assertThat(read).isNotNull();
      checkRow(t, read.rows().findUnique(t.rowIndex(), new Object[] {7}).map(read.rows()::get).orElse(null));
    }
  }

  @Test
  void aDdlWaitsForTheReadersInFlight() throws Exception {
    Table t = current();
    KvTxn reads = store.beginReadOnly();
    LockFreeRead held = catalog.openWithoutLocks(reads, t, null);
    assertThat(held).isNotNull();
    AtomicBoolean altered = new AtomicBoolean();
    KvTxn ddl = store.begin();
    Thread alter = Thread.ofPlatform().start(() -> {
      catalog.alterObject(ddl, generation(1));
      altered.set(true);
    });
    // Once the DDL has marked the table, new readers stay out; it cannot go on while one is in.
    while (probe(t)) {
      Thread.onSpinWait();
    }
    assertThat(alter.isAlive()).isTrue();
    assertThat(altered).isFalse();
    checkRow(t, held.rows().get(locator(held.rows(), 3))); // the reader in flight reads on
    held.close();
    reads.close();
    alter.join(TimeUnit.SECONDS.toMillis(30));
    assertThat(altered).isTrue();
    ddl.rollback();
    ddl.close();
    assertThat(probe(t)).as("the rolled-back ALTER left the table as it was").isTrue();
  }

  @Test
  void readersFallBackWhileADdlHoldsTheTableAndStaleDefinitionsAreRefused() {
    Table old = current();
    Table next = generation(1);
    try (KvTxn ddl = store.begin()) {
      catalog.alterObject(ddl, next);
      fill(ddl, next, 1);
      assertThat(probe(old)).as("a DDL holds the table").isFalse();
      assertThat(probe(next)).isFalse();
      // The locking path waits for the DDL's lock, as before (here: gives up at once).
      try (KvTxn locking = store.begin(new KvTxnOptions(KvIsolation.READ_COMMITTED, 0))) {
        locking.beginStatement();
        assertThatThrownBy(() -> TableStore.open(catalog, locking, old, null))
            .isInstanceOf(dev.quern.catalog.kv.KvLockTimeoutException.class);
      }
      ddl.commit();
    }
    catalog.reclaimGarbage();
    assertThat(probe(old)).as("the old definition is stale").isFalse();
    try (KvTxn locking = store.begin()) {
      locking.beginStatement();
      assertThatThrownBy(() -> TableStore.open(catalog, locking, old, null))
          .isInstanceOf(StaleMetadataException.class);
    }
    Table now = current();
    assertThat(now).isEqualTo(next);
    try (KvTxn reads = store.beginReadOnly();
        LockFreeRead read = catalog.openWithoutLocks(reads, now, null)) {
      checkRow(now, read.rows().get(locator(read.rows(), 9)));
    }
  }

  /**
   * A reader whose snapshot predates a committed ALTER may still prove the old definition in it
   * (and read its rows there, consistently); a reader with a later snapshot holding the same old
   * definition must not profit from that proof: it falls back. (A proof remembered per gate let it
   * read the replaced key range, reclaimed by then, and find no row.)
   */
  @Test
  void aProofMadeInAnOlderSnapshotDoesNotServeALaterReader() {
    Table old = current();
    try (KvTxn early = store.beginReadOnly()) {
      early.peek(SystemKeys.record(SystemKeys.OBJECT_KIND, old.id())); // pins its snapshot now
      Table next = generation(1);
      try (KvTxn ddl = store.begin()) {
        catalog.alterObject(ddl, next);
        fill(ddl, next, 1);
        ddl.commit();
      }
      catalog.reclaimGarbage();
      try (LockFreeRead inOld = catalog.openWithoutLocks(early, old, null)) {
        assertThat(inOld).as("the old definition, proved in the old snapshot").isNotNull();
        checkRow(old, inOld.rows().get(locator(inOld.rows(), 3)));
      }
      try (KvTxn later = store.beginReadOnly();
          LockFreeRead stale = catalog.openWithoutLocks(later, old, null)) {
        assertThat(stale).as("the old definition in a later snapshot").isNull();
      }
    }
  }

  @Test
  void aDroppedTableIsNeverReadWithoutLocks() {
    Table t = current();
    assertThat(probe(t)).isTrue();
    try (KvTxn ddl = store.begin()) {
      catalog.dropObject(ddl, t.id());
      assertThat(probe(t)).isFalse();
      ddl.commit();
    }
    catalog.reclaimGarbage();
    assertThat(probe(t)).isFalse();
  }

  @Test
  void snapshotTransactionsStillConflictWithADdlCommittedAfterTheirStart() {
    Table seen = current();
    try (KvTxn snap = store.begin(KvTxnOptions.of(KvIsolation.SNAPSHOT))) {
      assertThat(catalog.metadata(snap).table(tableId)).contains(seen);
      try (KvTxn ddl = store.begin()) {
        catalog.alterObject(ddl, generation(1));
        ddl.commit();
      }
      assertThat(probe(current())).as("lock-free readers go on with the new definition").isTrue();
      assertThatThrownBy(() -> TableStore.open(catalog, snap, seen, null))
          .isInstanceOf(SnapshotDdlConflictException.class);
    }
  }

  /**
   * Readers on several threads, each taking the lock-free path when it can and the locking path
   * otherwise, while ALTERs (a column more, every row rewritten into fresh key ranges) and finally
   * a DROP commit: no reader ever decodes a row with a definition it was not written with, misses
   * a row of a table it could open, or hangs.
   */
  @Test
  void ddlRacingReadersNeverYieldsAWrongOrMissingRow() throws Exception {
    int readers = 4;
    int alters = 12;
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong lockFree = new AtomicLong();
    AtomicLong locking = new AtomicLong();
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < readers; i++) {
      threads.add(Thread.ofPlatform().start(() -> {
        try {
          while (!stop.get()) {
            readOnce(lockFree, locking);
          }
        } catch (Throwable e) {
          failures.add(e);
        }
      }));
    }
    for (int g = 1; g <= alters; g++) {
      try (KvTxn ddl = store.begin()) {
        Table next = generation(g);
        catalog.alterObject(ddl, next);
        fill(ddl, next, g);
        ddl.commit();
      }
      catalog.reclaimGarbage();
      Thread.sleep(5);
    }
    try (KvTxn ddl = store.begin()) {
      catalog.dropObject(ddl, tableId);
      ddl.commit();
    }
    catalog.reclaimGarbage();
    Thread.sleep(5);
    stop.set(true);
    for (Thread t : threads) {
      t.join(TimeUnit.SECONDS.toMillis(60));
      assertThat(t.isAlive()).as("a reader hangs").isFalse();
    }
    assertThat(failures).isEmpty();
    assertThat(lockFree.get()).isPositive();
  }

  @Test
  void idleGatesAreSweptButNotOnesInUse() {
    SchemaStability stability = new SchemaStability();
    Table base = generation(0);
    Table held = base;
    SchemaStability.Gate heldGate = stability.enter(held, t -> true);
    int marked = tableId + 1;
    try (KvTxn ddl = store.begin()) {
      stability.ddlBegins(ddl, marked);
      for (int i = 0; i < 6000; i++) {
        Table other = new Table(tableId + 2 + i, schemaId, "t", base.columns(), base.indexes(), List.of(), Map.of());
        stability.leave(stability.enter(other, t -> true));
      }
      assertThat(stability.gateCount()).isLessThanOrEqualTo(4097 + 2);
      assertThat(stability.enter(held, t -> true)).as("a gate with a reader in is kept").isSameAs(heldGate);
      Table markedTable = new Table(marked, schemaId, "t", base.columns(), base.indexes(), List.of(), Map.of());
      assertThat(stability.enter(markedTable, t -> true)).as("a DDL's mark is kept").isNull();
      ddl.rollback();
      assertThat(stability.enter(markedTable, t -> true)).as("the mark ends with the DDL").isNotNull();
    }
  }

  /** One point read, lock-free if possible, else in a transaction (as the engine falls back). */
  private void readOnce(AtomicLong lockFree, AtomicLong locking) {
    int key = ThreadLocalRandom.current().nextInt(ROWS);
    try (KvTxn reads = store.beginReadOnly()) {
      Metadata md = catalog.committedMetadata();
      if (md == null) {
        md = catalog.metadata(reads);
      }
      Table t = md.table(tableId).orElse(null);
      if (t == null) {
        assertThat(probeDropped()).isTrue();
        return;
      }
      try (LockFreeRead read = catalog.openWithoutLocks(reads, t, null)) {
        if (read != null) {
          checkRow(t, read.rows().get(locator(read.rows(), key)));
          lockFree.incrementAndGet();
          return;
        }
      }
    }
    try (KvTxn txn = store.begin()) {
      txn.beginStatement();
      Table t = catalog.metadata(txn).table(tableId).orElse(null);
      if (t == null) {
        return;
      }
      TableStore rows = TableStore.open(catalog, txn, t, null);
      checkRow(t, rows.get(locator(rows, key)));
      locking.incrementAndGet();
      txn.commit();
    }
  }

  private boolean probeDropped() {
    try (KvTxn txn = store.begin()) {
      return catalog.metadata(txn).table(tableId).isEmpty();
    }
  }

  /** Whether {@code t} can be opened without locks now (the read is closed again at once). */
  private boolean probe(Table t) {
    try (KvTxn reads = store.beginReadOnly();
        LockFreeRead read = catalog.openWithoutLocks(reads, t, null)) {
      return read != null;
    }
  }

  private Table current() {
    try (KvTxn t = store.begin()) {
      return catalog.metadata(t).table(tableId).orElseThrow();
    }
  }

  private static byte[] locator(TableStore rows, int key) {
    return rows.findUnique(rows.table().rowIndex(), new Object[] {key})
        .orElseThrow(() -> new AssertionError("row " + key + " is missing"));
  }

  /** A row of generation g: its width and every cN are g's. */
  private static void checkRow(Table t, Object[] row) {
    int g = t.columns().size() - 2;
    assertThat(row).as("row of generation %d", g).isNotNull().hasSize(g + 2);
    for (int i = 1; i < row.length; i++) {
      assertThat(row[i]).as("column %d of generation %d", i, g).isEqualTo(g);
    }
  }

  private void fill(KvTxn txn, Table t, int g) {
    TableStore rows = TableStore.open(catalog, txn, t, null);
    for (int id = 0; id < ROWS; id++) {
      Object[] row = new Object[g + 2];
      row[0] = id;
      for (int c = 1; c < row.length; c++) {
        row[c] = g;
      }
      rows.insert(row);
    }
  }

  /** Generation {@code g}: id int PRIMARY KEY CLUSTERED, c0..cg int, rows in a fresh key range. */
  private Table generation(int g) {
    List<Column> cols = new ArrayList<>();
    cols.add(Fixtures.column(1, "id", SqlType.of(TypeId.INT), false));
    for (int c = 0; c <= g; c++) {
      cols.add(Fixtures.column(c + 2, "c" + c, SqlType.of(TypeId.INT), true));
    }
    Index pk =
        new Index(1, "PK_t", IndexKind.CLUSTERED, true, true, false,
            List.of(IndexColumn.asc(1)), List.of(), null, catalog.newDataId());
    return new Table(tableId, schemaId, "t", cols, List.of(pk), List.of(), Map.of());
  }
}
