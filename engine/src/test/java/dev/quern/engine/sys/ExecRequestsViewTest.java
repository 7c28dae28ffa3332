package dev.quern.engine.sys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SessionInfo;
import dev.quern.engine.api.WaitScope;
import dev.quern.engine.session.WaitStatistics;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Another session watches a running request in sys.dm_exec_requests, as a DBA would. */
class ExecRequestsViewTest {
  private static final String WATCH =
      "SELECT r.status, r.command, r.wait_type, t.text, s.status FROM sys.dm_exec_requests AS r"
          + " CROSS APPLY sys.dm_exec_sql_text(r.sql_handle) AS t"
          + " JOIN sys.dm_exec_sessions AS s ON s.session_id = r.session_id WHERE r.session_id = 61";

  @Test
  void aWaitforShowsAsASuspendedRequestWithItsTextUntilItEnds() throws Exception {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession busy = open(engine, 61);
        EngineSession watcher = open(engine, 62)) {
      String batch = "SELECT 1\nWAITFOR DELAY '00:01:00'";
      Thread request = Thread.ofVirtual().start(() -> busy.executeBatch(batch, new CollectingSink()));
      List<Object[]> rows = watchUntilPresent(watcher);
      assertThat(rows.getFirst()).containsExactly("suspended", "WAITFOR", "WAITFOR", batch, "running");

      busy.cancel();
      assertThat(request.join(Duration.ofSeconds(30))).isTrue();
      assertThat(TestSessions.run(watcher, WATCH).rows()).isEmpty();
      assertThat(TestSessions.run(watcher,
              "SELECT status FROM sys.dm_exec_sessions WHERE session_id = 61 AND last_request_end_time IS NOT NULL")
          .rows()).containsExactly(new Object[] {"sleeping"});
      assertThat(TestSessions.run(watcher,
              "SELECT waiting_tasks_count FROM sys.dm_os_wait_stats WHERE wait_type = 'WAITFOR'")
          .rows()).containsExactly(new Object[] {1L});
    }
  }

  @Test
  void aClientThatDoesNotReadShowsAsAsyncNetworkIo() throws Exception {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession busy = open(engine, 61);
        EngineSession watcher = open(engine, 62)) {
      CountDownLatch release = new CountDownLatch(1);
      // What the server's writability gate does while the client's socket buffer is full.
      CollectingSink slowClient = new CollectingSink() {
        @Override
        public void row(Object[] values) {
          try (WaitScope wait = busy.beginWait(WaitStatistics.ASYNC_NETWORK_IO)) {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          super.row(values);
        }
      };
      Thread request = Thread.ofVirtual().start(() -> busy.executeBatch("SELECT name FROM sys.databases", slowClient));
      List<Object[]> rows = watchUntilPresent(watcher);
      assertThat(rows.getFirst()).containsExactly(
          "suspended", "SELECT", "ASYNC_NETWORK_IO", "SELECT name FROM sys.databases", "running");
      release.countDown();
      assertThat(request.join(Duration.ofSeconds(30))).isTrue();
      assertThat(slowClient.rows()).hasSize(4);
      // One wait per row written while the client did not read.
      assertThat(TestSessions.run(watcher,
              "SELECT waiting_tasks_count FROM sys.dm_os_wait_stats WHERE wait_type = 'ASYNC_NETWORK_IO'")
          .rows()).containsExactly(new Object[] {4L});
    }
  }

  @Test
  void connectionsListOnlySessionsThatCameOverTheNetwork() throws Exception {
    try (QuernEngine engine = QuernEngine.inMemory(); EngineSession s = open(engine, 61)) {
      assertThat(TestSessions.run(s, "SELECT COUNT(*) FROM sys.dm_exec_connections").rows())
          .containsExactly(new Object[] {0});
    }
  }

  private static List<Object[]> watchUntilPresent(EngineSession watcher) throws InterruptedException {
    // Bounded polling for the other thread to reach its wait; not a timing assertion.
    for (int i = 0; i < 3000; i++) {
      CollectingSink seen = TestSessions.run(watcher, WATCH);
      assertThat(seen.errors()).isEmpty();
      if (!seen.rows().isEmpty() && seen.rows().getFirst()[2] != null) {
        return seen.rows();
      }
      Thread.sleep(10);
    }
    throw new AssertionError("the request never showed as waiting");
  }

  private static EngineSession open(QuernEngine engine, int spid) {
    return engine.openSession(new SessionInfo(spid, "sa", "", "", "testhost", "tests", 1, 0x74000004, 4096));
  }
}
