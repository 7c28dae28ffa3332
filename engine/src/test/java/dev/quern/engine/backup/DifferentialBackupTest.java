package dev.quern.engine.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SqlMessage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential backups: full → changes → differential → changes → log, restored as full + diff +
 * log, as full + diff alone, and out of order (3117, 3136), as SQL Server answers them.
 */
class DifferentialBackupTest {
  @TempDir Path dir;

  private static List<String> rows(EngineSession s, String sql) {
    return TestSessions.rows(s, sql);
  }

  private static List<Integer> errors(EngineSession s, String sql) {
    return TestSessions.run(s, sql).errors().stream().map(SqlMessage::number).toList();
  }

  private static List<String> contents(EngineSession s, String db) {
    List<String> out = new ArrayList<>(rows(s, "SELECT id, v FROM " + db + ".dbo.changed ORDER BY id"));
    out.add("--");
    out.addAll(rows(s, "SELECT id, LEN(big) FROM " + db + ".dbo.untouched ORDER BY id"));
    out.add("--");
    out.addAll(rows(s, "SELECT id, n FROM " + db + ".dbo.created ORDER BY id"));
    out.add("--");
    out.addAll(rows(s, "SELECT IDENT_CURRENT('" + db + ".dbo.changed')"));
    return out;
  }

  /** Returns the contents at the differential's time. */
  private static List<String> chain(EngineSession s) {
    rows(s, "CREATE DATABASE df; USE df");
    rows(s, "CREATE TABLE changed (id int IDENTITY PRIMARY KEY, v varchar(10))");
    rows(s, "CREATE TABLE untouched (id int PRIMARY KEY, big varchar(max))");
    rows(s, "INSERT INTO changed (v) VALUES ('a'), ('b'); "
        + "INSERT INTO untouched VALUES (1, REPLICATE(CAST('y' AS varchar(max)), 9000)), (2, 'small')");
    rows(s, "USE master");
    assertThat(errors(s, "BACKUP DATABASE df TO DISK = 'df_full.bak' WITH INIT")).isEmpty();
    rows(s, "USE df; INSERT INTO changed (v) VALUES ('c'); UPDATE changed SET v = 'B' WHERE id = 2");
    rows(s, "CREATE TABLE created (id int PRIMARY KEY, n int); INSERT INTO created VALUES (1, 10)");
    rows(s, "USE master");
    CollectingSink diff = TestSessions.run(s, "BACKUP DATABASE df TO DISK = 'df_diff.bak' WITH DIFFERENTIAL, INIT");
    assertThat(diff.errors()).isEmpty();
    assertThat(diff.messages().getLast().text()).startsWith("BACKUP DATABASE WITH DIFFERENTIAL successfully processed ");
    List<String> atDiff = contents(s, "df");
    rows(s, "USE df; DELETE FROM changed WHERE id = 1; INSERT INTO created VALUES (2, 20); USE master");
    assertThat(errors(s, "BACKUP LOG df TO DISK = 'df_log.trn' WITH INIT")).isEmpty();
    return atDiff;
  }

  @Test
  void restoresFullDifferentialAndLog() {
    try (QuernEngine engine = QuernEngine.open(dir); EngineSession s = TestSessions.open(engine)) {
      List<String> atDiff = chain(s);
      assertThat(atDiff).containsExactly("1,a", "2,B", "3,c", "--", "1,9000", "2,5", "--", "1,10", "--", "3");
      assertThat(errors(s, "RESTORE DATABASE df2 FROM DISK = 'df_full.bak' WITH NORECOVERY")).isEmpty();
      assertThat(errors(s, "RESTORE DATABASE df2 FROM DISK = 'df_diff.bak' WITH NORECOVERY")).isEmpty();
      assertThat(rows(s, "SELECT state_desc FROM sys.databases WHERE name = 'df2'")).containsExactly("RESTORING");
      assertThat(errors(s, "RESTORE LOG df2 FROM DISK = 'df_log.trn' WITH RECOVERY")).isEmpty();
      assertThat(contents(s, "df2")).isEqualTo(contents(s, "df"));
      assertThat(rows(s, "SELECT restore_type FROM msdb.dbo.restorehistory WHERE destination_database_name = 'df2' "
          + "ORDER BY restore_history_id")).containsExactly("D", "I", "L");
      assertThat(rows(s, "SELECT type, CASE WHEN differential_base_lsn = (SELECT checkpoint_lsn FROM msdb.dbo.backupset "
          + "WHERE type = 'D' AND database_name = 'df') THEN 1 ELSE 0 END FROM msdb.dbo.backupset "
          + "WHERE database_name = 'df' AND type = 'I'")).containsExactly("I,1");
      assertThat(rows(s, "RESTORE HEADERONLY FROM DISK = 'df_diff.bak'").getFirst()).startsWith("null,null,5,");
    }
  }

  @Test
  void restoresFullAndDifferentialWithRecovery() {
    try (QuernEngine engine = QuernEngine.open(dir); EngineSession s = TestSessions.open(engine)) {
      List<String> atDiff = chain(s);
      rows(s, "RESTORE DATABASE df3 FROM DISK = 'df_full.bak' WITH NORECOVERY");
      assertThat(errors(s, "RESTORE DATABASE df3 FROM DISK = 'df_diff.bak'")).isEmpty();
      assertThat(rows(s, "SELECT state_desc FROM sys.databases WHERE name = 'df3'")).containsExactly("ONLINE");
      assertThat(contents(s, "df3")).isEqualTo(atDiff);
      rows(s, "INSERT INTO df3.dbo.changed (v) VALUES ('after')");
      assertThat(rows(s, "SELECT id FROM df3.dbo.changed WHERE v = 'after'")).containsExactly("4");
    }
  }

  @Test
  void refusesDifferentialsOutOfOrder() {
    try (QuernEngine engine = QuernEngine.open(dir); EngineSession s = TestSessions.open(engine)) {
      chain(s);
      assertThat(errors(s, "RESTORE DATABASE df4 FROM DISK = 'df_diff.bak'")).containsExactly(3117, 3013);
      assertThat(errors(s, "RESTORE DATABASE df FROM DISK = 'df_diff.bak'")).containsExactly(3117, 3013);
      rows(s, "BACKUP DATABASE df TO DISK = 'df_full2.bak' WITH INIT");
      rows(s, "RESTORE DATABASE df5 FROM DISK = 'df_full2.bak' WITH NORECOVERY");
      assertThat(errors(s, "RESTORE DATABASE df5 FROM DISK = 'df_diff.bak'")).containsExactly(3136, 3013);
      assertThat(errors(s, "RESTORE LOG df5 FROM DISK = 'df_diff.bak'")).containsExactly(3135, 3013);
      assertThat(errors(s, "RESTORE DATABASE df6 FROM DISK = 'df_log.trn'")).containsExactly(3135, 3013);
      rows(s, "ALTER DATABASE df SET RECOVERY SIMPLE");
      assertThat(errors(s, "BACKUP DATABASE df TO DISK = 'df_diff2.bak' WITH DIFFERENTIAL")).isEmpty();
    }
  }
}
