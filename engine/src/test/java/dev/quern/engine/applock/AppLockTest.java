package dev.quern.engine.applock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Application locks between sessions: waits and their return statuses (1 after a wait, -1 on
 * timeout), first come first served, the wait shown in sys.dm_exec_requests, deadlocks through
 * application locks alone and through an application lock and a row lock (-3 for the application
 * lock's waiter, nothing rolled back), and locks ending with their session.
 */
class AppLockTest {
  private static final String GET_X_SESSION =
      "DECLARE @r int; EXEC @r = sp_getapplock @Resource = 'r', @LockMode = 'Exclusive', @LockOwner = 'Session'";

  private static String status(EngineSession s, String sql) {
    List<String> rows = TestSessions.rows(s, sql + "; SELECT @r");
    return rows.getLast();
  }

  /** A thread per blocked call (the common pool may have a single thread on a small machine). */
  private static final java.util.concurrent.Executor THREADS = call -> {
    Thread t = new Thread(call, "applock-test");
    t.setDaemon(true);
    t.start();
  };

  private static CompletableFuture<String> async(Supplier<String> call) {
    return CompletableFuture.supplyAsync(call, THREADS);
  }

  @Test
  void anExclusiveLockMakesOthersWaitUntilReleased() throws Exception {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession a = TestSessions.open(engine, 61);
        EngineSession b = TestSessions.open(engine, 62)) {
      assertThat(status(a, GET_X_SESSION)).isEqualTo("0");
      assertThat(status(b, GET_X_SESSION + ", @LockTimeout = 0")).isEqualTo("-1");
      assertThat(status(b, GET_X_SESSION + ", @LockTimeout = 50")).isEqualTo("-1");
      CompletableFuture<String> waiting = async(() -> status(b, GET_X_SESSION));
      TestSessions.awaitRow(a, "SELECT CONCAT(wait_type, ' ', blocking_session_id, ' ', LEFT(wait_resource, 12))"
          + " FROM sys.dm_exec_requests WHERE session_id = 62", "LCK_M_X 61 APPLICATION:");
      assertThat(TestSessions.rows(a, "SELECT request_status FROM sys.dm_tran_locks"
          + " WHERE resource_type = 'APPLICATION' AND request_session_id = 62")).containsExactly("WAIT");
      assertThat(TestSessions.rows(a, "SELECT CONCAT(blocking_session_id, ' ', LEFT(resource_description, 21))"
          + " FROM sys.dm_os_waiting_tasks WHERE session_id = 62")).containsExactly("61 applicationlock hash=");
      TestSessions.rows(a, "EXEC sp_releaseapplock @Resource = 'r', @LockOwner = 'Session'");
      assertThat(waiting.get(20, TimeUnit.SECONDS)).isEqualTo("1");
      assertThat(TestSessions.rows(a, "SELECT APPLOCK_TEST('public', 'r', 'Shared', 'Session')")).containsExactly("0");
    }
  }

  @Test
  void sharedLocksGoTogetherButQueueBehindAWaitingExclusive() throws Exception {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession a = TestSessions.open(engine, 61);
        EngineSession b = TestSessions.open(engine, 62);
        EngineSession c = TestSessions.open(engine, 63)) {
      String shared = "DECLARE @r int; EXEC @r = sp_getapplock 'r', 'Shared', 'Session'";
      assertThat(status(a, shared)).isEqualTo("0");
      assertThat(status(c, shared)).isEqualTo("0");
      TestSessions.rows(c, "EXEC sp_releaseapplock 'r', 'Session'");
      CompletableFuture<String> exclusive = async(() -> status(b, GET_X_SESSION));
      TestSessions.awaitRow(a, "SELECT wait_type FROM sys.dm_exec_requests WHERE session_id = 62", "LCK_M_X");
      // Compatible with the holder, but not with the exclusive request ahead of it: it waits.
      assertThat(status(c, shared + ", 50")).isEqualTo("-1");
      TestSessions.rows(a, "EXEC sp_releaseapplock 'r', 'Session'");
      assertThat(exclusive.get(20, TimeUnit.SECONDS)).isEqualTo("1");
    }
  }

  @Test
  void aDeadlockOfApplicationLocksHasOneVictim() throws Exception {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession a = TestSessions.open(engine, 61);
        EngineSession b = TestSessions.open(engine, 62)) {
      TestSessions.rows(a, "BEGIN TRAN; EXEC sp_getapplock 'r1', 'Exclusive'");
      TestSessions.rows(b, "BEGIN TRAN; EXEC sp_getapplock 'r2', 'Exclusive'");
      CompletableFuture<String> first = async(() -> status(a, "DECLARE @r int; EXEC @r = sp_getapplock 'r2', 'Exclusive'"));
      TestSessions.awaitRow(b, "SELECT wait_type FROM sys.dm_exec_requests WHERE session_id = 61", "LCK_M_X");
      // b closes the cycle and is its victim; its transaction and locks stay, as documented.
      assertThat(status(b, "DECLARE @r int; EXEC @r = sp_getapplock 'r1', 'Exclusive'")).isEqualTo("-3");
      assertThat(TestSessions.rows(b, "SELECT @@TRANCOUNT, APPLOCK_MODE('public', 'r2', 'Transaction')"))
          .containsExactly("1,Exclusive");
      TestSessions.rows(b, "ROLLBACK");
      assertThat(first.get(20, TimeUnit.SECONDS)).isEqualTo("1");
      TestSessions.rows(a, "COMMIT");
    }
  }

  @Test
  void aDeadlockThroughARowLockIsFoundByTheApplicationLocksWaiter() throws Exception {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession a = TestSessions.open(engine, 61);
        EngineSession b = TestSessions.open(engine, 62)) {
      TestSessions.rows(a, "CREATE TABLE t (id int PRIMARY KEY, v int); INSERT t VALUES (1, 0)");
      TestSessions.rows(a, "BEGIN TRAN; UPDATE t SET v = 1 WHERE id = 1");
      TestSessions.rows(b, "BEGIN TRAN; EXEC sp_getapplock 'gate', 'Exclusive'");
      CompletableFuture<String> app = async(() -> status(a, "DECLARE @r int; EXEC @r = sp_getapplock 'gate', 'Exclusive'"));
      TestSessions.awaitRow(b, "SELECT wait_type FROM sys.dm_exec_requests WHERE session_id = 61", "LCK_M_X");
      // b now waits for a's row lock: a cycle that only the application lock's waiter can see.
      CompletableFuture<List<String>> row = CompletableFuture.supplyAsync(
          () -> TestSessions.rows(b, "UPDATE t SET v = 2 WHERE id = 1; SELECT @@ROWCOUNT"), THREADS);
      assertThat(app.get(20, TimeUnit.SECONDS)).isEqualTo("-3");
      TestSessions.rows(a, "ROLLBACK");
      assertThat(row.get(20, TimeUnit.SECONDS)).containsExactly("1");
      TestSessions.rows(b, "COMMIT");
      assertThat(TestSessions.rows(a, "SELECT v FROM t")).containsExactly("2");
    }
  }

  @Test
  void aSessionsLocksEndWithIt() throws Exception {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession b = TestSessions.open(engine, 62)) {
      EngineSession a = TestSessions.open(engine, 61);
      TestSessions.rows(a, "BEGIN TRAN; EXEC sp_getapplock 'r1', 'Exclusive'; EXEC sp_getapplock 'r2', 'Exclusive', 'Session'");
      CompletableFuture<String> waiting = async(() -> status(b, "DECLARE @r int; EXEC @r = sp_getapplock 'r2', 'Shared', 'Session'"));
      try (EngineSession watcher = TestSessions.open(engine, 63)) {
        TestSessions.awaitRow(watcher, "SELECT wait_type FROM sys.dm_exec_requests WHERE session_id = 62", "LCK_M_S");
      }
      a.close();
      assertThat(waiting.get(20, TimeUnit.SECONDS)).isEqualTo("1");
      assertThat(status(b, "DECLARE @r int; EXEC @r = sp_getapplock 'r1', 'Exclusive', 'Session', 0")).isEqualTo("0");
    }
  }
}
