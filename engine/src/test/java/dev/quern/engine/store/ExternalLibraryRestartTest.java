package dev.quern.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * External libraries are catalog records with their bytes in LOB chunks: committed ones survive a
 * restart with their owner, language and every file's bytes; ALTER's new bytes replace the old; a
 * library of a dropped database, or of a transaction open at shutdown, is not there.
 */
class ExternalLibraryRestartTest {
  @TempDir Path dir;

  @Test
  void librariesAndTheirBytesSurviveARestart() {
    byte[] big = new byte[100_000]; // several LOB chunks
    for (int i = 0; i < big.length; i++) {
      big[i] = (byte) (i * 31);
    }
    StringBuilder hex = new StringBuilder("0x");
    for (byte b : big) {
      hex.append(String.format("%02X", b));
    }
    try (QuernEngine engine = QuernEngine.open(dir);
        EngineSession s = TestSessions.open(engine)) {
      TestSessions.rows(s, "CREATE EXTERNAL LIBRARY biglib FROM (CONTENT = " + hex + ") WITH (LANGUAGE = 'Python')");
      TestSessions.rows(s, "CREATE EXTERNAL LIBRARY small FROM (CONTENT = 0x01) WITH (LANGUAGE = 'R')");
      TestSessions.rows(s, "ALTER EXTERNAL LIBRARY small SET (CONTENT = 0x0203)");
      TestSessions.rows(s, "CREATE DATABASE libdb");
      TestSessions.rows(s, "USE libdb; CREATE EXTERNAL LIBRARY gone FROM (CONTENT = 0x05) WITH (LANGUAGE = 'Python'); USE master");
      TestSessions.rows(s, "DROP DATABASE libdb");
      TestSessions.rows(s, "BEGIN TRAN; CREATE EXTERNAL LIBRARY pending FROM (CONTENT = 0x06) WITH (LANGUAGE = 'Python')");
    }
    try (QuernEngine engine = QuernEngine.open(dir);
        EngineSession s = TestSessions.open(engine)) {
      assertThat(TestSessions.rows(s, "SELECT l.name, l.language, USER_NAME(l.principal_id), f.platform_desc,"
          + " DATALENGTH(f.content), CHECKSUM(CONVERT(varchar(max), f.content, 2)) FROM sys.external_libraries l"
          + " JOIN sys.external_library_files f ON f.external_library_id = l.external_library_id ORDER BY l.name"))
          .containsExactly(
              "biglib,Python,dbo,LINUX,100000," + TestSessions.rows(s, "SELECT CHECKSUM(CONVERT(varchar(max), CONVERT(varbinary(max), '" + hex + "', 1), 2))").getFirst(),
              "small,R,dbo,LINUX,2," + TestSessions.rows(s, "SELECT CHECKSUM('0203')").getFirst());
      TestSessions.rows(s, "CREATE DATABASE libdb");
      assertThat(TestSessions.rows(s, "USE libdb; SELECT COUNT(*) FROM sys.external_libraries")).containsExactly("0");
    }
  }
}
