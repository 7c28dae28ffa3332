package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A database created with a case-sensitive collation, through mssql-jdbc: logging in to it (the
 * login's ENVCHANGE carries its collation) or switching to it, parameters and literals compare
 * case-sensitively, varchar parameters sent as code page 1252 still decode, and a #temp column
 * joined to its columns is 468 until COLLATE DATABASE_DEFAULT.
 */
class JdbcDatabaseCollationIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  @Test
  void parametersAndLiteralsFollowTheDatabaseCollation() throws SQLException {
    try (Connection admin = SERVER.connect(); Statement s = admin.createStatement()) {
      s.execute("IF DB_ID('jdc_cs') IS NULL CREATE DATABASE jdc_cs COLLATE Latin1_General_CS_AS");
    }
    try (Connection c = SERVER.connect(
            "encrypt=true;trustServerCertificate=true;databaseName=jdc_cs;sendStringParametersAsUnicode=false");
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE words (w varchar(20) PRIMARY KEY)");
      s.execute("INSERT words VALUES ('café'), ('Café'), ('CAFÉ')");
      try (PreparedStatement p = c.prepareStatement("SELECT w FROM words WHERE w = ?")) {
        p.setString(1, "Café");
        try (ResultSet rs = p.executeQuery()) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getString(1)).isEqualTo("Café");
          assertThat(rs.next()).isFalse();
        }
      }
      try (PreparedStatement p = c.prepareStatement("SELECT CASE WHEN ? = 'x' THEN 1 ELSE 0 END")) {
        p.setString(1, "X");
        try (ResultSet rs = p.executeQuery()) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getInt(1)).isZero();
        }
      }
      s.execute("CREATE TABLE #t (w varchar(20))");
      s.execute("INSERT #t VALUES ('Café')");
      assertThatThrownBy(() -> s.executeQuery("SELECT words.w FROM words JOIN #t ON words.w = #t.w"))
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(468));
      try (ResultSet rs = s.executeQuery(
          "SELECT words.w FROM words JOIN #t ON words.w = #t.w COLLATE DATABASE_DEFAULT")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("Café");
        assertThat(rs.next()).isFalse();
      }
    }
  }

  @Test
  void switchingDatabasesSwitchesTheCollationOfLiterals() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("IF DB_ID('jdc_cs') IS NULL CREATE DATABASE jdc_cs COLLATE Latin1_General_CS_AS");
      String sql = "SELECT CASE WHEN 'a' = 'A' THEN 'equal' ELSE 'different' END";
      c.setCatalog("jdc_cs");
      assertThat(single(s, sql)).isEqualTo("different");
      c.setCatalog("master");
      assertThat(single(s, sql)).isEqualTo("equal");
    }
  }

  private static String single(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      assertThat(rs.next()).isTrue();
      return rs.getString(1);
    }
  }
}
