package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.sqlserver.jdbc.SQLServerBulkCopy;
import com.microsoft.sqlserver.jdbc.SQLServerBulkCopyOptions;
import dev.quern.it.support.QuernServer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * mssql-jdbc's SQLServerBulkCopy: metadata queries (with {@code SET FMTONLY ON} inside
 * sp_executesql), INSERT BULK, then one BULK_LOAD message of COLMETADATA and ROW tokens.
 */
class JdbcBulkCopyIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  @Test
  void copiesEveryRowAndValueIncludingNulls() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE bc_src (id int PRIMARY KEY, v float, s nvarchar(20), d decimal(12,3),"
          + " b varbinary(10), t datetime2(3))");
      s.execute("INSERT INTO bc_src SELECT value, value / 4.0, N'row ' + CAST(value AS nvarchar),"
          + " value * 1.125, CAST(value AS varbinary(10)), DATEADD(day, value, CAST('2026-01-01' AS datetime2(3)))"
          + " FROM GENERATE_SERIES(1, 2500)");
      s.execute("INSERT INTO bc_src VALUES (0, NULL, NULL, NULL, NULL, NULL)");
      s.execute("CREATE TABLE bc_dst (id int PRIMARY KEY, v float, s nvarchar(20), d decimal(12,3),"
          + " b varbinary(10), t datetime2(3))");
      try (Statement q = c.createStatement();
          ResultSet rows = q.executeQuery("SELECT id, v, s, d, b, t FROM bc_src");
          SQLServerBulkCopy copy = new SQLServerBulkCopy(c)) {
        copy.setDestinationTableName("bc_dst");
        copy.writeToServer(rows);
      }
      // The session works normally after the copy: the FMTONLY the driver set did not stick.
      assertThat(count(c, "SELECT COUNT(*) FROM bc_dst")).isEqualTo(2501);
      assertThat(count(c, "SELECT COUNT(*) FROM bc_src s JOIN bc_dst d ON d.id = s.id"
          + " WHERE d.v = s.v AND d.s = s.s AND d.d = s.d AND d.b = s.b AND d.t = s.t")).isEqualTo(2500);
      assertThat(count(c, "SELECT COUNT(*) FROM bc_dst WHERE id = 0 AND v IS NULL AND s IS NULL"
          + " AND d IS NULL AND b IS NULL AND t IS NULL")).isEqualTo(1);
      try (ResultSet rs = s.executeQuery("SELECT d FROM bc_dst WHERE id = 3")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getBigDecimal(1)).isEqualByComparingTo(new BigDecimal("3.375"));
      }
    }
  }

  @Test
  void aDuplicateKeyLoadsNothingAndTheSessionCarriesOn() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE bc_dup (id int PRIMARY KEY, s varchar(10))");
      s.execute("INSERT INTO bc_dup VALUES (5, 'there')");
      s.execute("CREATE TABLE bc_dup_src (id int, s varchar(10))");
      s.execute("INSERT INTO bc_dup_src SELECT value, 'new' FROM GENERATE_SERIES(1, 10)");
      try (Statement q = c.createStatement();
          ResultSet rows = q.executeQuery("SELECT id, s FROM bc_dup_src ORDER BY id");
          SQLServerBulkCopy copy = new SQLServerBulkCopy(c)) {
        copy.setDestinationTableName("bc_dup");
        assertThatThrownBy(() -> copy.writeToServer(rows))
            .isInstanceOf(SQLException.class)
            .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(2627))
            .hasMessageContaining("Violation of PRIMARY KEY constraint");
      }
      assertThat(count(c, "SELECT COUNT(*) FROM bc_dup")).isEqualTo(1);
      assertThat(count(c, "SELECT @@TRANCOUNT")).isZero();
    }
  }

  @Test
  void aCopyInsideTheClientsTransactionIsPartOfIt() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE bc_tx (id int PRIMARY KEY)");
      s.execute("CREATE TABLE bc_tx_src (id int)");
      s.execute("INSERT INTO bc_tx_src SELECT value FROM GENERATE_SERIES(1, 100)");
      c.setAutoCommit(false);
      try (Statement q = c.createStatement();
          ResultSet rows = q.executeQuery("SELECT id FROM bc_tx_src");
          SQLServerBulkCopy copy = new SQLServerBulkCopy(c)) {
        copy.setDestinationTableName("bc_tx");
        SQLServerBulkCopyOptions options = new SQLServerBulkCopyOptions();
        options.setBatchSize(30); // several BULK_LOAD messages
        copy.setBulkCopyOptions(options);
        copy.writeToServer(rows);
      }
      assertThat(count(c, "SELECT COUNT(*) FROM bc_tx")).isEqualTo(100);
      c.rollback();
      c.setAutoCommit(true);
      assertThat(count(c, "SELECT COUNT(*) FROM bc_tx")).isZero();
    }
  }

  @Test
  void identityValuesAreKeptOnlyWhenAskedFor() throws SQLException {
    // mssql-jdbc lists the identity column in INSERT BULK only with keepIdentity, seeing the
    // identity flag in the target's result metadata; listed, the values are kept.
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE bc_id (id int IDENTITY(1,1) PRIMARY KEY, s varchar(10))");
      s.execute("CREATE TABLE bc_id_src (id int, s varchar(10))");
      s.execute("INSERT INTO bc_id_src VALUES (100, 'a'), (200, 'b')");
      for (boolean keep : new boolean[] {true, false}) {
        try (Statement q = c.createStatement();
            ResultSet rows = q.executeQuery("SELECT id, s FROM bc_id_src ORDER BY id");
            SQLServerBulkCopy copy = new SQLServerBulkCopy(c)) {
          copy.setDestinationTableName("bc_id");
          SQLServerBulkCopyOptions options = new SQLServerBulkCopyOptions();
          options.setKeepIdentity(keep);
          copy.setBulkCopyOptions(options);
          copy.writeToServer(rows); // by ordinal: without keepIdentity the driver skips id
        }
      }
      assertThat(count(c, "SELECT COUNT(*) FROM bc_id WHERE id IN (100, 200)")).isEqualTo(2);
      assertThat(count(c, "SELECT COUNT(*) FROM bc_id WHERE id > 200")).isEqualTo(2);
      // IDENTITY_INSERT did not stay on after the load.
      assertThatThrownBy(() -> s.execute("INSERT INTO bc_id (id, s) VALUES (7, 'x')"))
          .isInstanceOf(SQLException.class)
          .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(544));
    }
  }

  @Test
  void identityColumnsLeftOutOfTheMappingAreGenerated() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE bc_gen (id int IDENTITY(10,5) PRIMARY KEY, s varchar(10))");
      s.execute("CREATE TABLE bc_gen_src (s varchar(10))");
      s.execute("INSERT INTO bc_gen_src VALUES ('a'), ('b'), ('c')");
      try (Statement q = c.createStatement();
          ResultSet rows = q.executeQuery("SELECT s FROM bc_gen_src ORDER BY s");
          SQLServerBulkCopy copy = new SQLServerBulkCopy(c)) {
        copy.setDestinationTableName("bc_gen");
        copy.addColumnMapping("s", "s");
        copy.writeToServer(rows);
      }
      assertThat(count(c, "SELECT SUM(id) FROM bc_gen")).isEqualTo(10 + 15 + 20);
    }
  }

  @Test
  void resultMetadataFlagsIdentityColumns() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE md_id (id int IDENTITY PRIMARY KEY, v int)");
      try (ResultSet rs = s.executeQuery("SELECT id, v, id + 1 AS next FROM md_id")) {
        assertThat(rs.getMetaData().isAutoIncrement(1)).isTrue();
        assertThat(rs.getMetaData().isAutoIncrement(2)).isFalse();
        assertThat(rs.getMetaData().isAutoIncrement(3)).isFalse();
      }
    }
  }

  @Test
  void anUnknownTableIsReportedByName() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE bc_src2 (id int)");
      try (Statement q = c.createStatement();
          ResultSet rows = q.executeQuery("SELECT id FROM bc_src2");
          SQLServerBulkCopy copy = new SQLServerBulkCopy(c)) {
        copy.setDestinationTableName("no_such_table");
        // The driver's metadata query fails first; it reports that in its own words.
        assertThatThrownBy(() -> copy.writeToServer(rows)).isInstanceOf(SQLException.class)
            .hasMessage("Unable to retrieve column metadata.");
      }
      // The server's own check of INSERT BULK, as a client that skips the metadata query meets it.
      assertThatThrownBy(() -> s.execute("INSERT BULK no_such_table ([id] INT)"))
          .isInstanceOf(SQLException.class)
          .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(208))
          .hasMessage("Invalid object name 'no_such_table'.");
      assertThatThrownBy(() -> s.execute("INSERT BULK bc_src2 ([nope] INT)"))
          .isInstanceOf(SQLException.class)
          .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(207));
      assertThat(count(c, "SELECT 1")).isEqualTo(1);
    }
  }

  @Test
  void aCopyWithTableLockHoldsTheTableAndLoadsEveryRow() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement();
        Connection other = SERVER.connect(); Statement o = other.createStatement()) {
      s.execute("CREATE TABLE bc_tl_src (id int PRIMARY KEY, s nvarchar(20))");
      s.execute("INSERT INTO bc_tl_src SELECT value, CONCAT(N'r', value) FROM GENERATE_SERIES(1, 5000)");
      s.execute("CREATE TABLE bc_tl (id int PRIMARY KEY, s nvarchar(20))");
      c.setAutoCommit(false);
      try (Statement q = c.createStatement();
          ResultSet rows = q.executeQuery("SELECT id, s FROM bc_tl_src");
          SQLServerBulkCopy copy = new SQLServerBulkCopy(c)) {
        SQLServerBulkCopyOptions options = new SQLServerBulkCopyOptions();
        options.setTableLock(true);
        copy.setBulkCopyOptions(options);
        copy.setDestinationTableName("bc_tl");
        copy.writeToServer(rows);
      }
      // Until the copy's transaction ends, another session's insert waits for the table lock.
      o.execute("SET LOCK_TIMEOUT 300");
      assertThatThrownBy(() -> o.execute("INSERT bc_tl VALUES (0, N'other')"))
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(1222));
      c.commit();
      o.execute("INSERT bc_tl VALUES (0, N'other')");
      assertThat(count(c, "SELECT COUNT(*) FROM bc_tl")).isEqualTo(5001);
      c.commit();
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      assertThat(rs.next()).isTrue();
      return rs.getLong(1);
    }
  }
}
