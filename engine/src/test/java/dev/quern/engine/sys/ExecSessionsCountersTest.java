package dev.quern.engine.sys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.CollectingSink;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.RpcParameter;
import dev.quern.engine.api.RpcRequest;
import dev.quern.engine.api.SessionInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

/** sys.dm_exec_sessions adds up what a session's finished requests cost and returned. */
class ExecSessionsCountersTest {
  private static final String COUNTERS =
      "SELECT cpu_time, total_scheduled_time, total_elapsed_time, row_count"
          + " FROM sys.dm_exec_sessions WHERE session_id = 61";

  @Test
  void rowsReturnedAndCpuTimeGrowWithTheSessionsRequests() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession worker = open(engine, 61);
        EngineSession watcher = open(engine, 62)) {
      Object[] before = TestSessions.run(watcher, COUNTERS).rows().getFirst();
      assertThat(before[3]).isEqualTo(0L);

      TestSessions.run(worker, "SELECT value FROM GENERATE_SERIES(1, 3)");
      TestSessions.run(worker, "DECLARE @n int SELECT @n = COUNT(*) FROM GENERATE_SERIES(1, 1)");
      TestSessions.run(worker, "SELECT 'a' UNION ALL SELECT 'b'");
      // A request that burns CPU for a while: a few million rows counted.
      TestSessions.run(worker, "SELECT COUNT(*) FROM GENERATE_SERIES(1, 3000000)");
      Object[] after = TestSessions.run(watcher, COUNTERS).rows().getFirst();

      assertThat(after[3]).as("row_count: rows sent to the client, not assigned").isEqualTo(6L);
      assertThat((Integer) after[0]).as("cpu_time").isPositive();
      assertThat((Integer) after[1]).as("total_scheduled_time").isGreaterThanOrEqualTo((Integer) after[0] / 2);
      assertThat((Integer) after[2]).as("total_elapsed_time").isGreaterThanOrEqualTo((Integer) after[1]);
    }
  }

  @Test
  void callsOfOneMessageCountTheirCpuTimeThoughTheClockIsReadOncePerMillisecond() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession worker = open(engine, 61);
        EngineSession watcher = open(engine, 62)) {
      // 2,000 short calls sent as one message (a batched prepared statement): every one but the
      // last says another follows, so most end without reading the thread's CPU clock.
      int calls = 2_000;
      // The engine runs the calls on this thread, so its CPU clock is the one the session reads.
      var threads = java.lang.management.ManagementFactory.getThreadMXBean();
      long cpuBefore = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < calls; i++) {
        CollectingSink sink = new CollectingSink();
        worker.executeRpc(
            new RpcRequest(
                "sp_executesql",
                List.of(new RpcParameter("", SqlTypes.NVARCHAR_MAX,
                    "SELECT COUNT(*) FROM GENERATE_SERIES(1, 3000)", false)),
                i < calls - 1),
            sink);
        assertThat(sink.errors()).isEmpty();
      }
      long threadCpuMs = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1_000_000;
      Object[] after = TestSessions.run(watcher, COUNTERS).rows().getFirst();

      assertThat(after[3]).as("row_count").isEqualTo((long) calls);
      int cpu = (Integer) after[0];
      int scheduled = (Integer) after[1];
      // The calls are nearly all of the thread's CPU over the loop, whatever the machine's load; a
      // lost share of the carried calls would leave cpu_time far below it.
      assertThat((long) cpu).as("cpu_time against the thread's own CPU clock (%d ms)", threadCpuMs)
          .isBetween(threadCpuMs / 2, threadCpuMs + 1);
      assertThat(scheduled).as("total_scheduled_time").isGreaterThanOrEqualTo(cpu / 2);
    }
  }

  private static EngineSession open(QuernEngine engine, int spid) {
    return engine.openSession(new SessionInfo(spid, "sa", "", "", "testhost", "tests", 1, 0x74000004, 4096));
  }
}
