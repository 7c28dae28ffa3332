package dev.quern.engine.proc.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SqlMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file system procedures on a directory of the test's own: xp_create_subdir makes nested
 * directories, xp_fileexist and sys.dm_os_file_exists see them, xp_delete_file deletes old backup
 * files only, and BACKUP makes the directories its file is to be in (as on Linux).
 */
class FileProceduresTest {
  @TempDir Path data;
  @TempDir Path files;

  private static List<String> rows(EngineSession s, String sql) {
    return TestSessions.rows(s, sql);
  }

  private static List<Integer> errors(EngineSession s, String sql) {
    return TestSessions.run(s, sql).errors().stream().map(SqlMessage::number).toList();
  }

  @Test
  void createSubdirMakesEveryMissingDirectoryAndAcceptsOneThatIsThere() {
    Path nested = files.resolve("srv/db/FULL");
    try (QuernEngine engine = QuernEngine.open(data); EngineSession s = TestSessions.open(engine)) {
      assertThat(rows(s, "DECLARE @rc int; EXEC @rc = master.dbo.xp_create_subdir N'" + nested + "'; SELECT @rc"))
          .containsExactly("0");
      assertThat(Files.isDirectory(nested)).isTrue();
      assertThat(rows(s, "EXEC xp_create_subdir N'" + nested + "'; SELECT 1")).containsExactly("1");
      assertThat(rows(s, "SELECT CAST(file_exists AS int), CAST(file_is_a_directory AS int), "
          + "CAST(parent_directory_exists AS int) FROM sys.dm_os_file_exists(N'" + nested + "')"))
          .containsExactly("0,1,1");
    }
  }

  @Test
  void createSubdirOverAFileIs22048WithError183() throws Exception {
    Path file = Files.writeString(files.resolve("taken"), "x");
    try (QuernEngine engine = QuernEngine.open(data); EngineSession s = TestSessions.open(engine)) {
      var result = TestSessions.run(s, "EXEC xp_create_subdir N'" + file + "'");
      assertThat(result.errors()).extracting(SqlMessage::number).containsExactly(22048);
      assertThat(result.errors().getFirst().text())
          .isEqualTo("xp_create_subdir() returned error 183, 'Cannot create a file when that file already exists.'");
    }
  }

  @Test
  void fileExistSeesAFileAndSetsItsOutput() throws Exception {
    Path file = Files.writeString(files.resolve("a.bak"), "x");
    try (QuernEngine engine = QuernEngine.open(data); EngineSession s = TestSessions.open(engine)) {
      assertThat(rows(s, "EXEC master.dbo.xp_fileexist N'" + file + "'")).containsExactly("1,0,1");
      assertThat(rows(s, "DECLARE @e int; EXEC xp_fileexist N'" + file + "', @e OUTPUT; SELECT @e"))
          .containsExactly("1");
      assertThat(rows(s, "SELECT CAST(file_exists AS int) FROM sys.dm_os_file_exists(N'" + file + "')"))
          .containsExactly("1");
    }
  }

  @Test
  void deleteFileRemovesOldBackupFilesWithTheExtensionOnly() throws Exception {
    Path dir = Files.createDirectories(files.resolve("db/FULL"));
    try (QuernEngine engine = QuernEngine.open(data); EngineSession s = TestSessions.open(engine)) {
      rows(s, "CREATE DATABASE fp_db");
      Path old = dir.resolve("old.bak");
      Path recent = dir.resolve("recent.bak");
      assertThat(errors(s, "BACKUP DATABASE fp_db TO DISK = N'" + old + "'")).isEmpty();
      assertThat(errors(s, "BACKUP DATABASE fp_db TO DISK = N'" + recent + "'")).isEmpty();
      Path notBackup = Files.writeString(dir.resolve("notes.bak"), "not a backup");
      Path otherExtension = dir.resolve("old.trn");
      Files.copy(old, otherExtension);
      FileTime twoDaysAgo = FileTime.from(Instant.now().minus(2, ChronoUnit.DAYS));
      for (Path p : List.of(old, notBackup, otherExtension)) {
        Files.setLastModifiedTime(p, twoDaysAgo);
      }
      assertThat(rows(s, "DECLARE @cutoff nvarchar(19) = CONVERT(nvarchar(19), DATEADD(hh, -24, SYSDATETIME()), 126), "
          + "@rc int; EXEC @rc = master.dbo.xp_delete_file 0, N'" + dir + "', 'bak', @cutoff; SELECT @rc"))
          .containsExactly("0");
      assertThat(Files.exists(old)).isFalse();
      assertThat(Files.exists(recent)).isTrue();
      assertThat(Files.exists(notBackup)).isTrue();
      assertThat(Files.exists(otherExtension)).isTrue();
    }
  }

  @Test
  void deleteFileNeverTouchesTheServersOwnFilesButMayCleanItsBackupDirectory() throws Exception {
    try (QuernEngine engine = QuernEngine.open(data); EngineSession s = TestSessions.open(engine)) {
      List<Path> before;
      try (var walk = Files.walk(data)) {
        before = walk.filter(Files::isRegularFile).toList();
      }
      var result = TestSessions.run(s, "EXEC xp_delete_file 1, N'" + data.resolve("data") + "', ''");
      assertThat(result.errors()).extracting(SqlMessage::number).containsExactly(22048);
      assertThat(result.errors().getFirst().text()).isEqualTo("xp_delete_file() returned error 5, 'Access is denied.'");
      assertThat(errors(s, "EXEC xp_delete_file 1, N'" + data + "', '', NULL, 1")).containsExactly(22048);
      assertThat(before).allMatch(Files::exists);
      Path backups = Files.createDirectories(data.resolve("backup"));
      Path report = Files.writeString(backups.resolve("plan.txt"), "report");
      assertThat(errors(s, "EXEC xp_delete_file 1, N'" + backups + "', 'txt'")).isEmpty();
      assertThat(Files.exists(report)).isFalse();
    }
  }

  @Test
  void backupCreatesTheDirectoriesOfItsFileAndSetsTheDifferentialBase() {
    Path target = files.resolve("QUERN/fp_base/FULL/fp_base_FULL.bak");
    try (QuernEngine engine = QuernEngine.open(data); EngineSession s = TestSessions.open(engine)) {
      rows(s, "CREATE DATABASE fp_base");
      assertThat(rows(s, "SELECT COUNT(*) FROM sys.master_files WHERE database_id = DB_ID('fp_base') "
          + "AND differential_base_lsn IS NOT NULL")).containsExactly("0");
      assertThat(errors(s, "BACKUP DATABASE fp_base TO DISK = N'" + target + "' WITH COPY_ONLY")).isEmpty();
      assertThat(Files.isRegularFile(target)).isTrue();
      // A copy-only backup is no differential base; a full one is, joined to its backupset row.
      assertThat(rows(s, "SELECT COUNT(*) FROM sys.master_files WHERE database_id = DB_ID('fp_base') "
          + "AND differential_base_lsn IS NOT NULL")).containsExactly("0");
      assertThat(errors(s, "BACKUP DATABASE fp_base TO DISK = N'" + target + "' WITH NO_CHECKSUM, NO_COMPRESSION")).isEmpty();
      assertThat(rows(s, "SELECT f.file_id, b.type FROM sys.master_files f JOIN msdb.dbo.backupset b "
          + "ON b.checkpoint_lsn = f.differential_base_lsn AND b.database_name = 'fp_base' "
          + "WHERE f.database_id = DB_ID('fp_base')")).containsExactly("1,D");
      assertThat(errors(s, "RESTORE VERIFYONLY FROM DISK = N'" + target + "' WITH NO_CHECKSUM")).isEmpty();
    }
  }
}
