package dev.quern.engine.changetracking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.store.PeriodicCleanup;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Change tracking's retention cleanup over a real engine, with the clock moved forward rather
 * than waiting an hour: changes committed before now less CHANGE_RETENTION go (in batches), the
 * table's minimum valid version moves up to the last of them, later changes stay and CHANGETABLE
 * goes on from there; only while AUTO_CLEANUP is ON, and only in that database; the background
 * schedule does the same on its own, and sys.sp_flush_CT_internal_table_on_demand at once.
 */
class ChangeTrackingCleanupTest {
  private static final String SETUP = """
      CREATE DATABASE ct1;
      ALTER DATABASE ct1 SET CHANGE_TRACKING = ON (CHANGE_RETENTION = 1 HOURS, AUTO_CLEANUP = ON);
      USE ct1;
      CREATE TABLE t (id int PRIMARY KEY, v int);
      ALTER TABLE t ENABLE CHANGE_TRACKING;
      CREATE TABLE u (id int PRIMARY KEY, v int);
      ALTER TABLE u ENABLE CHANGE_TRACKING;
      INSERT t VALUES (1, 0), (2, 0), (3, 0);
      UPDATE t SET v = 1 WHERE id = 1;
      DELETE t WHERE id = 2;
      INSERT u VALUES (1, 0), (2, 0);
      INSERT t VALUES (4, 0), (5, 0);
      """;

  private static ChangeTrackingCleanup cleanup(QuernEngine engine, Duration ahead, int batch) {
    return new ChangeTrackingCleanup(engine.server().storage(), engine.server().databases(),
        Clock.offset(Clock.systemUTC(), ahead), batch);
  }

  private static List<String> changes(EngineSession s, String table) {
    return TestSessions.rows(s, "SELECT c.id, c.SYS_CHANGE_OPERATION FROM CHANGETABLE(CHANGES " + table
        + ", 0) AS c ORDER BY c.id");
  }

  private static String minValid(EngineSession s, String table) {
    return TestSessions.rows(s, "SELECT CHANGE_TRACKING_MIN_VALID_VERSION(OBJECT_ID('" + table + "'))").getFirst();
  }

  @Test
  void deletesChangesPastTheRetentionInBatchesAndMovesTheMinimumValidVersion() {
    try (QuernEngine engine = QuernEngine.inMemory(); EngineSession s = TestSessions.open(engine)) {
      TestSessions.rows(s, SETUP);
      assertThat(cleanup(engine, Duration.ofMinutes(30), 2).run()).isZero();
      assertThat(changes(s, "t")).containsExactly("1,I", "2,D", "3,I", "4,I", "5,I");
      assertThat(minValid(s, "t")).isEqualTo("0");

      // Nine changes in five versions: t's three inserts, an update, a delete and two inserts; u's two inserts.
      assertThat(cleanup(engine, Duration.ofHours(2), 2).run()).isEqualTo(9);
      String current = TestSessions.rows(s, "SELECT CHANGE_TRACKING_CURRENT_VERSION()").getFirst();
      assertThat(current).isEqualTo("5");
      assertThat(minValid(s, "t")).isEqualTo(current);
      assertThat(minValid(s, "u")).isEqualTo(current);
      assertThat(changes(s, "t")).isEmpty();
      assertThat(TestSessions.rows(s, "SELECT min_valid_version, cleanup_version FROM sys.change_tracking_tables"
          + " WHERE object_id = OBJECT_ID('t')")).containsExactly("5,5");

      // Changes after the cleanup are kept and read as ever; a second pass has nothing to do.
      TestSessions.rows(s, "UPDATE t SET v = 2 WHERE id = 3");
      assertThat(TestSessions.rows(s, "SELECT c.id, c.SYS_CHANGE_OPERATION, c.SYS_CHANGE_CREATION_VERSION FROM"
          + " CHANGETABLE(CHANGES t, 5) AS c")).containsExactly("3,U,null");
      assertThat(cleanup(engine, Duration.ofMinutes(30), 2).run()).isZero();
      assertThat(changes(s, "t")).containsExactly("3,U");
    }
  }

  @Test
  void autoCleanupOffAndOtherDatabasesAreLeftAlone() {
    try (QuernEngine engine = QuernEngine.inMemory(); EngineSession s = TestSessions.open(engine)) {
      TestSessions.rows(s, SETUP + """
          CREATE DATABASE ct2;
          ALTER DATABASE ct2 SET CHANGE_TRACKING = ON (CHANGE_RETENTION = 1 DAYS, AUTO_CLEANUP = ON);
          USE ct2;
          CREATE TABLE t (id int PRIMARY KEY);
          ALTER TABLE t ENABLE CHANGE_TRACKING;
          INSERT t VALUES (1);
          USE ct1;
          ALTER DATABASE ct1 SET CHANGE_TRACKING (AUTO_CLEANUP = OFF);
          """);
      assertThat(cleanup(engine, Duration.ofHours(2), 100).run()).isZero();
      assertThat(changes(s, "t")).hasSize(5);
      assertThat(changes(s, "ct2.dbo.t")).containsExactly("1,I");
      // ct2 keeps a day: two days ahead, its change goes and ct1's stay.
      assertThat(cleanup(engine, Duration.ofDays(2), 100).run()).isEqualTo(1);
      assertThat(changes(s, "ct2.dbo.t")).isEmpty();
      assertThat(changes(s, "t")).hasSize(5);
    }
  }

  @Test
  void theBackgroundScheduleCleansOnItsOwn() throws InterruptedException {
    try (QuernEngine engine = QuernEngine.inMemory(); EngineSession s = TestSessions.open(engine)) {
      TestSessions.rows(s, SETUP);
      PeriodicCleanup task = PeriodicCleanup.start("test", cleanup(engine, Duration.ofHours(2), 3)::run,
          Duration.ofMillis(20));
      try {
        TestSessions.awaitRow(s, "SELECT COUNT(*) FROM CHANGETABLE(CHANGES t, 0) AS c", "0");
      } finally {
        task.close();
      }
      assertThat(minValid(s, "t")).isEqualTo("5");
    }
  }

  @Test
  void flushOnDemandCleansAtOnceWhateverAutoCleanupSays() {
    try (QuernEngine engine = QuernEngine.inMemory(); EngineSession s = TestSessions.open(engine)) {
      TestSessions.rows(s, SETUP + "ALTER DATABASE ct1 SET CHANGE_TRACKING (AUTO_CLEANUP = OFF);");
      // Within the retention: nothing to clean.
      CollectingSink none = TestSessions.run(s, "EXEC sys.sp_flush_CT_internal_table_on_demand 't'");
      assertThat(texts(none)).containsExactly("Cleanup Watermark = 0",
          "Internal Change Tracking table name : change_tracking_" + objectId(s, "t"), "Total rows deleted: 0.");

      engine.server().useClock(Clock.offset(Clock.systemDefaultZone(), Duration.ofHours(2)));
      assertThat(TestSessions.rows(s, """
          DECLARE @n bigint;
          BEGIN TRAN;
          EXEC sys.sp_flush_CT_internal_table_on_demand @TableToClean = '[dbo].[t]', @DeletedRowCount = @n OUTPUT;
          ROLLBACK;
          SELECT @n;""")).containsExactly("7");
      assertThat(changes(s, "t")).hasSize(5); // rolled back with its transaction
      assertThat(minValid(s, "t")).isEqualTo("0");

      CollectingSink all = TestSessions.run(s, "EXEC sp_flush_CT_internal_table_on_demand NULL");
      assertThat(texts(all)).containsExactly("Cleanup Watermark = 5",
          "Internal Change Tracking table name : change_tracking_" + objectId(s, "t"), "Total rows deleted: 7.",
          "Internal Change Tracking table name : change_tracking_" + objectId(s, "u"), "Total rows deleted: 2.");
      assertThat(changes(s, "t")).isEmpty();
      assertThat(changes(s, "u")).isEmpty();
      assertThat(minValid(s, "u")).isEqualTo("5");

      assertThat(TestSessions.run(s, "EXEC sp_flush_CT_internal_table_on_demand 'nope'").errors())
          .extracting(e -> e.number()).containsExactly(15009);
      TestSessions.rows(s, "CREATE TABLE plain (id int PRIMARY KEY)");
      assertThat(TestSessions.run(s, "EXEC sp_flush_CT_internal_table_on_demand 'plain'").errors())
          .extracting(e -> e.number()).containsExactly(22105);
    }
  }

  private static String objectId(EngineSession s, String table) {
    return TestSessions.rows(s, "SELECT OBJECT_ID('" + table + "')").getFirst();
  }

  private static List<String> texts(CollectingSink sink) {
    assertThat(sink.errors()).isEmpty();
    return sink.events.stream().filter(e -> e instanceof CollectingSink.Message)
        .map(e -> ((CollectingSink.Message) e).message().text()).toList();
  }
}
