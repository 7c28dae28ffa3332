package dev.quern.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SessionInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A table's lock is first come, first served, as SQL Server's lock queue is: once a DDL waits for
 * the table, later writers wait behind it, so it gets the table when the writers present at its
 * arrival are done; a transaction that holds the table already does not queue (no self-deadlock),
 * and a queued request still ends in 1222 at its lock timeout and in 1205 when it closes a cycle.
 * Session 71 holds the table in an open transaction, 72 runs the DDL, 73 another writer.
 */
class FairTableLockTest {
  private QuernEngine engine;
  private EngineSession holder;
  private EngineSession ddl;
  private EngineSession writer;

  @BeforeEach
  void setUp() {
    engine = QuernEngine.inMemory();
    holder = session(71);
    ddl = session(72);
    writer = session(73);
    TestSessions.run(holder, "CREATE TABLE t (id int IDENTITY PRIMARY KEY, w int)"
        + " CREATE TABLE u (id int PRIMARY KEY, v int) INSERT u VALUES (1, 0)");
  }

  /** Requests started on other threads: ended before the engine closes, whatever a test found. */
  private final List<Thread> started = new ArrayList<>();

  @AfterEach
  void tearDown() throws InterruptedException {
    ddl.cancel();
    writer.cancel();
    TestSessions.run(holder, "IF @@TRANCOUNT > 0 ROLLBACK");
    for (Thread t : started) {
      t.join(Duration.ofSeconds(60));
    }
    writer.close();
    ddl.close();
    holder.close();
    engine.close();
  }

  /**
   * Four sessions insert in a loop of autocommit transactions; an ALTER TABLE arrives. Counted
   * from the moment the ALTER shows waiting to its end, at most the four writers present then
   * commit (before the fix it waited through hundreds, or until its lock timeout).
   */
  @Test
  void aDdlWaitsOnlyForTheWritersPresentWhenItArrived() throws Exception {
    int writers = 4;
    AtomicLong committed = new AtomicLong();
    AtomicBoolean stop = new AtomicBoolean();
    List<Thread> threads = new ArrayList<>();
    List<EngineSession> sessions = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      EngineSession s = session(80 + i);
      sessions.add(s);
      int w = i;
      Thread thread = Thread.ofVirtual().start(() -> {
        // Bounded, so that a starved DDL fails the test instead of hanging it.
        for (int n = 0; n < 20_000 && !stop.get(); n++) {
          if (TestSessions.run(s, "INSERT t (w) VALUES (" + w + ")").errors().isEmpty()) {
            committed.incrementAndGet();
          }
        }
      });
      threads.add(thread);
      started.add(thread);
    }
    while (committed.get() < 100) {
      Thread.sleep(5);
    }
    CollectingSink altered = new CollectingSink();
    // Rows committed before the ALTER keep c NULL; rows inserted after it get the default.
    Thread alter = start(ddl, "SET LOCK_TIMEOUT 30000 ALTER TABLE t ADD c int NULL DEFAULT 7", altered);
    long atWait;
    try {
      atWait = awaitWaitingOrDone(72, "LCK_M_X", alter, committed);
      assertThat(alter.join(Duration.ofSeconds(60))).isTrue();
    } finally {
      stop.set(true);
      for (Thread t : threads) {
        t.join(Duration.ofSeconds(60));
      }
      sessions.forEach(EngineSession::close);
    }
    assertThat(altered.errors()).isEmpty();
    long beforeAlter = ((Number) TestSessions.run(holder, "SELECT COUNT(*) FROM t WHERE c IS NULL").rows().getFirst()[0]).longValue();
    // The writers present when it arrived, plus at most one commit per writer not counted yet then.
    assertThat(beforeAlter - atWait).as("writer transactions committed while the ALTER waited")
        .isLessThanOrEqualTo(2L * writers);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ALTER TABLE t ADD c int NULL", "CREATE INDEX t_w ON t (w)", "TRUNCATE TABLE t",
      "DROP TABLE t"})
  void aWriterArrivingAfterAWaitingDdlQueuesBehindItUntilItsLockTimeout(String waitingSql) throws Exception {
    holdTable();
    CollectingSink done = new CollectingSink();
    Thread waiting = start(ddl, waitingSql, done);
    awaitWait(72, "LCK_M_X", 71);
    // Compatible with the holder's lock, but behind the waiting request: 1222 at its timeout.
    assertThat(TestSessions.run(writer, "SET LOCK_TIMEOUT 300 INSERT t (w) VALUES (3)").errors())
        .extracting(m -> m.number()).containsExactly(1222);
    TestSessions.run(holder, "COMMIT");
    assertThat(waiting.join(Duration.ofSeconds(30))).isTrue();
    assertThat(done.errors()).isEmpty();
  }

  @Test
  void aTransactionHoldingTheTableDoesNotQueueBehindAWaitingDdl() throws Exception {
    holdTable();
    TestSessions.run(holder, "CREATE PROCEDURE add_row AS INSERT t (w) VALUES (9); SELECT COUNT(*) FROM t");
    CollectingSink altered = new CollectingSink();
    Thread alter = start(ddl, "ALTER TABLE t ADD c int NULL", altered);
    awaitWait(72, "LCK_M_X", 71);
    // Its own table again: another insert, reads (locking too), a nested statement, an update.
    CollectingSink again = TestSessions.run(holder, "SET LOCK_TIMEOUT 5000 INSERT t (w) VALUES (2)"
        + " SELECT COUNT(*) FROM t SELECT COUNT(*) FROM t WITH (HOLDLOCK) EXEC add_row UPDATE t SET w = w + 1");
    assertThat(again.errors()).isEmpty();
    assertThat(alter.isAlive()).as("the ALTER still waits for the holder").isTrue();
    TestSessions.run(holder, "COMMIT");
    assertThat(alter.join(Duration.ofSeconds(30))).isTrue();
    assertThat(altered.errors()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ALTER TABLE t ADD d int NULL", "CREATE INDEX t_d ON t (w)", "TRUNCATE TABLE t"})
  void aTransactionHoldingTheTableCanItselfChangeItWhileAnotherDdlWaits(String ownDdl) throws Exception {
    holdTable();
    CollectingSink altered = new CollectingSink();
    Thread alter = start(ddl, "ALTER TABLE t ADD c int NULL", altered);
    awaitWait(72, "LCK_M_X", 71);
    // The holder's lock upgrade goes ahead of the waiting request, as a conversion does in SQL Server.
    assertThat(TestSessions.run(holder, "SET LOCK_TIMEOUT 5000 " + ownDdl).errors()).isEmpty();
    TestSessions.run(holder, "COMMIT");
    assertThat(alter.join(Duration.ofSeconds(30))).isTrue();
    assertThat(altered.errors()).isEmpty();
    assertThat(TestSessions.run(writer, "INSERT t (w, c) VALUES (1, 2)").errors()).isEmpty();
  }

  /**
   * 71 holds row u(1); 73 holds t and waits for u(1); the ALTER waits for 73; 71's insert into t
   * queues behind the ALTER: a cycle only the queue sees. 71 is the victim (1205), then 73 and the
   * ALTER go on.
   */
  @Test
  void aCycleThroughTheQueueIsADeadlock() throws Exception {
    TestSessions.run(holder, "BEGIN TRAN UPDATE u SET v = 1 WHERE id = 1");
    TestSessions.run(writer, "BEGIN TRAN INSERT t (w) VALUES (1)");
    CollectingSink updated = new CollectingSink();
    Thread update = start(writer, "UPDATE u SET v = 2 WHERE id = 1 COMMIT", updated);
    awaitWait(73, "LCK_M_X", 71);
    CollectingSink altered = new CollectingSink();
    Thread alter = start(ddl, "ALTER TABLE t ADD c int NULL", altered);
    awaitWait(72, "LCK_M_X", 73);
    CollectingSink victim = TestSessions.run(holder, "INSERT t (w) VALUES (2)");
    assertThat(victim.errors()).extracting(m -> m.number()).containsExactly(1205);
    assertThat(update.join(Duration.ofSeconds(30))).isTrue();
    assertThat(updated.errors()).isEmpty();
    assertThat(alter.join(Duration.ofSeconds(30))).isTrue();
    assertThat(altered.errors()).isEmpty();
  }

  private void holdTable() {
    assertThat(TestSessions.run(holder, "BEGIN TRAN INSERT t (w) VALUES (1)").errors()).isEmpty();
  }

  private Thread start(EngineSession s, String sql, CollectingSink sink) {
    Thread t = Thread.ofVirtual().start(() -> s.executeBatch(sql, sink));
    started.add(t);
    return t;
  }

  /** Polls (bounded) until session {@code spid} shows as suspended in {@code waitType} on {@code blocker}. */
  private void awaitWait(int spid, String waitType, int blocker) throws InterruptedException {
    String sql = "SELECT COUNT(*) FROM sys.dm_exec_requests WHERE session_id = " + spid
        + " AND status = 'suspended' AND wait_type = '" + waitType + "' AND blocking_session_id = " + blocker;
    try (EngineSession watcher = session(99)) {
      for (int i = 0; i < 3000; i++) {
        if (Integer.valueOf(1).equals(TestSessions.run(watcher, sql).rows().getFirst()[0])) {
          return;
        }
        Thread.sleep(10);
      }
    }
    throw new AssertionError("session " + spid + " never showed a " + waitType + " wait on " + blocker + ": "
        + TestSessions.rows(holder, "SELECT session_id, status, wait_type, blocking_session_id, command FROM sys.dm_exec_requests"));
  }

  /**
   * The writers' commit count once session {@code spid} shows waiting in {@code waitType} (or,
   * should it never have to wait, once {@code request} ended).
   */
  private long awaitWaitingOrDone(int spid, String waitType, Thread request, AtomicLong committed)
      throws InterruptedException {
    String sql = "SELECT COUNT(*) FROM sys.dm_exec_requests WHERE session_id = " + spid
        + " AND status = 'suspended' AND wait_type = '" + waitType + "'";
    try (EngineSession watcher = session(99)) {
      while (request.isAlive()) {
        if (Integer.valueOf(1).equals(TestSessions.run(watcher, sql).rows().getFirst()[0])) {
          return committed.get(); // every commit counted from here on was made during the wait
        }
      }
    }
    return committed.get();
  }

  private EngineSession session(int spid) {
    return engine.openSession(new SessionInfo(spid, "sa", "", "", "test", "FairTableLockTest", 1, 0x74000004, 4096));
  }
}
