package dev.quern.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A sync client reads changes while writers commit: a change committed after a read never shows
 * a version at or below one that read already returned (versions are given in commit order and
 * are visible only once committed), and every committed insert is eventually read.
 */
class ChangeTrackingConcurrencyTest {
  private static final int WRITERS = 3;
  private static final int ROWS_PER_WRITER = 60;

  private static EngineSession session(QuernEngine engine, int spid) {
    return engine.openSession(new dev.quern.engine.api.SessionInfo(spid, "sa", "", "", "test",
        "ChangeTrackingConcurrencyTest", 1, 0x74000004, 4096));
  }

  @Test
  void aLaterCommitNeverShowsALowerVersionThanOneAlreadyRead() throws Exception {
    try (QuernEngine engine = QuernEngine.inMemory()) {
      EngineSession admin = session(engine, 60);
      TestSessions.run(admin, "CREATE DATABASE ctc");
      TestSessions.run(admin, "ALTER DATABASE ctc SET CHANGE_TRACKING = ON");
      TestSessions.run(admin, "USE ctc CREATE TABLE t (id int PRIMARY KEY, w int)"
          + " ALTER TABLE t ENABLE CHANGE_TRACKING");
      AtomicBoolean failed = new AtomicBoolean();
      List<Thread> writers = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        int writer = w;
        writers.add(Thread.ofVirtual().start(() -> {
          EngineSession s = session(engine, 61 + writer);
          TestSessions.run(s, "USE ctc");
          for (int i = 0; i < ROWS_PER_WRITER; i++) {
            int id = writer * 1000 + i;
            var r = TestSessions.run(s, "BEGIN TRAN INSERT t VALUES (" + id + ", " + writer + ")"
                + " UPDATE t SET w = w + 1 WHERE id = " + id + " COMMIT");
            failed.compareAndSet(false, !r.errors().isEmpty());
          }
          s.close();
        }));
      }
      EngineSession reader = session(engine, 70);
      TestSessions.run(reader, "USE ctc");
      Map<Integer, Long> seen = new HashMap<>();
      long lastSync = 0;
      boolean writing = true;
      while (writing || seen.size() < WRITERS * ROWS_PER_WRITER) {
        writing = writers.stream().anyMatch(Thread::isAlive);
        List<Object[]> rows = TestSessions.run(reader,
            "SELECT c.id, c.SYS_CHANGE_VERSION FROM CHANGETABLE(CHANGES t, " + lastSync + ") AS c").rows();
        long max = lastSync;
        for (Object[] r : rows) {
          long version = (Long) r[1];
          assertThat(version).as("a change read after version %d was synced", lastSync).isGreaterThan(lastSync);
          assertThat(seen.putIfAbsent((Integer) r[0], version)).isNull();
          max = Math.max(max, version);
        }
        lastSync = max;
        if (!writing && rows.isEmpty() && seen.size() < WRITERS * ROWS_PER_WRITER) {
          break;
        }
      }
      for (Thread t : writers) {
        t.join();
      }
      assertThat(failed).isFalse();
      assertThat(seen).hasSize(WRITERS * ROWS_PER_WRITER);
      // One version per committed transaction.
      assertThat(TestSessions.run(reader, "SELECT CHANGE_TRACKING_CURRENT_VERSION()").rows())
          .containsExactly(new Object[] {(long) WRITERS * ROWS_PER_WRITER});
      reader.close();
      admin.close();
    }
  }

  @Test
  void aSerializableReaderOfChangesDoesNotHoldBackATrackedCommit() throws Exception {
    try (QuernEngine engine = QuernEngine.inMemory()) {
      EngineSession reader = session(engine, 80);
      EngineSession writer = session(engine, 81);
      TestSessions.run(reader, "CREATE DATABASE cts");
      TestSessions.run(reader, "ALTER DATABASE cts SET CHANGE_TRACKING = ON");
      TestSessions.run(reader, "USE cts CREATE TABLE t (id int PRIMARY KEY) ALTER TABLE t ENABLE CHANGE_TRACKING"
          + " INSERT t VALUES (1)");
      TestSessions.run(writer, "USE cts SET LOCK_TIMEOUT 5000");
      assertThat(TestSessions.run(reader, "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE BEGIN TRAN"
          + " SELECT CHANGE_TRACKING_CURRENT_VERSION(), COUNT(*) FROM CHANGETABLE(CHANGES t, 0) AS c").rows())
          .containsExactly(new Object[] {1L, 1});
      // The writer's commit takes the next version while the reader's transaction is open.
      assertThat(TestSessions.run(writer, "INSERT t VALUES (2)").errors()).isEmpty();
      TestSessions.run(reader, "INSERT t VALUES (3) COMMIT");
      assertThat(TestSessions.run(reader, "SELECT c.id, c.SYS_CHANGE_VERSION FROM CHANGETABLE(CHANGES t, 1) AS c"
          + " ORDER BY c.id").rows()).containsExactly(new Object[] {2, 2L}, new Object[] {3, 3L});
      writer.close();
      reader.close();
    }
  }
}
