package dev.quern.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SessionInfo;
import dev.quern.engine.api.SqlMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Two or more sessions on one table: no lost update at any isolation level, timeouts, deadlocks. */
class ConcurrencyTest {
  private static final AtomicInteger SPIDS = new AtomicInteger(60);

  private static EngineSession session(QuernEngine engine) {
    return engine.openSession(
        new SessionInfo(SPIDS.incrementAndGet(), "sa", "", "", "test", "ConcurrencyTest", 1, 0x74000004, 4096));
  }

  private static List<Integer> errors(CollectingSink sink) {
    return sink.errors().stream().map(SqlMessage::number).toList();
  }

  private static Object scalar(EngineSession s, String sql) {
    CollectingSink sink = TestSessions.run(s, sql);
    assertThat(sink.errors()).isEmpty();
    for (CollectingSink.Event e : sink.events) {
      if (e instanceof CollectingSink.Row r) {
        return r.values()[0];
      }
    }
    return null;
  }

  @ParameterizedTest
  @ValueSource(strings = {"READ UNCOMMITTED", "READ COMMITTED", "REPEATABLE READ", "SERIALIZABLE", "SNAPSHOT"})
  void concurrentIncrementsAreNeverLost(String level) throws Exception {
    int workers = 3;
    int perWorker = 15;
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession setup = session(engine)) {
      TestSessions.run(setup, "CREATE TABLE counter (id int PRIMARY KEY, v int NOT NULL) INSERT counter VALUES (1, 0)");
      ExecutorService pool = Executors.newFixedThreadPool(workers);
      try {
        List<Future<Integer>> done = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
          done.add(pool.submit(() -> {
            int applied = 0;
            try (EngineSession s = session(engine)) {
              TestSessions.run(s, "SET TRANSACTION ISOLATION LEVEL " + level);
              while (applied < perWorker) {
                CollectingSink sink = TestSessions.run(s, "UPDATE counter SET v = v + 1 WHERE id = 1");
                List<Integer> errs = errors(sink);
                if (errs.isEmpty()) {
                  applied++;
                } else {
                  // Only a snapshot conflict or a deadlock victim may fail; either is retried.
                  assertThat(errs).allMatch(n -> n == 3960 || n == 1205);
                }
              }
            }
            return applied;
          }));
        }
        int total = 0;
        for (Future<Integer> f : done) {
          total += f.get();
        }
        assertThat(scalar(setup, "SELECT v FROM counter WHERE id = 1")).isEqualTo(total);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void aLockedRowTimesOutWith1222() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession a = session(engine);
        EngineSession b = session(engine)) {
      TestSessions.run(a, "CREATE TABLE t (id int PRIMARY KEY, v int) INSERT t VALUES (1, 0)");
      assertThat(errors(TestSessions.run(a, "BEGIN TRAN UPDATE t SET v = 1 WHERE id = 1"))).isEmpty();
      CollectingSink blocked = TestSessions.run(b, "SET LOCK_TIMEOUT 50 UPDATE t SET v = 2 WHERE id = 1");
      assertThat(blocked.errors()).extracting(SqlMessage::number, SqlMessage::text)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(1222, "Lock request time out period exceeded."));
      TestSessions.run(a, "COMMIT");
      assertThat(scalar(b, "SELECT v FROM t")).isEqualTo(1);
    }
  }

  @Test
  void keyedUpdatesLockOnlyTheirRows() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession a = session(engine);
        EngineSession b = session(engine)) {
      TestSessions.run(a, "CREATE TABLE k (id int PRIMARY KEY, code varchar(5) NOT NULL UNIQUE, v int)"
          + " INSERT k VALUES (1, 'a', 0), (2, 'b', 0)");
      assertThat(errors(TestSessions.run(a, "BEGIN TRAN UPDATE k SET v = 1 WHERE id = 1"))).isEmpty();
      // Both seek (primary key, then the unique index): neither touches row 1, so neither waits.
      assertThat(errors(TestSessions.run(b, "SET LOCK_TIMEOUT 0 UPDATE k SET v = 2 WHERE id = 2"))).isEmpty();
      assertThat(errors(TestSessions.run(b, "DELETE FROM k WHERE code = 'b'"))).isEmpty();
      assertThat(errors(TestSessions.run(b, "UPDATE k SET v = 3 WHERE v = 0"))).containsExactly(1222);
      TestSessions.run(a, "COMMIT");
      assertThat(scalar(b, "SELECT v FROM k WHERE id = 1")).isEqualTo(1);
      assertThat(scalar(b, "SELECT COUNT(*) FROM k WHERE code = 'B'")).isEqualTo(0);
    }
  }

  @Test
  void snapshotWritersConflictWith3960() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession a = session(engine);
        EngineSession b = session(engine)) {
      TestSessions.run(a, "CREATE TABLE s (id int PRIMARY KEY, v int) INSERT s VALUES (1, 0)");
      assertThat(errors(TestSessions.run(a, "SET TRANSACTION ISOLATION LEVEL SNAPSHOT BEGIN TRAN SELECT v FROM s"))).isEmpty();
      assertThat(errors(TestSessions.run(b, "UPDATE s SET v = 5 WHERE id = 1"))).isEmpty();
      CollectingSink conflict = TestSessions.run(a, "UPDATE s SET v = v + 1 WHERE id = 1");
      assertThat(conflict.errors()).extracting(SqlMessage::number).containsExactly(3960);
      assertThat(conflict.errors().getFirst().text()).contains("table 'dbo.s'").contains("database 'master'");
      assertThat(scalar(a, "SELECT @@TRANCOUNT")).isEqualTo(0);
      assertThat(scalar(a, "SELECT v FROM s")).isEqualTo(5);
    }
  }

  @Test
  void lockTimeoutSetInsideATransactionAppliesToItsNextStatements() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession a = session(engine);
        EngineSession b = session(engine)) {
      TestSessions.run(a, "CREATE TABLE l (id int PRIMARY KEY, v int) INSERT l VALUES (1, 0)");
      assertThat(errors(TestSessions.run(a, "BEGIN TRAN UPDATE l SET v = 1"))).isEmpty();
      assertThat(errors(TestSessions.run(b, "BEGIN TRAN SET LOCK_TIMEOUT 20 UPDATE l SET v = 2"))).containsExactly(1222);
      TestSessions.run(b, "ROLLBACK");
      TestSessions.run(a, "COMMIT");
    }
  }

  @Test
  void aDeadlockHasExactlyOneVictim() throws Exception {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession a = session(engine);
        EngineSession b = session(engine)) {
      TestSessions.run(a, "CREATE TABLE t1 (id int PRIMARY KEY, v int) INSERT t1 VALUES (1, 0)"
          + " CREATE TABLE t2 (id int PRIMARY KEY, v int) INSERT t2 VALUES (1, 0)");
      assertThat(errors(TestSessions.run(a, "BEGIN TRAN UPDATE t1 SET v = 1"))).isEmpty();
      assertThat(errors(TestSessions.run(b, "BEGIN TRAN UPDATE t2 SET v = 2"))).isEmpty();
      ExecutorService pool = Executors.newSingleThreadExecutor();
      try {
        Future<CollectingSink> first = pool.submit(() -> TestSessions.run(a, "UPDATE t2 SET v = 1"));
        CollectingSink second = TestSessions.run(b, "UPDATE t1 SET v = 2");
        if (!errors(second).isEmpty()) {
          // b was chosen: its transaction is gone, so a's update goes through.
          assertThat(errors(second)).containsExactly(1205);
          assertThat(errors(first.get())).isEmpty();
          assertThat(scalar(b, "SELECT @@TRANCOUNT")).isEqualTo(0);
        } else {
          assertThat(errors(first.get())).containsExactly(1205);
          assertThat(scalar(a, "SELECT @@TRANCOUNT")).isEqualTo(0);
        }
        TestSessions.run(a, "IF @@TRANCOUNT > 0 COMMIT");
        TestSessions.run(b, "IF @@TRANCOUNT > 0 COMMIT");
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
