package dev.quern.engine.dbcc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.kv.KvIterator;
import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SqlMessage;
import dev.quern.engine.session.QuernSession;
import dev.quern.engine.store.StoreSession;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DBCC's messages by number and severity, and CHECKTABLE/CHECKDB on an index corrupted in the store. */
class DbccTest {
  private QuernEngine engine;
  private EngineSession session;

  @BeforeEach
  void setUp() {
    engine = QuernEngine.inMemory();
    session = TestSessions.open(engine);
    run("CREATE TABLE t (id int PRIMARY KEY, v int); CREATE INDEX t_v ON t (v);"
        + " INSERT INTO t VALUES (1, 10), (2, 20), (3, 30)");
  }

  @AfterEach
  void tearDown() throws Exception {
    session.close();
    engine.close();
  }

  private CollectingSink run(String sql) {
    CollectingSink sink = TestSessions.run(session, sql);
    return sink;
  }

  private static List<SqlMessage> messages(CollectingSink sink) {
    return sink.events.stream()
        .filter(e -> e instanceof CollectingSink.Message)
        .map(e -> ((CollectingSink.Message) e).message())
        .toList();
  }

  @Test
  void consistentTableGetsInformationalMessagesAtSeverityZero() {
    List<SqlMessage> m = messages(run("DBCC CHECKTABLE ('t')"));
    assertThat(m).extracting(SqlMessage::number).containsExactly(2536, 2593, 2528);
    assertThat(m).extracting(SqlMessage::severity).containsOnly(0);
    assertThat(m.getLast().text())
        .isEqualTo("DBCC execution completed. If DBCC printed error messages, contact your system administrator.");
  }

  @Test
  void checkDbClosesWithSqlServersSummary() {
    List<SqlMessage> m = messages(run("DBCC CHECKDB"));
    assertThat(m).extracting(SqlMessage::number).containsExactly(2536, 2536, 2593, 8989, 2528);
    assertThat(m.get(3).text()).isEqualTo("CHECKDB found 0 allocation errors and 0 consistency errors in database 'master'.");
    assertThat(messages(run("DBCC CHECKDB WITH NO_INFOMSGS"))).isEmpty();
  }

  @Test
  void reportsARowWhoseIndexEntryIsGone() {
    deleteFirstEntryOf("t_v");
    List<SqlMessage> m = messages(run("DBCC CHECKTABLE ('t') WITH NO_INFOMSGS"));
    assertThat(m).extracting(SqlMessage::number).containsExactly(8951, 8955, 8990, 8958);
    assertThat(m).extracting(SqlMessage::severity).containsExactly(16, 16, 10, 10);
    assertThat(m.get(0).text()).startsWith("Table error: table 'dbo.t' (ID ")
        .endsWith("Data row does not have a matching index row in the index 't_v' (ID 2). Possible missing or invalid keys for the index row matching:");
    assertThat(m.get(1).text()).isEqualTo("Data row (1:0:0) identified by (id = 1) with index values 'v = 10 and id = 1'.");
    assertThat(m.get(2).text()).startsWith("CHECKTABLE found 0 allocation errors and 2 consistency errors in table 'dbo.t' (object ID ");
    assertThat(m.get(3).text()).isEqualTo("repair_rebuild is the minimum repair level for the errors found by DBCC CHECKTABLE (master.dbo.t).");

    List<SqlMessage> db = messages(run("DBCC CHECKDB WITH NO_INFOMSGS"));
    assertThat(db).extracting(SqlMessage::number).containsExactly(8951, 8955, 8990, 8989, 8958);
    assertThat(db.get(3).severity()).isEqualTo(16);
    assertThat(db.get(3).text()).isEqualTo("CHECKDB found 0 allocation errors and 2 consistency errors in database 'master'.");
    // NOINDEX skips the nonclustered indexes.
    assertThat(messages(run("DBCC CHECKDB (master, NOINDEX) WITH NO_INFOMSGS"))).isEmpty();
  }

  @Test
  void openTranReportsTheOldestTransaction() {
    List<SqlMessage> m = messages(run("BEGIN TRANSACTION mine; DBCC OPENTRAN; ROLLBACK"));
    assertThat(m.getFirst().text())
        .startsWith("Transaction information for database 'master'.\n\nOldest active transaction:\n"
            + "    SPID (server process ID): 52\n    UID (user ID) : -1\n    Name          : mine\n    Start time    : ")
        .matches("(?s).*Start time    : [A-Z][a-z]{2} \\d{2} \\d{4} [ \\d]\\d:\\d{2}:\\d{2}:\\d{3}[AP]M");
  }

  @Test
  void checkAllocAndCheckCatalogFindNothingInASoundDatabase() {
    List<SqlMessage> alloc = messages(run("DBCC CHECKALLOC"));
    assertThat(alloc).extracting(SqlMessage::number).containsExactly(2536, 8989, 2528);
    assertThat(alloc.get(1).text()).isEqualTo("CHECKALLOC found 0 allocation errors and 0 consistency errors in database 'master'.");
    assertThat(messages(run("DBCC CHECKCATALOG"))).extracting(SqlMessage::number).containsExactly(2528);
  }

  @Test
  void checkCatalogReportsAForeignKeyWhoseTableIsGone() {
    run("CREATE TABLE parent (id int PRIMARY KEY); CREATE TABLE child (id int PRIMARY KEY, p int REFERENCES parent (id))");
    int parentId = objectId("parent");
    int childFk = foreignKeyId();
    dropStraightFromTheCatalog(parentId);
    List<SqlMessage> m = messages(run("DBCC CHECKCATALOG WITH NO_INFOMSGS"));
    assertThat(m).extracting(SqlMessage::number).containsExactly(3853);
    assertThat(m.getFirst().severity()).isEqualTo(16);
    assertThat(m.getFirst().text()).isEqualTo("Attribute (referenced_object_id=" + parentId + ") of row (object_id=" + childFk
        + ") in sys.foreign_keys does not have a matching row (object_id=" + parentId + ") in sys.objects.");
    List<SqlMessage> db = messages(run("DBCC CHECKDB WITH NO_INFOMSGS"));
    assertThat(db).extracting(SqlMessage::number).containsExactly(3853, 8989, 8958);
    assertThat(db.get(1).text()).isEqualTo("CHECKDB found 0 allocation errors and 1 consistency errors in database 'master'.");
  }

  private int objectId(String name) {
    return ((Number) scalar("SELECT OBJECT_ID('" + name + "')")).intValue();
  }

  private int foreignKeyId() {
    return ((Number) scalar("SELECT object_id FROM sys.foreign_keys WHERE parent_object_id = OBJECT_ID('child')")).intValue();
  }

  private Object scalar(String sql) {
    return run(sql).events.stream().filter(e -> e instanceof CollectingSink.Row).map(e -> ((CollectingSink.Row) e).values()[0])
        .findFirst().orElseThrow();
  }

  /** Removes a table's catalog record without the checks DROP TABLE makes (no SQL can do it). */
  private void dropStraightFromTheCatalog(int objectId) {
    StoreSession store = ((QuernSession) session).state().store();
    store.beginStatement();
    try {
      var catalog = store.storage().catalog(1);
      catalog.dropObject(store.txn(catalog), objectId);
      store.markDdl();
    } finally {
      store.endStatement(true);
    }
  }

  /** Deletes an index's first entry straight from the key-value store (no SQL can do it). */
  private void deleteFirstEntryOf(String indexName) {
    StoreSession store = ((QuernSession) session).state().store();
    store.beginStatement();
    try {
      var catalog = store.storage().catalog(1);
      Table t = store.metadata(catalog).objects(store.metadata(catalog).schemas(1).stream()
              .filter(s -> s.name().equals("dbo")).findFirst().orElseThrow().id()).stream()
          .filter(o -> o instanceof Table tb && tb.name().equals("t")).map(o -> (Table) o).findFirst().orElseThrow();
      Index ix = t.index(indexName).orElseThrow();
      KvTxn txn = store.txn(catalog);
      byte[] prefix = dataPrefix(ix.dataId());
      try (KvIterator it = txn.scan(prefix, dev.quern.catalog.codec.KeyBytes.prefixEnd(prefix), false)) {
        assertThat(it.next()).isTrue();
        txn.delete(it.key());
      }
    } finally {
      store.endStatement(true);
    }
  }

  /** An index's entries live under its data id's key prefix: the data kind byte, then the id. */
  private static byte[] dataPrefix(long dataId) {
    byte[] p = new byte[9];
    p[0] = 0x01;
    for (int i = 8; i >= 1; i--) {
      p[i] = (byte) dataId;
      dataId >>>= 8;
    }
    return p;
  }
}
