package dev.quern.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SessionInfo;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A request blocked on a row lock waits as long as LOCK_TIMEOUT says (-1: until the lock is free,
 * not RocksDB's default second), and ATTENTION (a client's cancel or query timeout) ends the wait:
 * the statement is rolled back, the session goes on.
 */
class LockWaitCancelTest {
  private static EngineSession session(QuernEngine engine, int spid) {
    return engine.openSession(new SessionInfo(spid, "sa", "", "", "test", "LockWaitCancelTest", 1, 0x74000004, 4096));
  }

  @Test
  void cancelEndsAnEndlessLockWait() throws Exception {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession holder = session(engine, 71);
        EngineSession waiter = session(engine, 72)) {
      TestSessions.run(holder, "CREATE TABLE t (id int PRIMARY KEY, v int NOT NULL) INSERT t VALUES (1, 0)");
      assertThat(TestSessions.run(holder, "BEGIN TRAN UPDATE t SET v = 1 WHERE id = 1").errors()).isEmpty();

      CollectingSink blocked = new CollectingSink();
      Thread request = Thread.ofVirtual().start(() -> waiter.executeBatch("UPDATE t SET v = 2 WHERE id = 1", blocked));
      // Bounded: the waiter has no lock timeout, so only the cancel can end it.
      for (int i = 0; i < 3000 && !waitingOnALock(holder); i++) {
        Thread.sleep(10);
      }
      assertThat(waitingOnALock(holder)).as("the blocked UPDATE shows as an LCK_M_X wait on session 71").isTrue();
      Thread.sleep(3000);
      assertThat(request.isAlive()).as("blocked: %s", blocked.messages()).isTrue();
      waiter.cancel();
      assertThat(request.join(Duration.ofSeconds(30))).as("the blocked request ended").isTrue();
      assertThat(waiter.wasCancelled()).isTrue();
      assertThat(blocked.errors()).isEmpty();

      TestSessions.run(holder, "COMMIT");
      CollectingSink after = TestSessions.run(waiter, "SELECT v FROM t WHERE id = 1");
      assertThat(after.rows()).containsExactly(new Object[] {1});
    }
  }

  @Test
  void aLockTimeoutLongerThanOneWaitSliceStillEndsIn1222() throws Exception {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession holder = session(engine, 71);
        EngineSession waiter = session(engine, 72)) {
      TestSessions.run(holder, "CREATE TABLE t (id int PRIMARY KEY, v int NOT NULL) INSERT t VALUES (1, 0)");
      TestSessions.run(holder, "BEGIN TRAN UPDATE t SET v = 1 WHERE id = 1");
      CollectingSink blocked = TestSessions.run(waiter, "SET LOCK_TIMEOUT 350 UPDATE t SET v = 2 WHERE id = 1");
      assertThat(blocked.errors()).extracting(m -> m.number()).containsExactly(1222);
      TestSessions.run(holder, "ROLLBACK");
      assertThat(TestSessions.run(waiter, "UPDATE t SET v = 3 WHERE id = 1").errors()).isEmpty();
    }
  }

  @Test
  void aSerializableScanWaitingForAWriterShowsAKeyRangeWaitAndItsBlocker() throws Exception {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession holder = session(engine, 71);
        EngineSession waiter = session(engine, 72)) {
      TestSessions.run(holder, "CREATE TABLE t (id int PRIMARY KEY, v int NOT NULL) INSERT t VALUES (1, 0)");
      assertThat(TestSessions.run(holder, "BEGIN TRAN INSERT t VALUES (5, 5)").errors()).isEmpty();
      CollectingSink scan = new CollectingSink();
      Thread request = Thread.ofVirtual().start(() -> waiter.executeBatch(
          "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE SELECT COUNT(*) FROM t WHERE id BETWEEN 1 AND 10", scan));
      String seen = null;
      for (int i = 0; i < 3000 && seen == null; i++) {
        CollectingSink s = TestSessions.run(holder,
            "SELECT wait_type FROM sys.dm_exec_requests WHERE session_id = 72 AND blocking_session_id = 71");
        seen = s.rows().isEmpty() ? null : (String) s.rows().getFirst()[0];
        Thread.sleep(10);
      }
      assertThat(seen).isEqualTo("LCK_M_RS_S");
      TestSessions.run(holder, "COMMIT");
      assertThat(request.join(Duration.ofSeconds(30))).isTrue();
      assertThat(scan.rows()).containsExactly(new Object[] {2});
    }
  }

  @Test
  void killStopsTheKilledSessionsRequestAndClosesItsConnection() throws Exception {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession holder = session(engine, 71);
        EngineSession waiter = session(engine, 72)) {
      TestSessions.run(holder, "CREATE TABLE t (id int PRIMARY KEY, v int NOT NULL) INSERT t VALUES (1, 0)");
      TestSessions.run(holder, "BEGIN TRAN UPDATE t SET v = 1 WHERE id = 1");
      java.util.concurrent.atomic.AtomicInteger closed = new java.util.concurrent.atomic.AtomicInteger();
      waiter.onKill(closed::incrementAndGet);
      CollectingSink blocked = new CollectingSink();
      Thread request = Thread.ofVirtual().start(() -> waiter.executeBatch("UPDATE t SET v = 2 WHERE id = 1", blocked));
      for (int i = 0; i < 3000 && !waitingOnALock(holder); i++) {
        Thread.sleep(10);
      }
      assertThat(TestSessions.run(holder, "KILL 72").errors()).isEmpty();
      assertThat(request.join(Duration.ofSeconds(30))).as("the killed session's request ended").isTrue();
      assertThat(closed.get()).as("its connection was closed").isEqualTo(1);
    }
  }

  private static boolean waitingOnALock(EngineSession watcher) {
    CollectingSink s = TestSessions.run(watcher,
        "SELECT COUNT(*) FROM sys.dm_exec_requests WHERE session_id = 72 AND command = 'UPDATE'"
            + " AND status = 'suspended' AND wait_type = 'LCK_M_X' AND blocking_session_id = 71");
    return !s.rows().isEmpty() && Integer.valueOf(1).equals(s.rows().getFirst()[0]);
  }
}
