package dev.quern.engine.indexedview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SqlMessage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BACKUP DATABASE carries an indexed view's indexes and rows; the restored copy keeps them current. */
class IndexedViewBackupTest {
  @TempDir Path dir;

  private static List<String> rows(EngineSession s, String sql) {
    return TestSessions.rows(s, sql);
  }

  @Test
  void restoredDatabaseKeepsTheViewIndexedAndMaintained() {
    try (QuernEngine engine = QuernEngine.open(dir); EngineSession s = TestSessions.open(engine)) {
      rows(s, "CREATE DATABASE ivb");
      rows(s, "USE ivb");
      rows(s, "CREATE TABLE dbo.sales (id int PRIMARY KEY, region varchar(10) NOT NULL, amount int NOT NULL)");
      rows(s, "INSERT dbo.sales VALUES (1, 'n', 5), (2, 'n', 6), (3, 's', 1)");
      rows(s, "CREATE VIEW dbo.totals WITH SCHEMABINDING AS SELECT region, SUM(amount) AS total, COUNT_BIG(*) AS n "
          + "FROM dbo.sales GROUP BY region");
      rows(s, "CREATE UNIQUE CLUSTERED INDEX ix_totals ON dbo.totals (region)");
      rows(s, "CREATE INDEX ix_total ON dbo.totals (total)");
      rows(s, "USE master");
      assertThat(TestSessions.run(s, "BACKUP DATABASE ivb TO DISK = 'ivb.bak' WITH INIT").errors()).isEmpty();
      rows(s, "RESTORE DATABASE ivb_copy FROM DISK = 'ivb.bak'");
      rows(s, "USE ivb_copy");
      assertThat(rows(s, "SELECT region, total, n FROM dbo.totals WITH (NOEXPAND) ORDER BY region"))
          .containsExactly("n,11,2", "s,1,1");
      assertThat(rows(s, "SELECT name FROM sys.indexes WHERE object_id = OBJECT_ID('dbo.totals') ORDER BY index_id"))
          .containsExactly("ix_totals", "ix_total");
      assertThat(rows(s, "SELECT COUNT(*) FROM sys.tables")).containsExactly("1");
      rows(s, "INSERT dbo.sales VALUES (4, 's', 10)");
      rows(s, "DELETE dbo.sales WHERE id = 1");
      assertThat(rows(s, "SELECT region, total, n FROM dbo.totals WITH (NOEXPAND, INDEX(ix_total)) ORDER BY region"))
          .containsExactly("n,6,1", "s,11,2");
      assertThat(TestSessions.run(s, "TRUNCATE TABLE dbo.sales").errors().stream().map(SqlMessage::number))
          .containsExactly(3729);
    }
  }
}
