package dev.quern.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.TransactionRequest;
import org.junit.jupiter.api.Test;

/** The wire's TRANSACTION_MANAGER requests drive the same storage transactions as T-SQL. */
class WireTransactionsTest {
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

  @Test
  void rollbackAndCommitRequestsEndTheStorageTransaction() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession s = TestSessions.open(engine)) {
      TestSessions.run(s, "CREATE TABLE w (a int)");
      s.executeTransaction(new TransactionRequest.Begin(2, ""), new CollectingSink());
      TestSessions.run(s, "INSERT w VALUES (1)");
      s.executeTransaction(new TransactionRequest.Rollback("", false, 0), new CollectingSink());
      assertThat(scalar(s, "SELECT COUNT(*) FROM w")).isEqualTo(0);

      s.executeTransaction(new TransactionRequest.Begin(4, ""), new CollectingSink());
      TestSessions.run(s, "INSERT w VALUES (2)");
      // Commit and begin a new transaction in one request, as JDBC drivers do.
      s.executeTransaction(new TransactionRequest.Commit("", true, 2), new CollectingSink());
      TestSessions.run(s, "INSERT w VALUES (3)");
      s.executeTransaction(new TransactionRequest.Rollback("", false, 0), new CollectingSink());
      assertThat(scalar(s, "SELECT SUM(a) FROM w")).isEqualTo(2);
      assertThat(scalar(s, "SELECT @@TRANCOUNT")).isEqualTo(0);
    }
  }
}
