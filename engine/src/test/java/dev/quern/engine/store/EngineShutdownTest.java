package dev.quern.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SessionInfo;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Closing the engine while a request waits on a row lock stops that request first: RocksDB is
 * never closed under a native call (which would crash the JVM, and this test with it).
 */
class EngineShutdownTest {
  @Test
  void closeStopsABlockedRequestBeforeClosingTheStore() throws Exception {
    QuernEngine engine = QuernEngine.inMemory();
    EngineSession holder = open(engine, 81);
    EngineSession waiter = open(engine, 82);
    TestSessions.run(holder, "CREATE TABLE t (id int PRIMARY KEY, v int NOT NULL) INSERT t VALUES (1, 0)");
    TestSessions.run(holder, "BEGIN TRAN UPDATE t SET v = 1 WHERE id = 1");
    Thread request = Thread.ofVirtual().start(() -> waiter.executeBatch("UPDATE t SET v = 2 WHERE id = 1", new CollectingSink()));
    for (int i = 0; i < 3000; i++) {
      var seen = TestSessions.run(holder, "SELECT COUNT(*) FROM sys.dm_exec_requests WHERE session_id = 82 AND wait_type = 'LCK_M_X'");
      if (Integer.valueOf(1).equals(seen.rows().getFirst()[0])) {
        break;
      }
      Thread.sleep(10);
    }
    engine.close();
    assertThat(request.join(Duration.ofSeconds(30))).as("the blocked request ended").isTrue();
  }

  private static EngineSession open(QuernEngine engine, int spid) {
    return engine.openSession(new SessionInfo(spid, "sa", "", "", "test", "EngineShutdownTest", 1, 0x74000004, 4096));
  }
}
