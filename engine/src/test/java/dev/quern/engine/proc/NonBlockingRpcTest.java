package dev.quern.engine.proc;

import static dev.quern.engine.PreparedRpcs.execute;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.CollectingSink;
import dev.quern.engine.PreparedRpcs;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.RpcParameter;
import dev.quern.engine.api.RpcRequest;
import dev.quern.engine.api.SessionInfo;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which requests run where nothing may wait (the server's event loop), and that those that turn
 * out to need a wait, or are not provably short, give up with nothing done, so the request thread
 * can run them from the start.
 */
class NonBlockingRpcTest {
  private static final SqlType NVARCHAR = SqlType.ofLength(TypeId.NVARCHAR, 4000);
  private QuernEngine engine;
  private EngineSession session;
  private EngineSession other;

  @BeforeEach
  void table() {
    engine = QuernEngine.inMemory();
    session = TestSessions.open(engine);
    other = engine.openSession(new SessionInfo(53, "sa", "", "", "testhost", "tests", 1, 0x74000004, 4096));
    run(session, "CREATE TABLE t (id int PRIMARY KEY, k int NOT NULL UNIQUE, v int, "
        + "big nvarchar(max), f int) INSERT t VALUES (1, 10, 100, N'x', 1), (2, 20, 200, N'y', 2)");
  }

  @AfterEach
  void close() {
    other.close();
    session.close();
    engine.close();
  }

  @Test
  void aPreparedPrimaryKeyLookupRunsWithoutBlocking() {
    int h = prepare("@P0 int", "SELECT id, v FROM t WHERE id = @P0");
    CollectingSink sink = new CollectingSink();
    assertThat(session.executeRpcWithoutBlocking(execute(h, 2), sink)).isTrue();
    assertThat(sink.errors()).isEmpty();
    assertThat(sink.rows()).hasSize(1);
    assertThat(Arrays.asList(sink.rows().getFirst())).containsExactly(2, 200);
  }

  @Test
  void aFilterOfComparisonsOverTheSeekStillQualifies() {
    int h = prepare("@P0 int", "SELECT id FROM t WHERE id = @P0 AND (f = 1 OR v > @P0)");
    CollectingSink sink = new CollectingSink();
    assertThat(session.executeRpcWithoutBlocking(execute(h, 1), sink)).isTrue();
    assertThat(sink.rows()).hasSize(1);
  }

  @Test
  void aUniqueIndexLookupAndAMissingRowRunWithoutBlocking() {
    int h = prepare("@P0 int", "SELECT id FROM t WHERE k = @P0");
    CollectingSink sink = new CollectingSink();
    assertThat(session.executeRpcWithoutBlocking(execute(h, 30), sink)).isTrue();
    assertThat(sink.errors()).isEmpty();
    assertThat(sink.rows()).isEmpty();
  }

  @Test
  void plansThatAreNotPointLookupsGiveUpBeforeRunning() {
    for (String sql : List.of(
        "SELECT id FROM t WHERE v = @P0", // no index: a scan
        "SELECT id FROM t WHERE id > @P0", // a range
        "SELECT big FROM t WHERE id = @P0", // a (max) column could be huge
        "SELECT (SELECT COUNT(*) FROM t) FROM t WHERE id = @P0", // a subquery
        "SELECT id FROM t WHERE id = @P0 AND f = ABS(@P0)")) { // a function
      int h = prepare("@P0 int", sql);
      assertThat(session.executeRpcWithoutBlocking(execute(h, 1), new CollectingSink())).as(sql).isFalse();
      CollectingSink sink = new CollectingSink();
      session.executeRpc(execute(h, 1), sink);
      assertThat(sink.errors()).as(sql).isEmpty();
    }
  }

  @Test
  void writesAndOtherProceduresDoNotQualify() {
    int insert = prepare("@P0 int", "INSERT t (id, k) VALUES (@P0, @P0)");
    assertThat(session.executeRpcWithoutBlocking(execute(insert, 5), new CollectingSink())).isFalse();
    assertThat(run(session, "SELECT COUNT(*) FROM t").rows().getFirst()[0]).isEqualTo(2);
    RpcRequest executeSql = new RpcRequest("sp_executesql", List.of(
        p(NVARCHAR, "SELECT id FROM t WHERE id = @P0"), p(NVARCHAR, "@P0 int"), p(SqlTypes.INT, 1)));
    assertThat(session.executeRpcWithoutBlocking(executeSql, new CollectingSink())).isFalse();
  }

  @Test
  void anOpenTransactionImplicitTransactionsOrLockingReadsDoNotQualify() {
    int h = prepare("@P0 int", "SELECT id FROM t WHERE id = @P0");
    for (String[] setting : new String[][] {
        {"BEGIN TRAN", "COMMIT"},
        {"SET IMPLICIT_TRANSACTIONS ON", "SET IMPLICIT_TRANSACTIONS OFF"},
        {"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ", "SET TRANSACTION ISOLATION LEVEL READ COMMITTED"},
        {"SET TRANSACTION ISOLATION LEVEL SERIALIZABLE", "SET TRANSACTION ISOLATION LEVEL READ COMMITTED"}}) {
      run(session, setting[0]);
      assertThat(session.executeRpcWithoutBlocking(execute(h, 1), new CollectingSink()))
          .as(setting[0]).isFalse();
      run(session, setting[1]);
    }
    run(session, "SET TRANSACTION ISOLATION LEVEL SNAPSHOT");
    assertThat(session.executeRpcWithoutBlocking(execute(h, 1), new CollectingSink())).isTrue();
  }

  @Test
  void aLookupThatWouldWaitForALockGivesUpAndLeavesNothingBehind() {
    int h = prepare("@P0 int", "SELECT id, v FROM t WHERE id = @P0");
    // An uncommitted ALTER holds the table's definition exclusively: a reader would wait.
    assertThat(run(other, "BEGIN TRAN ALTER TABLE t ADD w int").errors()).isEmpty();
    CollectingSink sink = new CollectingSink();
    assertThat(session.executeRpcWithoutBlocking(execute(h, 1), sink)).isFalse();
    assertThat(session.wasCancelled()).isFalse();
    assertThat(run(session, "SELECT @@TRANCOUNT").rows().getFirst()[0]).isEqualTo(0);
    run(other, "ROLLBACK");
    CollectingSink again = new CollectingSink();
    session.executeRpc(execute(h, 1), again);
    assertThat(again.errors()).isEmpty();
    assertThat(Arrays.asList(again.rows().getFirst())).containsExactly(1, 100);
    assertThat(run(session, "SELECT wait_type FROM sys.dm_os_wait_stats WHERE wait_type LIKE 'LCK%' "
        + "AND waiting_tasks_count > 0").rows()).isEmpty();
  }

  private int prepare(String params, String sql) {
    return PreparedRpcs.prepare(session, params, sql);
  }

  private static RpcParameter p(SqlType type, Object value) {
    return new RpcParameter("", type, value, false);
  }

  private static CollectingSink run(EngineSession s, String sql) {
    CollectingSink sink = TestSessions.run(s, sql);
    return sink;
  }

}
