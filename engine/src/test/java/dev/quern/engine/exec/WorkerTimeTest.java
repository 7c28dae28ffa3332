package dev.quern.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * sys.dm_exec_query_stats' worker time is the statement's elapsed time less its waits: an UPDATE
 * that waited ~300 ms for another session's row lock shows that time as elapsed, not as worker
 * time.
 */
class WorkerTimeTest {
  @Test
  void aLockWaitIsElapsedTimeNotWorkerTime() throws Exception {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession a = TestSessions.open(engine, 61);
        EngineSession b = TestSessions.open(engine, 62)) {
      TestSessions.rows(a, "CREATE TABLE wt (id int PRIMARY KEY, v int); INSERT wt VALUES (1, 0)");
      TestSessions.rows(a, "BEGIN TRAN; UPDATE wt SET v = 1 WHERE id = 1");
      Thread waiter = new Thread(() -> TestSessions.rows(b, "UPDATE wt SET v = 2 WHERE id = 1 /* waits */"));
      waiter.start();
      TestSessions.awaitRow(a, "SELECT wait_type FROM sys.dm_exec_requests WHERE session_id = 62", "LCK_M_X");
      Thread.sleep(300);
      TestSessions.rows(a, "COMMIT");
      waiter.join(20_000);
      List<String> stats = TestSessions.rows(a, "SELECT CONCAT(qs.total_elapsed_time / 1000, ' ', qs.total_worker_time / 1000)"
          + " FROM sys.dm_exec_query_stats qs CROSS APPLY sys.dm_exec_sql_text(qs.sql_handle) t"
          + " WHERE t.text LIKE '%/* waits */%' AND t.text NOT LIKE '%dm_exec_query_stats%'");
      assertThat(stats).hasSize(1);
      String[] ms = stats.getFirst().split(" ");
      assertThat(Long.parseLong(ms[0])).as("elapsed ms").isGreaterThanOrEqualTo(250);
      assertThat(Long.parseLong(ms[1])).as("worker ms").isLessThan(Long.parseLong(ms[0]) - 200);
    }
  }
}
