package dev.quern.engine.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.store.PeriodicCleanup;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The HISTORY_RETENTION_PERIOD cleanup over a real engine, with the clock moved forward rather
 * than waiting days: rows are deleted only once their period ended before the retention, in
 * batches, only while the database's TEMPORAL_HISTORY_RETENTION is ON, never for INFINITE; and the
 * background task does the same on its own.
 */
class HistoryRetentionTest {
  private static final String SETUP = """
      CREATE TABLE kept (id int PRIMARY KEY, v int, s datetime2 GENERATED ALWAYS AS ROW START, e datetime2 GENERATED ALWAYS AS ROW END, PERIOD FOR SYSTEM_TIME (s, e))
        WITH (SYSTEM_VERSIONING = ON (HISTORY_TABLE = dbo.kept_history, HISTORY_RETENTION_PERIOD = 1 DAY));
      CREATE TABLE forever (id int PRIMARY KEY, v int, s datetime2 GENERATED ALWAYS AS ROW START, e datetime2 GENERATED ALWAYS AS ROW END, PERIOD FOR SYSTEM_TIME (s, e))
        WITH (SYSTEM_VERSIONING = ON (HISTORY_TABLE = dbo.forever_history));
      INSERT kept (id, v) VALUES (1, 0), (2, 0), (3, 0);
      INSERT forever (id, v) VALUES (1, 0);
      UPDATE kept SET v = 1; UPDATE kept SET v = 2; UPDATE forever SET v = 1;
      """;

  private static HistoryRetention cleanup(QuernEngine engine, Duration ahead, int batch) {
    Clock later = Clock.fixed(Instant.now().plus(ahead), ZoneOffset.UTC);
    return new HistoryRetention(engine.server().storage(), engine.server().databases(), later, batch);
  }

  private static String count(EngineSession s, String table) {
    return TestSessions.rows(s, "SELECT COUNT(*) FROM " + table).getFirst();
  }

  @Test
  void deletesOnlyRowsPastTheRetentionInBatches() {
    try (QuernEngine engine = QuernEngine.inMemory(); EngineSession s = TestSessions.open(engine)) {
      TestSessions.rows(s, SETUP);
      assertThat(count(s, "kept_history")).isEqualTo("6");
      assertThat(cleanup(engine, Duration.ofHours(12), 2).run()).isZero();
      assertThat(count(s, "kept_history")).isEqualTo("6");
      // Batches of 2: three full ones and an empty one.
      assertThat(cleanup(engine, Duration.ofDays(2), 2).run()).isEqualTo(6);
      assertThat(count(s, "kept_history")).isEqualTo("0");
      assertThat(count(s, "kept FOR SYSTEM_TIME ALL")).isEqualTo("3");
      assertThat(count(s, "forever_history")).isEqualTo("1");
    }
  }

  @Test
  void databaseOptionOffStopsTheCleanup() {
    try (QuernEngine engine = QuernEngine.inMemory(); EngineSession s = TestSessions.open(engine)) {
      TestSessions.rows(s, SETUP + "ALTER DATABASE CURRENT SET TEMPORAL_HISTORY_RETENTION OFF;");
      assertThat(cleanup(engine, Duration.ofDays(2), 100).run()).isZero();
      assertThat(count(s, "kept_history")).isEqualTo("6");
      TestSessions.rows(s, "ALTER DATABASE CURRENT SET TEMPORAL_HISTORY_RETENTION ON");
      assertThat(cleanup(engine, Duration.ofDays(2), 100).run()).isEqualTo(6);
    }
  }

  @Test
  void longerRetentionUnitsKeepYoungerRows() {
    try (QuernEngine engine = QuernEngine.inMemory(); EngineSession s = TestSessions.open(engine)) {
      TestSessions.rows(s, SETUP + "ALTER TABLE kept SET (SYSTEM_VERSIONING = OFF);"
          + "ALTER TABLE kept SET (SYSTEM_VERSIONING = ON (HISTORY_TABLE = dbo.kept_history, HISTORY_RETENTION_PERIOD = 1 WEEK))");
      assertThat(cleanup(engine, Duration.ofDays(6), 100).run()).isZero();
      assertThat(cleanup(engine, Duration.ofDays(8), 100).run()).isEqualTo(6);
    }
  }

  @Test
  void aWriterHoldingTheTableDoesNotMakeTheCleanupWait() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession s = TestSessions.open(engine);
        EngineSession writer = TestSessions.open(engine)) {
      TestSessions.rows(s, SETUP);
      // An ALTER TABLE in an open transaction holds both tables' definitions.
      TestSessions.rows(writer, "BEGIN TRAN; UPDATE kept SET v = 3; ALTER TABLE kept ADD extra int NULL");
      long began = System.nanoTime();
      long deleted = cleanup(engine, Duration.ofDays(2), 100).run();
      assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(5));
      assertThat(deleted).isZero();
      TestSessions.rows(writer, "COMMIT");
      // The 6 older rows and the 3 the writer added: all ended before the moved clock's cutoff.
      assertThat(cleanup(engine, Duration.ofDays(2), 100).run()).isEqualTo(9);
    }
  }

  @Test
  void theBackgroundTaskCleansOnItsOwn() throws InterruptedException {
    try (QuernEngine engine = QuernEngine.inMemory(); EngineSession s = TestSessions.open(engine)) {
      TestSessions.rows(s, SETUP);
      PeriodicCleanup task = PeriodicCleanup.start("test", cleanup(engine, Duration.ofDays(2), 2)::run, Duration.ofMillis(20));
      try {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!count(s, "kept_history").equals("0") && System.nanoTime() < deadline) {
          Thread.sleep(20);
        }
      } finally {
        task.close();
      }
      assertThat(count(s, "kept_history")).isEqualTo("0");
      assertThat(count(s, "forever_history")).isEqualTo("1");
    }
  }

  @Test
  void cutoffFollowsTheUnit() {
    var now = java.time.LocalDateTime.of(2024, 3, 31, 12, 0);
    assertThat(AgedRows.cutoff("INFINITE", now)).isEmpty();
    assertThat(AgedRows.cutoff("3 DAYS", now)).contains(now.minusDays(3));
    assertThat(AgedRows.cutoff("1 MONTHS", now)).contains(java.time.LocalDateTime.of(2024, 2, 29, 12, 0));
    assertThat(AgedRows.cutoff("2 YEARS", now)).contains(now.minusYears(2));
  }
}
