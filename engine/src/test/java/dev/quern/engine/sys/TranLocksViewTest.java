package dev.quern.engine.sys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SessionInfo;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A DBA looks at who blocks whom in sys.dm_tran_locks: session 81 holds row 1 of t in an open
 * transaction, session 82 waits for it, session 83 watches.
 */
class TranLocksViewTest {
  private QuernEngine engine;
  private EngineSession holder;
  private EngineSession waiter;
  private EngineSession watcher;
  private Thread request;

  @BeforeEach
  void holdRowOne() {
    engine = QuernEngine.inMemory();
    holder = session(81);
    waiter = session(82);
    watcher = session(83);
    TestSessions.run(holder, "CREATE TABLE t (id int PRIMARY KEY, v int NOT NULL) INSERT t VALUES (1, 0), (2, 0)");
    assertThat(TestSessions.run(holder, "BEGIN TRAN UPDATE t SET v = 1 WHERE id = 1").errors()).isEmpty();
  }

  @AfterEach
  void close() throws InterruptedException {
    // The blocked request ends before the engine closes, whatever an assertion left open.
    TestSessions.run(holder, "IF @@TRANCOUNT > 0 ROLLBACK");
    if (request != null) {
      request.join(Duration.ofSeconds(30));
    }
    watcher.close();
    waiter.close();
    holder.close();
    engine.close();
  }

  @Test
  void aBlockedUpdateWaitsForTheKeyTheHolderHasGranted() throws Exception {
    CollectingSink blocked = new CollectingSink();
    request = Thread.ofVirtual().start(() -> waiter.executeBatch("UPDATE t SET v = 2 WHERE id = 1", blocked));
    List<Object[]> waits = awaitRows(
        "SELECT request_session_id, resource_type, request_mode, resource_description FROM sys.dm_tran_locks"
            + " WHERE request_status = 'WAIT'");
    assertThat(waits).hasSize(1);
    assertThat(waits.getFirst()).startsWith(82, "KEY", "X");
    Object resource = waits.getFirst()[3];

    // The holder's granted lock on the same key, found as a DBA finds the blocker.
    List<Object[]> blockers = TestSessions.run(watcher,
        "SELECT h.request_session_id, h.request_mode, h.request_status"
            + " FROM sys.dm_tran_locks AS w"
            + " JOIN sys.dm_tran_locks AS h ON h.resource_description = w.resource_description"
            + " AND h.resource_associated_entity_id = w.resource_associated_entity_id AND h.request_status = 'GRANT'"
            + " WHERE w.request_status = 'WAIT'").rows();
    assertThat(blockers).containsExactly(new Object[] {81, "X", "GRANT"});

    // Only row 1 is held: row 2's key is not locked.
    assertThat(TestSessions.run(watcher,
            "SELECT COUNT(*) FROM sys.dm_tran_locks WHERE request_session_id = 81 AND resource_type = 'KEY'").rows())
        .containsExactly(new Object[] {1});
    assertThat(TestSessions.run(watcher,
            "SELECT COUNT(*) FROM sys.dm_tran_locks WHERE resource_description = '" + resource + "'").rows())
        .containsExactly(new Object[] {2});

    // The same lock as the waiting request's wait_resource, and as its waiting task's resource.
    // Like blocking_session_id below, wait_resource is empty for an instant between two tries of
    // the wait (a slow machine hits it): poll for it.
    assertThat(awaitRows(
            "SELECT r.session_id FROM sys.dm_exec_requests AS r JOIN sys.dm_tran_locks AS l"
                + " ON r.wait_resource = 'KEY: ' + CAST(l.resource_database_id AS varchar(10)) + ':'"
                + " + CAST(l.resource_associated_entity_id AS varchar(20)) + ' ' + l.resource_description"
                + " WHERE r.session_id = 82 AND l.request_status = 'WAIT'"))
        .containsExactly(new Object[] {82});
    // blocking_session_id is 0 for an instant between two tries of the wait: poll for it.
    assertThat(awaitRows(
            "SELECT CAST(blocking_session_id AS int), wait_type FROM sys.dm_os_waiting_tasks"
                + " WHERE session_id = 82 AND blocking_session_id = 81"
                + " AND resource_description LIKE 'keylock hobtid=% mode=X %'"))
        .containsExactly(new Object[] {81, "LCK_M_X"});

    // The waiter's autocommit UPDATE is a transaction of its own, the owner of its wait.
    assertThat(TestSessions.run(watcher,
            "SELECT a.name, s.is_user_transaction, s.open_transaction_count FROM sys.dm_tran_session_transactions AS s"
                + " JOIN sys.dm_tran_active_transactions AS a ON a.transaction_id = s.transaction_id"
                + " JOIN sys.dm_tran_locks AS l ON l.request_owner_id = s.transaction_id AND l.request_status = 'WAIT'"
                + " WHERE s.session_id = 82").rows())
        .containsExactly(new Object[] {"UPDATE", false, 0});

    TestSessions.run(holder, "COMMIT");
    assertThat(request.join(Duration.ofSeconds(30))).isTrue();
    assertThat(blocked.errors()).isEmpty();
    assertThat(TestSessions.run(watcher, "SELECT COUNT(*) FROM sys.dm_os_waiting_tasks").rows())
        .containsExactly(new Object[] {0});
    assertThat(TestSessions.run(watcher, "SELECT COUNT(*) FROM sys.dm_tran_locks").rows())
        .containsExactly(new Object[] {0});
  }

  @Test
  void aSerializableScanWaitsForARangeOverTheHoldersNewRow() throws Exception {
    TestSessions.run(holder, "INSERT t VALUES (5, 5)");
    CollectingSink scan = new CollectingSink();
    request = Thread.ofVirtual().start(() -> waiter.executeBatch(
        "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE SELECT COUNT(*) FROM t WHERE id BETWEEN 1 AND 10", scan));
    List<Object[]> waits = awaitRows(
        "SELECT request_session_id, resource_type, request_mode FROM sys.dm_tran_locks WHERE request_status = 'WAIT'");
    assertThat(waits).containsExactly(new Object[] {82, "KEY", "RangeS-S"});
    // The holder's rows: the two keys it wrote and the table's intent lock (a writer's schema
    // stability, as SQL Server shows a writer).
    assertThat(TestSessions.run(watcher,
            "SELECT resource_type, request_mode, COUNT(*) FROM sys.dm_tran_locks WHERE request_session_id = 81"
                + " GROUP BY resource_type, request_mode ORDER BY resource_type, request_mode").rows())
        .containsExactly(new Object[] {"KEY", "X", 2}, new Object[] {"OBJECT", "IX", 1});

    TestSessions.run(holder, "COMMIT");
    assertThat(request.join(Duration.ofSeconds(30))).isTrue();
    assertThat(scan.rows()).containsExactly(new Object[] {3});
  }

  @Test
  void anotherSessionsTransactionIsListedWithItsSession() {
    assertThat(TestSessions.run(watcher,
            "SELECT s.session_id, s.open_transaction_count, a.name FROM sys.dm_tran_session_transactions AS s"
                + " JOIN sys.dm_tran_active_transactions AS a ON a.transaction_id = s.transaction_id").rows())
        .containsExactly(new Object[] {81, 1, "user_transaction"});
  }

  /** Polls (bounded) until {@code sql} returns a row: the other thread reaching its wait. */
  private List<Object[]> awaitRows(String sql) throws InterruptedException {
    for (int i = 0; i < 3000; i++) {
      List<Object[]> rows = TestSessions.run(watcher, sql).rows();
      if (!rows.isEmpty()) {
        return rows;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("no row for: " + sql);
  }

  private EngineSession session(int spid) {
    return engine.openSession(new SessionInfo(spid, "sa", "", "", "test", "TranLocksViewTest", 1, 0x74000004, 4096));
  }
}
