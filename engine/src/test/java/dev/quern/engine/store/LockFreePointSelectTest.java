package dev.quern.engine.store;

import static dev.quern.engine.PreparedRpcs.execute;
import static dev.quern.engine.PreparedRpcs.prepare;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SessionInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Prepared point selects run where nothing may wait read without a transaction ({@link
 * LockFreeStatement}); DDL from other sessions racing them never makes one return a wrong row,
 * fail, or hang, and one that meets a DDL holding its table gives the request up, to run again
 * the usual way (as the server does).
 */
class LockFreePointSelectTest {
  private static final int ROWS = 200;
  private QuernEngine engine;
  private EngineSession ddl;

  @BeforeEach
  void table() {
    engine = QuernEngine.inMemory();
    ddl = TestSessions.open(engine);
    StringBuilder insert = new StringBuilder("CREATE TABLE t (id int PRIMARY KEY, v int NOT NULL, s nvarchar(20))");
    for (int i = 0; i < ROWS; i++) {
      insert.append(i % 50 == 0 ? " INSERT t VALUES " : ", ")
          .append("(").append(i).append(", ").append(i * 10).append(", N'r").append(i).append("')");
    }
    assertThat(TestSessions.run(ddl, insert.toString()).errors()).isEmpty();
  }

  @AfterEach
  void close() {
    ddl.close();
    engine.close();
  }

  @Test
  void aPointSelectReadsWithoutATransactionAndSeesTheLatestCommits() {
    EngineSession s = session(60);
    int h = prepare(s, "@P0 int", "SELECT id, v, s FROM t WHERE id = @P0");
    assertThat(inline(s, h, 7)).containsExactly(7, 70, "r7");
    TestSessions.run(ddl, "UPDATE t SET v = -1 WHERE id = 7");
    assertThat(inline(s, h, 7)).containsExactly(7, -1, "r7");
    TestSessions.run(ddl, "DELETE t WHERE id = 7");
    CollectingSink none = new CollectingSink();
    assertThat(s.executeRpcWithoutBlocking(execute(h, 7), none)).isTrue();
    assertThat(none.rows()).isEmpty();
    s.close();
  }

  @Test
  void aPointSelectGivesUpWhileADdlHoldsItsTableAndSeesTheNewDefinitionAfter() {
    EngineSession s = session(60);
    int h = prepare(s, "@P0 int", "SELECT * FROM t WHERE id = @P0");
    assertThat(inline(s, h, 3)).containsExactly(3, 30, "r3");
    assertThat(TestSessions.run(ddl, "BEGIN TRAN ALTER TABLE t ADD w int NOT NULL DEFAULT 5").errors()).isEmpty();
    assertThat(s.executeRpcWithoutBlocking(execute(h, 3), new CollectingSink())).isFalse();
    assertThat(TestSessions.run(s, "SELECT @@TRANCOUNT").rows().getFirst()[0]).isEqualTo(0);
    TestSessions.run(ddl, "COMMIT");
    assertThat(inline(s, h, 3)).containsExactly(3, 30, "r3", 5);
    TestSessions.run(ddl, "DROP TABLE t");
    CollectingSink gone = new CollectingSink();
    if (!s.executeRpcWithoutBlocking(execute(h, 3), gone)) {
      s.executeRpc(execute(h, 3), gone);
    }
    assertThat(gone.errors()).extracting(e -> e.number()).containsExactly(208);
    s.close();
  }

  /**
   * Sessions on several threads run the prepared lookup as the server does (where nothing may wait
   * first, on a request thread when that gives up) while another session adds and drops columns
   * and rebuilds the table: every lookup returns its row, unchanged.
   */
  @Test
  void ddlRacingPointSelectsNeverYieldsAWrongRowAnErrorOrAHang() throws Exception {
    int readers = 4;
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong inline = new AtomicLong();
    AtomicLong gaveUp = new AtomicLong();
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    for (int r = 0; r < readers; r++) {
      EngineSession s = session(70 + r);
      int h = prepare(s, "@P0 int", "SELECT id, v, s FROM t WHERE id = @P0");
      threads.add(Thread.ofPlatform().start(() -> {
        try {
          while (!stop.get()) {
            int id = ThreadLocalRandom.current().nextInt(ROWS);
            CollectingSink sink = new CollectingSink();
            if (s.executeRpcWithoutBlocking(execute(h, id), sink)) {
              inline.incrementAndGet();
            } else {
              gaveUp.incrementAndGet();
              sink = new CollectingSink();
              s.executeRpc(execute(h, id), sink);
            }
            assertThat(sink.errors()).isEmpty();
            assertThat(sink.rows()).hasSize(1);
            assertThat(Arrays.asList(sink.rows().getFirst())).containsExactly(id, id * 10, "r" + id);
          }
        } catch (Throwable e) {
          failures.add(e);
        } finally {
          s.close();
        }
      }));
    }
    for (int round = 0; round < 6 && failures.isEmpty(); round++) {
      for (String sql : List.of(
          "ALTER TABLE t ADD w int NOT NULL CONSTRAINT df_w DEFAULT 1",
          "ALTER TABLE t DROP CONSTRAINT df_w",
          "ALTER TABLE t DROP COLUMN w",
          "CREATE INDEX ix_v ON t (v)",
          "DROP INDEX ix_v ON t",
          // Rebuilt into fresh key ranges in one transaction: readers never see it empty.
          "BEGIN TRAN SELECT * INTO #keep FROM t TRUNCATE TABLE t INSERT t SELECT * FROM #keep "
              + "DROP TABLE #keep COMMIT",
          "ALTER TABLE t ALTER COLUMN s nvarchar(30)")) {
        assertThat(TestSessions.run(ddl, sql).errors()).as(sql).isEmpty();
        Thread.sleep(2);
      }
    }
    stop.set(true);
    for (Thread t : threads) {
      t.join(TimeUnit.SECONDS.toMillis(60));
      assertThat(t.isAlive()).as("a reader hangs").isFalse();
    }
    assertThat(failures).isEmpty();
    assertThat(inline.get()).isPositive();
  }

  private EngineSession session(int spid) {
    return engine.openSession(new SessionInfo(spid, "sa", "", "", "testhost", "tests", 1, 0x74000004, 4096));
  }

  private static List<Object> inline(EngineSession s, int h, int id) {
    CollectingSink sink = new CollectingSink();
    assertThat(s.executeRpcWithoutBlocking(execute(h, id), sink)).isTrue();
    assertThat(sink.errors()).isEmpty();
    assertThat(sink.rows()).hasSize(1);
    return Arrays.asList(sink.rows().getFirst());
  }
}
