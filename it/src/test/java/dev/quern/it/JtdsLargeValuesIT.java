package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 10 MB nvarchar(max) and varbinary(max) through jTDS. Over TDS 7.1 they travel as ntext/image
 * parameters and come back as NTEXT/IMAGE columns.
 */
class JtdsLargeValuesIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  private static final int TEN_MB = 10 * 1024 * 1024;

  private static Connection connection;

  /**
   * The shared connection, opened again if the server dropped it, so that one case which kills
   * the session shows as one failure instead of failing every case after it.
   */
  private static Connection connection() throws SQLException {
    if (connection == null || connection.isClosed()) {
      connection = SERVER.connectJtds();
    }
    return connection;
  }

  @BeforeAll
  static void connect() throws SQLException {
    connection = SERVER.connectJtds();
  }

  @AfterAll
  static void disconnect() throws SQLException {
    if (connection != null) {
      connection.close();
    }
  }

  @Test
  void nvarcharMaxComesBackWhole() throws SQLException {
    StringBuilder sb = new StringBuilder(TEN_MB / 2);
    while (sb.length() < TEN_MB / 2) {
      sb.append("jTDS ∑ 日本語 ").append(sb.length()).append(' ');
    }
    String text = sb.substring(0, TEN_MB / 2);
    try (PreparedStatement ps = connection().prepareStatement("SELECT CAST(? AS nvarchar(max))")) {
      ps.setString(1, text);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getMetaData().getColumnTypeName(1)).isEqualTo("ntext");
        assertThat(rs.getString(1)).isEqualTo(text);
      }
    }
  }

  @Test
  void varbinaryMaxComesBackWhole() throws SQLException {
    byte[] bytes = new byte[TEN_MB];
    new Random(3).nextBytes(bytes);
    try (PreparedStatement ps = connection().prepareStatement("SELECT CAST(? AS varbinary(max))")) {
      ps.setBytes(1, bytes);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getMetaData().getColumnTypeName(1)).isEqualTo("image");
        assertThat(rs.getBytes(1)).isEqualTo(bytes);
      }
    }
    try (Statement s = connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT 1")) {
      assertThat(rs.next()).isTrue();
    }
  }
}
