package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * BACKUP DATABASE and RESTORE through mssql-jdbc: the backup's messages as warnings, RESTORE
 * HEADERONLY as a result set, a restore under a new name read back, msdb.dbo.backupset for the last
 * backup, and a failed RESTORE's error (3154 reported first, 3013 last, as SQL Server sends them).
 */
class JdbcBackupRestoreIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  @Test
  void backsUpListsRestoresUnderANewNameAndRecordsHistory() throws SQLException {
    try (Connection c = SERVER.connect(); Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE it_shop");
      st.execute("USE it_shop; CREATE TABLE items (id int IDENTITY PRIMARY KEY, name nvarchar(20) NOT NULL,"
          + " body nvarchar(max)); INSERT INTO items (name, body) VALUES (N'one', REPLICATE(CAST(N'z' AS"
          + " nvarchar(max)), 9000)), (N'two', NULL); USE master");
      st.execute("BACKUP DATABASE it_shop TO DISK = 'it_shop.bak' WITH INIT, NAME = N'nightly'");
      List<String> messages = new ArrayList<>();
      for (SQLWarning w = st.getWarnings(); w != null; w = w.getNextWarning()) {
        messages.add(w.getMessage());
      }
      assertThat(messages).anyMatch(m -> m.matches("BACKUP DATABASE successfully processed \\d+ pages in .*"));

      try (ResultSet rs = st.executeQuery("RESTORE HEADERONLY FROM DISK = 'it_shop.bak'")) {
        assertThat(rs.getMetaData().getColumnName(1)).isEqualTo("BackupName");
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString("BackupName")).isEqualTo("nightly");
        assertThat(rs.getString("DatabaseName")).isEqualTo("it_shop");
        assertThat(rs.getInt("Position")).isEqualTo(1);
        assertThat(rs.next()).isFalse();
      }

      st.execute("RESTORE DATABASE it_shop_copy FROM DISK = 'it_shop.bak'");
      try (ResultSet rs = st.executeQuery("SELECT id, name, LEN(body) FROM it_shop_copy.dbo.items ORDER BY id")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(2)).isEqualTo("one");
        assertThat(rs.getInt(3)).isEqualTo(9000);
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(2)).isEqualTo("two");
        assertThat(rs.next()).isFalse();
      }

      try (ResultSet rs = st.executeQuery("SELECT TOP (1) b.database_name, b.type, f.physical_device_name"
          + " FROM msdb.dbo.backupset b JOIN msdb.dbo.backupmediafamily f ON f.media_set_id = b.media_set_id"
          + " WHERE b.database_name = N'it_shop' ORDER BY b.backup_finish_date DESC")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("it_shop");
        assertThat(rs.getString(2)).isEqualTo("D");
        assertThat(rs.getString(3)).isEqualTo("it_shop.bak");
      }

      st.execute("CREATE DATABASE it_other");
      assertThatThrownBy(() -> st.execute("RESTORE DATABASE it_other FROM DISK = 'it_shop.bak'"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("The backup set holds a backup of a database other than the existing 'it_other'"
              + " database.");
    }
  }
}
