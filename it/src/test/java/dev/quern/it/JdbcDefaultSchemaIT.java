package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A login whose user has a DEFAULT_SCHEMA, through mssql-jdbc: its one-part names create and read
 * tables in that schema (sa's stay in dbo), prepared statements included; the schema it owns needs
 * no GRANT; a column it was not granted is refused with 230.
 */
class JdbcDefaultSchemaIT {
  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  private static final String PASSWORD = "P@ssw0rd-1";

  @BeforeAll
  static void setUp() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE shop");
      s.execute("CREATE LOGIN eve WITH PASSWORD = '" + PASSWORD + "', DEFAULT_DATABASE = shop");
      s.execute("USE shop; CREATE USER eve WITH DEFAULT_SCHEMA = sales; CREATE SCHEMA sales AUTHORIZATION eve;"
          + " GRANT CREATE TABLE TO eve;"
          + " CREATE TABLE dbo.notes (id int, body nvarchar(20)); INSERT INTO dbo.notes VALUES (1, N'dbo note');"
          + " CREATE TABLE dbo.staff (id int, name nvarchar(20), salary int); INSERT INTO dbo.staff VALUES (1, N'Ada', 100);"
          + " GRANT SELECT (id, name) ON dbo.staff TO eve");
    }
  }

  private static Connection eve() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlserver://" + SERVER.host() + ":" + SERVER.port() + ";user=eve;password="
        + PASSWORD + ";encrypt=true;trustServerCertificate=true;loginTimeout=30;");
  }

  @Test
  void oneWordNamesCreateAndReadInTheDefaultSchema() throws SQLException {
    try (Connection c = eve(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE notes (id int, body nvarchar(20))");
      s.execute("INSERT INTO notes VALUES (2, N'eve note')");
      try (ResultSet rs = s.executeQuery("SELECT SCHEMA_NAME(), OBJECT_SCHEMA_NAME(OBJECT_ID('notes')), body FROM notes")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("sales");
        assertThat(rs.getString(2)).isEqualTo("sales");
        assertThat(rs.getString(3)).isEqualTo("eve note");
        assertThat(rs.next()).isFalse();
      }
      try (PreparedStatement p = c.prepareStatement("SELECT body FROM notes WHERE id = ?")) {
        p.setInt(1, 2);
        try (ResultSet rs = p.executeQuery()) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getString(1)).isEqualTo("eve note");
        }
      }
    }
    try (Connection sa = SERVER.connect(); Statement s = sa.createStatement()) {
      s.execute("USE shop");
      try (ResultSet rs = s.executeQuery("SELECT body FROM notes")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("dbo note");
      }
    }
  }

  @Test
  void aColumnNotGrantedIsRefused() throws SQLException {
    try (Connection c = eve(); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT name FROM dbo.staff")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("Ada");
      }
      assertThatThrownBy(() -> s.executeQuery("SELECT name, salary FROM dbo.staff").close())
          .isInstanceOf(SQLException.class)
          .satisfies(e -> {
            assertThat(((SQLException) e).getErrorCode()).isEqualTo(230);
            assertThat(e.getMessage()).isEqualTo(
                "The SELECT permission was denied on the column 'salary' of the object 'staff', database 'shop', schema 'dbo'.");
          });
    }
  }
}
