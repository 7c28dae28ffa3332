package dev.quern.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SessionInfo;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A request blocked on a row lock waits as long as LOCK_TIMEOUT says (-1: until the lock is free,
 * not RocksDB's default second), shows in sys.dm_exec_requests with its blocker, and ATTENTION
 * (a client's cancel or query timeout) or KILL ends the wait: the statement is rolled back.
 * Session 71 holds the lock on row 1 of t in an open transaction; session 72 waits.
 */
class LockWaitCancelTest {
  private QuernEngine engine;
  private EngineSession holder;
  private EngineSession waiter;

  @BeforeEach
  void holdRowOne() {
    engine = QuernEngine.inMemory();
    holder = session(71);
    waiter = session(72);
    TestSessions.run(holder, "CREATE TABLE t (id int PRIMARY KEY, v int NOT NULL) INSERT t VALUES (1, 0)");
    assertThat(TestSessions.run(holder, "BEGIN TRAN UPDATE t SET v = 1 WHERE id = 1").errors()).isEmpty();
  }

  @AfterEach
  void close() {
    waiter.close();
    holder.close();
    engine.close();
  }

  @Test
  void cancelEndsAnEndlessLockWait() throws Exception {
    CollectingSink blocked = new CollectingSink();
    Thread request = start("UPDATE t SET v = 2 WHERE id = 1", blocked);
    awaitWait("LCK_M_X");
    Thread.sleep(3000); // past RocksDB's own 1 s limit for a negative timeout
    assertThat(request.isAlive()).as("still waiting: %s", blocked.messages()).isTrue();

    waiter.cancel();
    assertThat(request.join(Duration.ofSeconds(30))).as("the blocked request ended").isTrue();
    assertThat(waiter.wasCancelled()).isTrue();
    assertThat(blocked.errors()).isEmpty();
    TestSessions.run(holder, "COMMIT");
    assertThat(TestSessions.run(waiter, "SELECT v FROM t WHERE id = 1").rows()).containsExactly(new Object[] {1});
  }

  @Test
  void aLockTimeoutLongerThanOneWaitSliceStillEndsIn1222() {
    CollectingSink blocked = TestSessions.run(waiter, "SET LOCK_TIMEOUT 350 UPDATE t SET v = 2 WHERE id = 1");
    assertThat(blocked.errors()).extracting(m -> m.number()).containsExactly(1222);
    TestSessions.run(holder, "ROLLBACK");
    assertThat(TestSessions.run(waiter, "UPDATE t SET v = 3 WHERE id = 1").errors()).isEmpty();
  }

  @Test
  void aSerializableScanWaitingForAWriterShowsAKeyRangeWaitAndItsBlocker() throws Exception {
    TestSessions.run(holder, "INSERT t VALUES (5, 5)");
    CollectingSink scan = new CollectingSink();
    Thread request =
        start("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE SELECT COUNT(*) FROM t WHERE id BETWEEN 1 AND 10", scan);
    awaitWait("LCK_M_RS_S");
    TestSessions.run(holder, "COMMIT");
    assertThat(request.join(Duration.ofSeconds(30))).isTrue();
    assertThat(scan.rows()).containsExactly(new Object[] {2});
  }

  @Test
  void killStopsTheKilledSessionsRequestAndClosesItsConnection() throws Exception {
    AtomicInteger closed = new AtomicInteger();
    waiter.onKill(closed::incrementAndGet);
    Thread request = start("UPDATE t SET v = 2 WHERE id = 1", new CollectingSink());
    awaitWait("LCK_M_X");
    assertThat(TestSessions.run(holder, "KILL 72").errors()).isEmpty();
    assertThat(request.join(Duration.ofSeconds(30))).as("the killed session's request ended").isTrue();
    assertThat(closed.get()).as("its connection was closed").isEqualTo(1);
  }

  private Thread start(String sql, CollectingSink sink) {
    return Thread.ofVirtual().start(() -> waiter.executeBatch(sql, sink));
  }

  /** Polls (bounded) until session 72 shows as suspended in {@code waitType}, blocked by 71. */
  private void awaitWait(String waitType) throws InterruptedException {
    String sql = "SELECT COUNT(*) FROM sys.dm_exec_requests WHERE session_id = 72 AND status = 'suspended'"
        + " AND wait_type = '" + waitType + "' AND blocking_session_id = 71";
    for (int i = 0; i < 3000; i++) {
      if (Integer.valueOf(1).equals(TestSessions.run(holder, sql).rows().getFirst()[0])) {
        return;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("session 72 never showed a " + waitType + " wait on session 71");
  }

  private EngineSession session(int spid) {
    return engine.openSession(new SessionInfo(spid, "sa", "", "", "test", "LockWaitCancelTest", 1, 0x74000004, 4096));
  }
}
