package dev.quern.engine.dbcc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.codec.ByteSink;
import dev.quern.catalog.codec.KeyBytes;
import dev.quern.catalog.kv.KvIterator;
import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SqlMessage;
import dev.quern.engine.session.QuernSession;
import dev.quern.engine.store.StoreSession;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DBCC CHECKTABLE/CHECKDB on values stored outside their rows, damaged in the key-value store
 * (no SQL can lose a LOB chunk): 8965, 8961, 8964, 8974 and 8929, counted in 8990/8989.
 */
class DbccLobCheckTest {
  /** 70,000 characters: three chunks of 32 KB, 32 KB and 4,464 bytes. */
  private static final String BIG = "REPLICATE(CAST('a' AS varchar(max)), 70000)";

  private QuernEngine engine;
  private EngineSession session;

  @BeforeEach
  void setUp() {
    engine = QuernEngine.inMemory();
    session = TestSessions.open(engine);
    run("CREATE TABLE t (id int PRIMARY KEY, v varchar(max));"
        + " INSERT INTO t VALUES (1, " + BIG + "), (2, 'short'), (3, " + BIG + ")");
  }

  @AfterEach
  void tearDown() throws Exception {
    session.close();
    engine.close();
  }

  @Test
  void intactLobsGiveNoErrors() {
    assertThat(messages(run("DBCC CHECKTABLE ('t') WITH NO_INFOMSGS"))).isEmpty();
    assertThat(messages(run("DBCC CHECKDB WITH NO_INFOMSGS"))).isEmpty();
  }

  @Test
  void reportsAMissingChunkAndTheRowOwningIt() {
    List<byte[]> chunks = chunkKeys();
    withStore((txn, t) -> txn.delete(chunks.get(1)));
    List<SqlMessage> m = messages(run("DBCC CHECKTABLE ('t') WITH NO_INFOMSGS"));
    assertThat(m).extracting(SqlMessage::number).containsExactly(8965, 8929, 8990, 8958);
    assertThat(m).extracting(SqlMessage::severity).containsExactly(16, 16, 10, 10);
    long id = table().id();
    long data = table().rowIndex().dataId();
    String unit = "Object ID " + id + ", index ID 1, partition ID " + data + ", alloc unit ID " + data;
    assertThat(m.get(0).text()).isEqualTo("Table error: " + unit + " (type LOB data). The off-row data node at page (1:0),"
        + " slot 1, text ID " + lobIdOf(chunks.get(1)) + " is referenced by page (1:0), slot 0, but was not seen in the scan.");
    assertThat(m.get(1).text()).isEqualTo(unit + " (type In-row data): Errors found in off-row data with ID "
        + lobIdOf(chunks.get(1)) + " owned by data record identified by (id = 1)");
    assertThat(m.get(2).text()).isEqualTo(
        "CHECKTABLE found 0 allocation errors and 2 consistency errors in table 'dbo.t' (object ID " + id + ").");
    assertThat(m.get(3).text()).isEqualTo(
        "repair_allow_data_loss is the minimum repair level for the errors found by DBCC CHECKTABLE (master.dbo.t).");

    List<SqlMessage> db = messages(run("DBCC CHECKDB WITH NO_INFOMSGS"));
    assertThat(db).extracting(SqlMessage::number).containsExactly(8965, 8929, 8990, 8989, 8958);
    assertThat(db.get(3).text()).isEqualTo("CHECKDB found 0 allocation errors and 2 consistency errors in database 'master'.");
    // NOINDEX skips nonclustered indexes only: the LOBs are still checked.
    assertThat(messages(run("DBCC CHECKDB (master, NOINDEX) WITH NO_INFOMSGS"))).extracting(SqlMessage::number)
        .containsExactly(8965, 8929, 8990, 8989, 8958);
  }

  @Test
  void reportsEveryChunkOfALobWhoseChunksAreAllGone() {
    List<byte[]> chunks = chunkKeys();
    withStore((txn, t) -> chunks.subList(3, 6).forEach(txn::delete));
    List<SqlMessage> m = messages(run("DBCC CHECKTABLE ('t') WITH NO_INFOMSGS"));
    assertThat(m).extracting(SqlMessage::number).containsExactly(8965, 8965, 8965, 8929, 8990, 8958);
    assertThat(m.get(2).text()).contains("slot 2, text ID " + lobIdOf(chunks.get(5)) + " is referenced by page (1:0), slot 2,");
    assertThat(m.get(3).text()).endsWith("owned by data record identified by (id = 3)");
  }

  @Test
  void reportsAChunkOfTheWrongLength() {
    List<byte[]> chunks = chunkKeys();
    withStore((txn, t) -> txn.put(chunks.get(2), new byte[] {'a', 'a'}));
    List<SqlMessage> m = messages(run("DBCC CHECKTABLE ('t') WITH NO_INFOMSGS"));
    assertThat(m).extracting(SqlMessage::number).containsExactly(8961, 8929, 8990, 8958);
    assertThat(m.get(0).text()).endsWith(" The off-row data node at page (1:0), slot 2, text ID "
        + lobIdOf(chunks.get(2)) + " does not match its reference from page (1:0), slot 0.");
  }

  @Test
  void reportsChunksNoRowReferences() {
    List<byte[]> chunks = chunkKeys();
    byte[] prefix = java.util.Arrays.copyOf(chunks.get(0), 9);
    withStore((txn, t) -> {
      txn.put(new ByteSink().put(prefix).putLong(999_999).putInt(0).toBytes(), new byte[10]);
      txn.put(new ByteSink().put(prefix).putLong(lobIdOf(chunks.get(0))).putInt(7).toBytes(), new byte[10]);
    });
    List<SqlMessage> m = messages(run("DBCC CHECKTABLE ('t') WITH NO_INFOMSGS"));
    assertThat(m).extracting(SqlMessage::number).containsExactly(8964, 8964, 8990, 8958);
    assertThat(m.get(0).text()).endsWith(" The off-row data node at page (1:0), slot 7, text ID "
        + lobIdOf(chunks.get(0)) + " is not referenced.");
    assertThat(m.get(1).text()).endsWith(" The off-row data node at page (1:0), slot 0, text ID 999999 is not referenced.");
    assertThat(m.get(3).text()).startsWith("repair_allow_data_loss");
  }

  @Test
  void reportsALobTwoRowsReference() {
    List<byte[]> chunks = chunkKeys();
    withStore((txn, t) -> {
      byte[][] rows = rowKeys(txn, t);
      txn.put(rows[2], txn.get(rows[0])); // row 3 now holds row 1's values, LOB reference included
    });
    List<SqlMessage> m = messages(run("DBCC CHECKTABLE ('t') WITH NO_INFOMSGS"));
    // Row 3's own LOB is left without a row: its three chunks are unreferenced.
    assertThat(m).extracting(SqlMessage::number).containsExactly(8974, 8964, 8964, 8964, 8990, 8958);
    assertThat(m.get(0).text()).endsWith(" The off-row data node at page (1:0), slot 0, text ID "
        + lobIdOf(chunks.get(0)) + " is pointed to by page (1:0), slot 0 and by page (1:0), slot 2.");
  }

  @Test
  void aHeapNamesTheOwningRowByRid() {
    run("CREATE TABLE h (v nvarchar(max)); INSERT INTO h VALUES (REPLICATE(CAST(N'x' AS nvarchar(max)), 20000))");
    byte[] prefix = lobPrefix(table("h"));
    withStore((txn, t) -> {
      try (KvIterator it = txn.scan(prefix, KeyBytes.prefixEnd(prefix), false)) {
        assertThat(it.next()).isTrue();
        txn.delete(it.key());
      }
    }, "h");
    List<SqlMessage> m = messages(run("DBCC CHECKTABLE ('h') WITH NO_INFOMSGS"));
    assertThat(m).extracting(SqlMessage::number).containsExactly(8965, 8929, 8990, 8958);
    assertThat(m.get(0).text()).contains("index ID 0,");
    assertThat(m.get(1).text()).endsWith("owned by data record identified by RID = (1:0:0)");
  }

  private CollectingSink run(String sql) {
    return TestSessions.run(session, sql);
  }

  private static List<SqlMessage> messages(CollectingSink sink) {
    return sink.events.stream()
        .filter(e -> e instanceof CollectingSink.Message)
        .map(e -> ((CollectingSink.Message) e).message())
        .toList();
  }

  private Table table() {
    return table("t");
  }

  private Table table(String name) {
    Table[] found = new Table[1];
    withStore((txn, t) -> found[0] = t, name);
    return found[0];
  }

  /** The chunk keys of table t's LOBs, in key order (LOB id, then chunk number). */
  private List<byte[]> chunkKeys() {
    List<byte[]> keys = new ArrayList<>();
    withStore((txn, t) -> {
      byte[] prefix = lobPrefix(t);
      try (KvIterator it = txn.scan(prefix, KeyBytes.prefixEnd(prefix), false)) {
        while (it.next()) {
          keys.add(it.key());
        }
      }
    });
    assertThat(keys).hasSize(6);
    return keys;
  }

  private static long lobIdOf(byte[] chunkKey) {
    return java.nio.ByteBuffer.wrap(chunkKey, 9, 8).getLong();
  }

  /** A table's LOB chunks live under the LOB kind byte, then its row data id. */
  private static byte[] lobPrefix(Table t) {
    return new ByteSink().put((byte) 0x02).putLong(t.rowIndex().dataId()).toBytes();
  }

  private static byte[][] rowKeys(KvTxn txn, Table t) {
    byte[] prefix = new ByteSink().put((byte) 0x01).putLong(t.rowIndex().dataId()).toBytes();
    List<byte[]> keys = new ArrayList<>();
    try (KvIterator it = txn.scan(prefix, KeyBytes.prefixEnd(prefix), false)) {
      while (it.next()) {
        keys.add(it.key());
      }
    }
    return keys.toArray(byte[][]::new);
  }

  private void withStore(BiConsumer<KvTxn, Table> change) {
    withStore(change, "t");
  }

  /** Runs {@code change} on the store in a statement of the session's transaction, which commits. */
  private void withStore(BiConsumer<KvTxn, Table> change, String tableName) {
    StoreSession store = ((QuernSession) session).state().store();
    store.beginStatement();
    try {
      var catalog = store.storage().catalog(1);
      var md = store.metadata(catalog);
      var dbo = md.schemas(1).stream().filter(s -> s.name().equals("dbo")).findFirst().orElseThrow().id();
      Table t = md.objects(dbo).stream()
          .filter(o -> o instanceof Table tb && tb.name().equals(tableName)).map(o -> (Table) o)
          .findFirst().orElseThrow();
      change.accept(store.txn(catalog), t);
    } finally {
      store.endStatement(true);
    }
  }
}
