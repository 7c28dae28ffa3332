package dev.quern.engine.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SqlMessage;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Log backups and restore sequences: full → changes → log → changes → log, restored whole, to a
 * point in time between two commits, and out of order (4305, 4326), as SQL Server answers them.
 */
class LogBackupRestoreTest {
  @TempDir Path dir;

  private static List<String> rows(EngineSession s, String sql) {
    return TestSessions.rows(s, sql);
  }

  private static CollectingSink run(EngineSession s, String sql) {
    return TestSessions.run(s, sql);
  }

  private static List<Integer> errors(EngineSession s, String sql) {
    return run(s, sql).errors().stream().map(SqlMessage::number).toList();
  }

  private static void sleep() {
    try {
      Thread.sleep(30); // commit times a STOPAT can fall between
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String now() {
    sleep();
    String t = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS"));
    sleep();
    return t;
  }

  /** full, then two log backups, each after changes to a keyed table and a heap. */
  private static String[] chain(EngineSession s) {
    rows(s, "CREATE DATABASE lg");
    rows(s, "USE lg");
    rows(s, "CREATE TABLE k (id int PRIMARY KEY, v nvarchar(20), big nvarchar(max))");
    rows(s, "CREATE TABLE h (n int, t varchar(10))");
    rows(s, "INSERT INTO k VALUES (1, N'one', NULL), (2, N'two', NULL); INSERT INTO h VALUES (1, 'a'), (1, 'a'), (2, 'b')");
    assertThat(errors(s, "BACKUP DATABASE lg TO DISK = 'lg_full.bak' WITH INIT")).isEmpty();
    rows(s, "INSERT INTO k VALUES (3, N'three', REPLICATE(CAST(N'x' AS nvarchar(max)), 10000))");
    rows(s, "UPDATE k SET v = N'TWO' WHERE id = 2; DELETE FROM h WHERE t = 'b'");
    rows(s, "BEGIN TRAN; INSERT INTO k VALUES (99, N'rolled back', NULL); ROLLBACK");
    String between = now();
    rows(s, "DELETE TOP (1) FROM h WHERE n = 1; UPDATE k SET id = 4 WHERE id = 1");
    CollectingSink log1 = run(s, "BACKUP LOG lg TO DISK = 'lg_log1.trn' WITH INIT");
    assertThat(log1.errors()).isEmpty();
    assertThat(log1.messages().get(0).text()).matches("Processed \\d+ pages for database 'lg', file 'lg_log' on file 1.");
    assertThat(log1.messages().get(1).text()).startsWith("BACKUP LOG successfully processed ");
    rows(s, "INSERT INTO h VALUES (7, 'late'); TRUNCATE TABLE k; INSERT INTO k VALUES (10, N'ten', NULL)");
    assertThat(errors(s, "BACKUP LOG lg TO DISK = 'lg_log2.trn' WITH INIT")).isEmpty();
    rows(s, "USE master");
    return new String[] {between};
  }

  private static List<String> contents(EngineSession s, String db) {
    List<String> out = new java.util.ArrayList<>(rows(s, "SELECT id, v, LEN(big) FROM " + db + ".dbo.k ORDER BY id"));
    out.add("--");
    out.addAll(rows(s, "SELECT n, t FROM " + db + ".dbo.h ORDER BY n, t"));
    return out;
  }

  @Test
  void restoresFullThenEveryLogBackup() {
    try (QuernEngine engine = QuernEngine.open(dir); EngineSession s = TestSessions.open(engine)) {
      chain(s);
      List<String> source = contents(s, "lg");
      assertThat(source).containsExactly("10,ten,null", "--", "1,a", "7,late");
      assertThat(errors(s, "RESTORE DATABASE lg2 FROM DISK = 'lg_full.bak' WITH NORECOVERY")).isEmpty();
      assertThat(rows(s, "SELECT state_desc FROM sys.databases WHERE name = 'lg2'")).containsExactly("RESTORING");
      assertThat(errors(s, "USE lg2")).containsExactly(927);
      assertThat(errors(s, "RESTORE LOG lg2 FROM DISK = 'lg_log1.trn' WITH NORECOVERY")).isEmpty();
      CollectingSink last = run(s, "RESTORE LOG lg2 FROM DISK = 'lg_log2.trn' WITH RECOVERY");
      assertThat(last.errors()).isEmpty();
      assertThat(last.messages().getLast().text()).startsWith("RESTORE LOG successfully processed ");
      assertThat(rows(s, "SELECT state_desc FROM sys.databases WHERE name = 'lg2'")).containsExactly("ONLINE");
      assertThat(contents(s, "lg2")).isEqualTo(source);
      assertThat(rows(s, "SELECT restore_type FROM msdb.dbo.restorehistory WHERE destination_database_name = 'lg2' "
          + "ORDER BY restore_history_id")).containsExactly("D", "L", "L");
      assertThat(rows(s, "SELECT type FROM msdb.dbo.backupset WHERE database_name = 'lg' ORDER BY backup_set_id"))
          .containsExactly("D", "L", "L");
    }
  }

  @Test
  void logBackupsChainTheirLsns() {
    try (QuernEngine engine = QuernEngine.open(dir); EngineSession s = TestSessions.open(engine)) {
      chain(s);
      List<String> sets = rows(s, "SELECT type, CASE WHEN first_lsn < last_lsn THEN 1 ELSE 0 END, "
          + "CASE WHEN database_backup_lsn = (SELECT checkpoint_lsn FROM msdb.dbo.backupset WHERE type = 'D' "
          + "AND database_name = 'lg') THEN 1 ELSE 0 END FROM msdb.dbo.backupset WHERE database_name = 'lg' "
          + "ORDER BY backup_set_id");
      assertThat(sets).containsExactly("D,1,0", "L,1,1", "L,1,1");
      assertThat(rows(s, "SELECT COUNT(*) FROM msdb.dbo.backupset a JOIN msdb.dbo.backupset b "
          + "ON b.first_lsn = a.last_lsn WHERE a.type = 'L' AND b.type = 'L'")).containsExactly("1");
      assertThat(rows(s, "RESTORE HEADERONLY FROM DISK = 'lg_log1.trn'").getFirst()).startsWith("null,null,2,");
      assertThat(rows(s, "SELECT COUNT(*) FROM sys.database_recovery_status r JOIN msdb.dbo.backupset b "
          + "ON b.last_lsn = r.last_log_backup_lsn WHERE r.database_id = DB_ID('lg') AND b.type = 'L'"))
          .containsExactly("1");
    }
  }

  @Test
  void restoresToAPointInTimeBetweenTwoCommits() {
    try (QuernEngine engine = QuernEngine.open(dir); EngineSession s = TestSessions.open(engine)) {
      String between = chain(s)[0];
      rows(s, "RESTORE DATABASE lg3 FROM DISK = 'lg_full.bak' WITH NORECOVERY");
      CollectingSink r = run(s, "RESTORE LOG lg3 FROM DISK = 'lg_log1.trn' WITH RECOVERY, STOPAT = '" + between + "'");
      assertThat(r.errors()).isEmpty();
      assertThat(contents(s, "lg3")).containsExactly("1,one,null", "2,TWO,null", "3,three,10000", "--", "1,a", "1,a");
      assertThat(errors(s, "RESTORE LOG lg3 FROM DISK = 'lg_log2.trn'")).containsExactly(3117, 3013);
    }
  }

  @Test
  void aStopAtAfterTheLogLeavesTheDatabaseRestoring() {
    try (QuernEngine engine = QuernEngine.open(dir); EngineSession s = TestSessions.open(engine)) {
      chain(s);
      rows(s, "RESTORE DATABASE lg4 FROM DISK = 'lg_full.bak' WITH NORECOVERY");
      CollectingSink r = run(s, "RESTORE LOG lg4 FROM DISK = 'lg_log1.trn' WITH STOPAT = '2999-01-01T00:00:00'");
      assertThat(r.errors()).isEmpty();
      assertThat(r.messages().stream().map(SqlMessage::number)).contains(4322);
      assertThat(rows(s, "SELECT state_desc FROM sys.databases WHERE name = 'lg4'")).containsExactly("RESTORING");
      assertThat(errors(s, "RESTORE LOG lg4 FROM DISK = 'lg_log2.trn' WITH STOPAT = '2000-01-01'"))
          .containsExactly(4338, 3013);
      assertThat(errors(s, "RESTORE DATABASE lg4 WITH RECOVERY")).isEmpty();
      assertThat(contents(s, "lg4")).containsExactly("2,TWO,null", "3,three,10000", "4,one,null", "--", "1,a");
      assertThat(errors(s, "RESTORE DATABASE lg4 WITH RECOVERY")).containsExactly(3148, 3013);
    }
  }

  @Test
  void refusesLogsOutOfOrder() {
    try (QuernEngine engine = QuernEngine.open(dir); EngineSession s = TestSessions.open(engine)) {
      chain(s);
      rows(s, "RESTORE DATABASE lg5 FROM DISK = 'lg_full.bak' WITH NORECOVERY");
      CollectingSink early = run(s, "RESTORE LOG lg5 FROM DISK = 'lg_log2.trn' WITH NORECOVERY");
      assertThat(early.errors().stream().map(SqlMessage::number)).containsExactly(4305, 3013);
      assertThat(early.errors().getFirst().text()).matches("The log in this backup set begins at LSN \\d+, which is"
          + " too recent to apply to the database. An earlier log backup that includes LSN \\d+ can be restored.");
      rows(s, "RESTORE LOG lg5 FROM DISK = 'lg_log1.trn' WITH NORECOVERY");
      CollectingSink again = run(s, "RESTORE LOG lg5 FROM DISK = 'lg_log1.trn' WITH NORECOVERY");
      assertThat(again.errors().stream().map(SqlMessage::number)).containsExactly(4326, 3013);
      assertThat(errors(s, "RESTORE LOG lg5 FROM DISK = 'lg_log2.trn'")).isEmpty();
      assertThat(contents(s, "lg5")).isEqualTo(contents(s, "lg"));
      assertThat(errors(s, "RESTORE LOG lg FROM DISK = 'lg_log2.trn'")).containsExactly(3117, 3013);
    }
  }

  @Test
  void theLogSurvivesARestartAndSimpleRecoveryBreaksTheChain() {
    try (QuernEngine engine = QuernEngine.open(dir); EngineSession s = TestSessions.open(engine)) {
      rows(s, "CREATE DATABASE rs; USE rs; CREATE TABLE t (id int PRIMARY KEY)");
      rows(s, "USE master");
      rows(s, "BACKUP DATABASE rs TO DISK = 'rs_full.bak' WITH INIT");
      rows(s, "INSERT INTO rs.dbo.t VALUES (1), (2)");
      assertThat(rows(s, "SELECT log_reuse_wait_desc FROM sys.databases WHERE name = 'rs'"))
          .containsExactly("LOG_BACKUP");
    }
    try (QuernEngine engine = QuernEngine.open(dir); EngineSession s = TestSessions.open(engine)) {
      rows(s, "INSERT INTO rs.dbo.t VALUES (3)");
      assertThat(errors(s, "BACKUP LOG rs TO DISK = 'rs_log.trn' WITH INIT")).isEmpty();
      assertThat(rows(s, "SELECT log_reuse_wait_desc FROM sys.databases WHERE name = 'rs'")).containsExactly("NOTHING");
      rows(s, "RESTORE DATABASE rs2 FROM DISK = 'rs_full.bak' WITH NORECOVERY");
      rows(s, "RESTORE LOG rs2 FROM DISK = 'rs_log.trn'");
      assertThat(rows(s, "SELECT id FROM rs2.dbo.t ORDER BY id")).containsExactly("1", "2", "3");
      rows(s, "ALTER DATABASE rs SET RECOVERY SIMPLE");
      rows(s, "ALTER DATABASE rs SET RECOVERY FULL");
      assertThat(errors(s, "BACKUP LOG rs TO DISK = 'rs_log.trn'")).containsExactly(4214, 3013);
    }
  }

  @Test
  void rollsDdlForwardWithTheRowsAroundIt() {
    try (QuernEngine engine = QuernEngine.open(dir); EngineSession s = TestSessions.open(engine)) {
      rows(s, "CREATE DATABASE dd; USE dd; CREATE TABLE a (id int PRIMARY KEY, v int); CREATE TABLE gone (x int)");
      rows(s, "INSERT INTO a VALUES (1, 1), (2, 2); INSERT INTO gone VALUES (5)");
      rows(s, "USE master");
      rows(s, "BACKUP DATABASE dd TO DISK = 'dd_full.bak' WITH INIT");
      rows(s, "USE dd; INSERT INTO a VALUES (3, 3)");
      String beforeDdl = now();
      rows(s, "CREATE TABLE b (id int IDENTITY PRIMARY KEY, name varchar(10)); INSERT INTO b (name) VALUES ('x'), ('y')");
      rows(s, "ALTER TABLE a ADD w int NULL");
      rows(s, "UPDATE a SET w = id * 10 WHERE id > 1; DELETE FROM b WHERE name = 'x'");
      rows(s, "CREATE VIEW v_a AS SELECT id, w FROM a WHERE w IS NOT NULL");
      rows(s, "BEGIN TRAN; DROP TABLE gone; INSERT INTO a VALUES (4, 4, 40); COMMIT");
      rows(s, "INSERT INTO b (name) VALUES ('z')");
      rows(s, "USE master");
      assertThat(errors(s, "BACKUP LOG dd TO DISK = 'dd_log.trn' WITH INIT")).isEmpty();
      rows(s, "RESTORE DATABASE dd2 FROM DISK = 'dd_full.bak' WITH NORECOVERY");
      assertThat(errors(s, "RESTORE LOG dd2 FROM DISK = 'dd_log.trn' WITH RECOVERY")).isEmpty();
      for (String db : List.of("dd", "dd2")) {
        rows(s, "USE " + db);
        assertThat(rows(s, "SELECT id, v, w FROM a ORDER BY id")).containsExactly("1,1,null", "2,2,20", "3,3,30", "4,4,40");
        assertThat(rows(s, "SELECT id, name FROM b ORDER BY id")).containsExactly("2,y", "3,z");
        assertThat(rows(s, "SELECT * FROM v_a ORDER BY id")).containsExactly("2,20", "3,30", "4,40");
        assertThat(rows(s, "SELECT COUNT(*) FROM sys.tables WHERE name = 'gone'")).containsExactly("0");
        rows(s, "USE master");
      }
      rows(s, "RESTORE DATABASE dd3 FROM DISK = 'dd_full.bak' WITH NORECOVERY");
      assertThat(errors(s, "RESTORE LOG dd3 FROM DISK = 'dd_log.trn' WITH STOPAT = '" + beforeDdl + "'")).isEmpty();
      assertThat(rows(s, "SELECT id, v FROM dd3.dbo.a ORDER BY id")).containsExactly("1,1", "2,2", "3,3");
      assertThat(rows(s, "SELECT x FROM dd3.dbo.gone")).containsExactly("5");
      assertThat(rows(s, "SELECT COUNT(*) FROM dd3.sys.tables WHERE name = 'b'")).containsExactly("0");
    }
  }
}
