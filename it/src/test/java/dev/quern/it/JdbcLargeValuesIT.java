package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.it.support.QuernServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 10 MB nvarchar(max) and varbinary(max) values both ways through mssql-jdbc: as parameters (PLP
 * with known and unknown length), as literals in a multi-packet SQL batch, and read back whole or
 * as streams.
 */
class JdbcLargeValuesIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  private static final int TEN_MB = 10 * 1024 * 1024;

  private static Connection connection;

  /**
   * The shared connection, opened again if the server dropped it, so that one case which kills
   * the session shows as one failure instead of failing every case after it.
   */
  private static Connection connection() throws SQLException {
    if (connection == null || connection.isClosed()) {
      connection = SERVER.connect();
    }
    return connection;
  }

  @BeforeAll
  static void connect() throws SQLException {
    connection = SERVER.connect();
  }

  @AfterAll
  static void disconnect() throws SQLException {
    if (connection != null) {
      connection.close();
    }
  }

  /** TEN_MB bytes of UTF-16: mixed scripts so a codec that mangles surrogates or bytes shows. */
  private static String tenMegabytesOfText() {
    String pattern = "Quern ∑ 日本語 😀 0123456789 abcdefghij ";
    StringBuilder sb = new StringBuilder(TEN_MB / 2);
    while (sb.length() < TEN_MB / 2 - pattern.length()) {
      sb.append(pattern).append(sb.length());
    }
    while (sb.length() < TEN_MB / 2) {
      sb.append('z');
    }
    return sb.toString();
  }

  private static byte[] tenMegabytesOfBytes() {
    byte[] bytes = new byte[TEN_MB];
    new Random(42).nextBytes(bytes);
    return bytes;
  }

  @Test
  void nvarcharMaxParameterComesBackWhole() throws SQLException {
    String text = tenMegabytesOfText();
    try (PreparedStatement ps = connection().prepareStatement("SELECT ?")) {
      ps.setString(1, text);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getMetaData().getColumnTypeName(1)).isEqualTo("nvarchar");
        assertThat(rs.getMetaData().getPrecision(1)).isEqualTo(1_073_741_823); // nvarchar(max)
        String back = rs.getString(1);
        assertThat(back.length()).isEqualTo(text.length());
        assertThat(back).isEqualTo(text);
      }
    }
  }

  @Test
  void nvarcharMaxLiteralInAMultiPacketBatchComesBackWhole() throws SQLException {
    String text = tenMegabytesOfText();
    try (Statement s = connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT N'" + text + "'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo(text);
    }
  }

  @Test
  void nvarcharMaxStreamedInWithUnknownLengthAndOutAsAReader() throws SQLException, IOException {
    String text = tenMegabytesOfText();
    try (PreparedStatement ps = connection().prepareStatement("SELECT CAST(? AS nvarchar(max))")) {
      ps.setCharacterStream(1, new StringReader(text));
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        try (Reader reader = rs.getCharacterStream(1)) {
          StringBuilder back = new StringBuilder(text.length());
          char[] buffer = new char[64 * 1024];
          for (int n; (n = reader.read(buffer)) >= 0; ) {
            back.append(buffer, 0, n);
          }
          assertThat(back.toString()).isEqualTo(text);
        }
      }
    }
  }

  @Test
  void varbinaryMaxParameterComesBackWhole() throws SQLException {
    byte[] bytes = tenMegabytesOfBytes();
    try (PreparedStatement ps = connection().prepareStatement("SELECT ?")) {
      ps.setBytes(1, bytes);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getMetaData().getColumnTypeName(1)).isEqualTo("varbinary");
        assertThat(rs.getMetaData().getPrecision(1)).isEqualTo(Integer.MAX_VALUE); // varbinary(max)
        assertThat(rs.getBytes(1)).isEqualTo(bytes);
      }
    }
  }

  @Test
  void varbinaryMaxStreamedInWithUnknownLengthAndOutAsAStream() throws SQLException, IOException {
    byte[] bytes = tenMegabytesOfBytes();
    try (PreparedStatement ps = connection().prepareStatement("SELECT CAST(? AS varbinary(max))")) {
      ps.setBinaryStream(1, new ByteArrayInputStream(bytes));
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        try (InputStream in = rs.getBinaryStream(1)) {
          assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
      }
    }
  }

  @Test
  void varbinaryMaxLiteralComesBackWhole() throws SQLException {
    byte[] bytes = new byte[1024 * 1024];
    new Random(7).nextBytes(bytes);
    try (Statement s = connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT CAST(0x" + HexFormat.of().formatHex(bytes) + " AS varbinary(max))")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getBytes(1)).isEqualTo(bytes);
    }
  }

  @Test
  void sessionIsUsableAfterLargeValues() throws SQLException {
    try (PreparedStatement ps = connection().prepareStatement("SELECT ?, ?")) {
      ps.setBytes(1, tenMegabytesOfBytes());
      ps.setString(2, "after");
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(2)).isEqualTo("after");
      }
    }
    try (Statement s = connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT 1")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(1);
    }
  }
}
