package dev.quern.engine.sys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SessionInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A monitoring tool reads sys.dm_os_performance_counters twice and takes the differences: the
 * counters move with what the sessions do (requests, logins, lock timeouts, open transactions).
 */
class PerformanceCountersViewTest {
  private QuernEngine engine;
  private EngineSession holder;
  private EngineSession watcher;

  @BeforeEach
  void open() {
    engine = QuernEngine.inMemory();
    holder = session(61);
    watcher = session(62);
    TestSessions.run(holder, "CREATE TABLE t (id int PRIMARY KEY, v int NOT NULL) INSERT t VALUES (1, 0)");
  }

  @AfterEach
  void close() {
    watcher.close();
    holder.close();
    engine.close();
  }

  private EngineSession session(int spid) {
    return engine.openSession(new SessionInfo(spid, "sa", "", "", "monitor", "tests", 1, 0x74000004, 4096));
  }

  private long counter(String name) {
    String v = TestSessions.rows(watcher,
        "SELECT cntr_value FROM sys.dm_os_performance_counters WHERE RTRIM(counter_name) = '" + name + "'").getFirst();
    return Long.parseLong(v);
  }

  @Test
  void countersFollowWhatSessionsDo() {
    assertThat(counter("User Connections")).isEqualTo(2);
    assertThat(counter("Transactions")).isZero();
    long batches = counter("Batch Requests/sec");
    long timeouts = counter("Lock Timeouts/sec");
    long logins = counter("Logins/sec");

    TestSessions.run(holder, "BEGIN TRAN UPDATE t SET v = 1 WHERE id = 1");
    assertThat(TestSessions.run(watcher, "SET LOCK_TIMEOUT 0 UPDATE t SET v = 2 WHERE id = 1").errors())
        .extracting(m -> m.number()).containsExactly(1222);

    // Two reads of counters after the first, the holder's batch, the watcher's timed-out one and
    // this read itself.
    assertThat(counter("Batch Requests/sec") - batches).isEqualTo(5);
    assertThat(counter("Lock Timeouts/sec") - timeouts).isEqualTo(1);
    assertThat(counter("Transactions")).isEqualTo(1);
    EngineSession third = session(63);
    third.close();
    assertThat(counter("Logins/sec") - logins).isEqualTo(1);
    assertThat(counter("User Connections")).isEqualTo(2);
    TestSessions.run(holder, "ROLLBACK");
  }

  @Test
  void namesArePaddedAsSqlServerShowsThem() {
    var rows = TestSessions.rows(watcher,
        "SELECT LEN(object_name), DATALENGTH(counter_name), cntr_type FROM sys.dm_os_performance_counters"
            + " WHERE counter_name LIKE 'Batch Requests/sec%'");
    assertThat(rows).containsExactly("24,256,272696576");
  }
}
