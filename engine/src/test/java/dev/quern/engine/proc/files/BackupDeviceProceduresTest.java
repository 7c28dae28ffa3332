package dev.quern.engine.proc.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SqlMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Logical backup devices: sp_addumpdevice registers one in master (it outlives a restart), BACKUP
 * TO and RESTORE FROM name it, sp_dropdevice forgets it (and its file WITH DELFILE).
 */
class BackupDeviceProceduresTest {
  @TempDir Path data;
  @TempDir Path files;

  private static List<Integer> errors(EngineSession s, String sql) {
    return TestSessions.run(s, sql).errors().stream().map(SqlMessage::number).toList();
  }

  @Test
  void backupAndRestoreThroughALogicalDeviceThatOutlivesARestart() {
    Path file = files.resolve("bd_db.bak");
    try (QuernEngine engine = QuernEngine.open(data); EngineSession s = TestSessions.open(engine)) {
      assertThat(errors(s, "EXEC sp_addumpdevice 'disk', 'bd_dev', N'" + file + "'")).isEmpty();
      assertThat(errors(s, "CREATE DATABASE bd_db")).isEmpty();
      assertThat(errors(s, "CREATE TABLE bd_db.dbo.t (id int); INSERT INTO bd_db.dbo.t VALUES (7)")).isEmpty();
      assertThat(errors(s, "BACKUP DATABASE bd_db TO bd_dev")).isEmpty();
      assertThat(Files.exists(file)).isTrue();
    }
    try (QuernEngine engine = QuernEngine.open(data); EngineSession s = TestSessions.open(engine)) {
      assertThat(TestSessions.rows(s, "SELECT name, type, type_desc, physical_name FROM sys.backup_devices"))
          .containsExactly("bd_dev,2,DISK," + file);
      assertThat(errors(s, "DROP DATABASE bd_db")).isEmpty();
      assertThat(errors(s, "RESTORE DATABASE bd_db FROM [bd_dev]")).isEmpty();
      assertThat(TestSessions.rows(s, "SELECT id FROM bd_db.dbo.t")).containsExactly("7");
      assertThat(TestSessions.rows(s, "EXEC sp_dropdevice 'bd_dev', 'delfile'; SELECT COUNT(*) FROM sys.backup_devices"))
          .containsExactly("0");
      assertThat(Files.exists(file)).isFalse();
      assertThat(errors(s, "BACKUP DATABASE bd_db TO bd_dev")).containsExactly(3206, 3013);
    }
  }

  @Test
  void aRolledBackAddLeavesNoDevice() {
    try (QuernEngine engine = QuernEngine.open(data); EngineSession s = TestSessions.open(engine)) {
      assertThat(errors(s, "BEGIN TRAN; EXEC sp_addumpdevice 'disk', 'bd_gone', N'" + files.resolve("x.bak")
          + "'; ROLLBACK")).isEmpty();
      assertThat(TestSessions.rows(s, "SELECT COUNT(*) FROM sys.backup_devices")).containsExactly("0");
    }
  }
}
