package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.it.support.QuernServer;
import dev.quern.it.support.Read;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every type family through jTDS, which speaks TDS 7.1. SQL Server answers such a client in 7.1
 * layouts: (max) types as text/ntext/image, xml as ntext, and date, time, datetime2 and
 * datetimeoffset as nvarchar strings. Literals and parameters ({@code SELECT CAST(? AS type)},
 * sent by jTDS as sp_prepare/sp_execute) both round-trip exactly.
 */
class JtdsTypesIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

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

  record Case(String sqlType, String literal, String typeName, Object expected, Read read, Object param) {
    @Override
    public String toString() {
      return sqlType + " " + literal;
    }
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

  static Stream<Case> cases() {
    List<Case> cases = new ArrayList<>();
    cases.add(new Case("tinyint", "255", "tinyint", 255, Read.OBJECT, 255));
    cases.add(new Case("smallint", "-32768", "smallint", -32768, Read.OBJECT, -32768));
    cases.add(new Case("int", "-2147483648", "int", Integer.MIN_VALUE, Read.OBJECT, Integer.MIN_VALUE));
    cases.add(new Case("bigint", "9223372036854775807", "bigint", Long.MAX_VALUE, Read.OBJECT, Long.MAX_VALUE));
    cases.add(new Case("bit", "1", "bit", true, Read.OBJECT, true));
    for (String[] d : new String[][] {
        {"decimal(1,0)", "9", "decimal"}, {"decimal(10,4)", "-123456.7891", "decimal"},
        {"decimal(38,0)", "99999999999999999999999999999999999999", "decimal"},
        {"decimal(38,38)", "0.12345678901234567890123456789012345678", "decimal"},
        {"numeric(18,6)", "-123456789012.345678", "numeric"},
        {"money", "922337203685477.5807", "money"}, {"smallmoney", "-214748.3648", "smallmoney"}}) {
      BigDecimal value = new BigDecimal(d[1]);
      cases.add(new Case(d[0], d[1], d[2], value, Read.OBJECT, value));
    }
    cases.add(new Case("float", "1.7976931348623157E308", "float", Double.MAX_VALUE, Read.OBJECT, Double.MAX_VALUE));
    cases.add(new Case("real", "0.1", "real", 0.1f, Read.OBJECT, 0.1f));
    cases.add(new Case("char(10)", "'abc'", "char", "abc       ", Read.STRING, "abc"));
    cases.add(new Case("varchar(20)", "'héllo wörld'", "varchar", "héllo wörld", Read.STRING, "héllo wörld"));
    cases.add(new Case("nchar(5)", "N'ab'", "nchar", "ab   ", Read.STRING, "ab"));
    String unicode = "Ω ∑ 日本語 😀";
    cases.add(new Case("nvarchar(100)", "N'" + unicode + "'", "nvarchar", unicode, Read.STRING, unicode));
    // TDS 7.1 has no (max) types: SQL Server sends them as the legacy LOB types.
    cases.add(new Case("varchar(max)", "'a varchar(max)'", "text", "a varchar(max)", Read.STRING, "a varchar(max)"));
    cases.add(new Case("nvarchar(max)", "N'" + unicode + "'", "ntext", unicode, Read.STRING, unicode));
    cases.add(new Case("varbinary(max)", "0x00FF", "image", new byte[] {0, (byte) 0xFF}, Read.BYTES, new byte[] {0, (byte) 0xFF}));
    cases.add(new Case("xml", "N'<a b=\"1\">x</a>'", "ntext", "<a b=\"1\">x</a>", Read.STRING, "<a b=\"1\">x</a>"));
    cases.add(new Case("binary(4)", "0x0102", "binary", new byte[] {1, 2, 0, 0}, Read.BYTES, new byte[] {1, 2}));
    cases.add(new Case("varbinary(8)", "0xDEADBEEF", "varbinary", new byte[] {(byte) 0xDE, (byte) 0xAD, (byte) 0xBE, (byte) 0xEF}, Read.BYTES, new byte[] {(byte) 0xDE, (byte) 0xAD, (byte) 0xBE, (byte) 0xEF}));
    // TDS 7.1 has no date/time types either: SQL Server sends their string form as nvarchar.
    cases.add(new Case("date", "'2024-02-29'", "nvarchar", "2024-02-29", Read.STRING, "2024-02-29"));
    cases.add(new Case("time(0)", "'12:34:56.1234567'", "nvarchar", "12:34:56", Read.STRING, "12:34:56.1234567"));
    cases.add(new Case("time(3)", "'12:34:56.1234567'", "nvarchar", "12:34:56.123", Read.STRING, "12:34:56.1234567"));
    cases.add(new Case("time(7)", "'12:34:56.1234567'", "nvarchar", "12:34:56.1234567", Read.STRING, "12:34:56.1234567"));
    cases.add(new Case("datetime2(0)", "'2024-02-29 12:34:56.1234567'", "nvarchar", "2024-02-29 12:34:56", Read.STRING, "2024-02-29 12:34:56.1234567"));
    cases.add(new Case("datetime2(7)", "'2024-02-29 12:34:56.1234567'", "nvarchar", "2024-02-29 12:34:56.1234567", Read.STRING, "2024-02-29 12:34:56.1234567"));
    cases.add(new Case("datetimeoffset(0)", "'2024-02-29 12:34:56.1234567 +05:30'", "nvarchar", "2024-02-29 12:34:56 +05:30", Read.STRING, "2024-02-29 12:34:56.1234567 +05:30"));
    cases.add(new Case("datetimeoffset(7)", "'2024-02-29 12:34:56.1234567 +05:30'", "nvarchar", "2024-02-29 12:34:56.1234567 +05:30", Read.STRING, "2024-02-29 12:34:56.1234567 +05:30"));
    cases.add(new Case("datetime", "'2024-02-29 23:59:59.998'", "datetime", LocalDateTime.of(2024, 2, 29, 23, 59, 59, 997_000_000), Read.TIMESTAMP, "2024-02-29 23:59:59.998"));
    cases.add(new Case("smalldatetime", "'2024-02-29 12:34:31'", "smalldatetime", LocalDateTime.of(2024, 2, 29, 12, 35), Read.TIMESTAMP, "2024-02-29 12:34:31"));
    cases.add(new Case("uniqueidentifier", "'6f9619ff-8b86-d011-b42d-00c04fc964ff'", "uniqueidentifier", "6F9619FF-8B86-D011-B42D-00C04FC964FF", Read.STRING, "6f9619ff-8b86-d011-b42d-00c04fc964ff"));
    cases.add(new Case("sql_variant", "CAST(42 AS int)", "sql_variant", 42, Read.OBJECT, 42));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void literalRoundTrips(Case c) throws SQLException {
    try (Statement s = connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT CAST(" + c.literal() + " AS " + c.sqlType() + ")")) {
      assertValue(rs, c);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void parameterRoundTrips(Case c) throws SQLException {
    try (PreparedStatement ps = connection().prepareStatement("SELECT CAST(? AS " + c.sqlType() + ")")) {
      ps.setObject(1, c.param());
      try (ResultSet rs = ps.executeQuery()) {
        assertValue(rs, c);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void nullOfEveryTypeRoundTrips(Case c) throws SQLException {
    try (Statement s = connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT CAST(NULL AS " + c.sqlType() + ")")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getMetaData().getColumnTypeName(1)).isEqualTo(c.typeName());
      assertThat(c.read().from(rs, 1)).isNull();
      assertThat(rs.wasNull()).isTrue();
    }
  }

  private static void assertValue(ResultSet rs, Case c) throws SQLException {
    assertThat(rs.next()).isTrue();
    assertThat(rs.getMetaData().getColumnTypeName(1)).isEqualTo(c.typeName());
    Object value = c.read().from(rs, 1);
    if (c.sqlType().equals("uniqueidentifier")) {
      // jTDS formats the 16 GUID bytes itself; the letter case is its choice, not the server's.
      value = value.toString().toUpperCase(Locale.ROOT);
    }
    assertThat(value).isEqualTo(c.expected());
    assertThat(rs.next()).isFalse();
  }
}
