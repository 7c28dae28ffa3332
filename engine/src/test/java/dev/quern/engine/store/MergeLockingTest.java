package dev.quern.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SessionInfo;
import dev.quern.engine.api.SqlMessage;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What MERGE locks on its target. With ON equating a key of the target with the source, each
 * source row's key is read (and its row locked exclusively) rather than the whole table; WITH
 * (HOLDLOCK) also locks that key where no row is yet (the upsert pattern: two sessions cannot
 * both find a key missing and insert it). Otherwise, or with WHEN NOT MATCHED BY SOURCE, every row
 * of the target is read and locked. Session a merges in a transaction; session b shows what that
 * keeps out (1222 under a short LOCK_TIMEOUT) and what it lets through.
 */
class MergeLockingTest {
  private static final AtomicInteger SPIDS = new AtomicInteger(300);
  private QuernEngine engine;
  private EngineSession a;
  private EngineSession b;

  private static EngineSession session(QuernEngine engine) {
    return engine.openSession(
        new SessionInfo(SPIDS.incrementAndGet(), "sa", "", "", "test", "MergeLockingTest", 1, 0x74000004, 4096));
  }

  @BeforeEach
  void open() {
    engine = QuernEngine.inMemory();
    a = session(engine);
    b = session(engine);
    assertThat(TestSessions.run(a, "CREATE TABLE t (id int PRIMARY KEY, v int) INSERT t VALUES (1, 10), (2, 20), (30, 300)")
        .errors()).isEmpty();
  }

  @AfterEach
  void close() {
    b.close();
    a.close();
    engine.close();
  }

  private static List<Integer> errors(CollectingSink sink) {
    return sink.errors().stream().map(SqlMessage::number).toList();
  }

  private List<Integer> blocked(String statement) {
    return errors(TestSessions.run(b, "SET LOCK_TIMEOUT 50 " + statement));
  }

  private static String upsert(String hint, int id) {
    return "MERGE t" + hint + " USING (VALUES (" + id + ", 0)) s (id, v) ON t.id = s.id"
        + " WHEN MATCHED THEN UPDATE SET v = s.v WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.v);";
  }

  @Test
  void anUpsertLocksOnlyTheRowOfItsKey() {
    assertThat(errors(TestSessions.run(a, "BEGIN TRAN " + upsert("", 1)))).isEmpty();
    assertThat(blocked("UPDATE t SET v = 0 WHERE id = 1")).containsExactly(1222);
    assertThat(blocked("UPDATE t SET v = 0 WHERE id = 2")).isEmpty();
    assertThat(blocked(upsert("", 2))).isEmpty();
    assertThat(blocked(upsert("", 5))).isEmpty();
    assertThat(errors(TestSessions.run(a, "COMMIT"))).isEmpty();
    assertThat(blocked("UPDATE t SET v = 0 WHERE id = 1")).isEmpty();
  }

  @Test
  void holdlockKeepsAMissingKeyMissingUntilCommit() {
    assertThat(errors(TestSessions.run(a,
        "BEGIN TRAN MERGE t WITH (HOLDLOCK) USING (VALUES (5)) s (id) ON t.id = s.id"
            + " WHEN MATCHED THEN DELETE;"))).isEmpty();
    assertThat(blocked("INSERT t VALUES (5, 0)")).containsExactly(1222);
    assertThat(blocked(upsert(" WITH (HOLDLOCK)", 5))).containsExactly(1222);
    // Keys outside the one sought go on.
    assertThat(blocked("INSERT t VALUES (50, 0)")).isEmpty();
    assertThat(blocked(upsert(" WITH (HOLDLOCK)", 7))).isEmpty();
    assertThat(errors(TestSessions.run(a, "COMMIT"))).isEmpty();
    assertThat(blocked("INSERT t VALUES (5, 0)")).isEmpty();
  }

  @Test
  void withoutAKeyEqualityOrWithNotMatchedBySourceEveryRowIsLocked() {
    assertThat(errors(TestSessions.run(a,
        "BEGIN TRAN MERGE t USING (VALUES (1)) s (id) ON t.id = s.id"
            + " WHEN NOT MATCHED BY SOURCE AND t.id = 30 THEN UPDATE SET v = 0;"))).isEmpty();
    assertThat(blocked("UPDATE t SET v = 0 WHERE id = 2")).containsExactly(1222);
    assertThat(errors(TestSessions.run(a, "ROLLBACK"))).isEmpty();
    assertThat(errors(TestSessions.run(a,
        "BEGIN TRAN MERGE t USING (VALUES (1)) s (id) ON t.id + 0 = s.id WHEN MATCHED THEN DELETE;"))).isEmpty();
    assertThat(blocked("UPDATE t SET v = 0 WHERE id = 2")).containsExactly(1222);
    assertThat(errors(TestSessions.run(a, "ROLLBACK"))).isEmpty();
    assertThat(TestSessions.run(b, "SELECT COUNT(*) FROM t WHERE v = 0").rows().getFirst()[0]).isEqualTo(0);
  }
}
