package dev.quern.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extended properties are catalog records: committed ones survive a restart, with their value's type. */
class ExtendedPropertyRestartTest {
  @TempDir Path dir;

  private static List<String> rows(EngineSession s, String sql) {
    return TestSessions.rows(s, sql);
  }

  @Test
  void propertiesSurviveARestart() {
    try (QuernEngine engine = QuernEngine.open(dir);
        EngineSession s = TestSessions.open(engine)) {
      rows(s, "CREATE DATABASE shop");
      rows(s, "USE shop");
      rows(s, "CREATE TABLE orders (id int PRIMARY KEY, item varchar(10))");
      rows(s, "EXEC sp_addextendedproperty 'MS_Description', N'the orders', 'SCHEMA', N'dbo', 'TABLE', N'orders'");
      rows(s, "EXEC sp_addextendedproperty 'MS_Description', N'what was ordered', 'SCHEMA', N'dbo', 'TABLE', N'orders', "
          + "'COLUMN', N'item'");
      rows(s, "EXEC sp_addextendedproperty 'Version', 42");
      // Open at shutdown: must not survive.
      rows(s, "BEGIN TRAN EXEC sp_addextendedproperty 'Pending', 1");
    }
    try (QuernEngine engine = QuernEngine.open(dir);
        EngineSession s = TestSessions.open(engine)) {
      rows(s, "USE shop");
      assertThat(rows(s, "SELECT objname, CAST(value AS nvarchar(50)) FROM fn_listextendedproperty('MS_Description', "
          + "'SCHEMA', 'dbo', 'TABLE', 'orders', 'COLUMN', NULL)")).containsExactly("item,what was ordered");
      assertThat(rows(s, "SELECT class, minor_id, name, CAST(SQL_VARIANT_PROPERTY(value, 'BaseType') AS sysname) "
          + "FROM sys.extended_properties ORDER BY class, minor_id"))
          .containsExactly("0,0,Version,int", "1,0,MS_Description,nvarchar", "1,2,MS_Description,nvarchar");
      rows(s, "EXEC sp_updateextendedproperty 'Version', 43");
      assertThat(rows(s, "SELECT CAST(value AS int) FROM sys.extended_properties WHERE name = 'Version'"))
          .containsExactly("43");
      rows(s, "DROP TABLE orders");
      assertThat(rows(s, "SELECT name FROM sys.extended_properties")).containsExactly("Version");
    }
  }
}
