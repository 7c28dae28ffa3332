package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.sqlserver.jdbc.SQLServerPreparedStatement;
import dev.quern.it.support.QuernServer;
import dev.quern.it.support.Read;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every SQL Server type family round-trips through mssql-jdbc as a literal ({@code SELECT
 * CAST(literal AS type)}), as a typed parameter ({@code SELECT CAST(? AS type)}), as a parameter
 * whose type the driver picks ({@code SELECT ?}) and as NULL, with the exact value and the type
 * name SQL Server reports.
 */
class JdbcTypesIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  /** java.sql.Time would travel as datetime by default; users who want time(7) set this. */
  private static final String PROPERTIES = "encrypt=true;trustServerCertificate=true;sendTimeAsDatetime=false";

  private static Connection connection;

  /**
   * The shared connection, opened again if the server dropped it, so that one case which kills
   * the session shows as one failure instead of failing every case after it.
   */
  private static Connection connection() throws SQLException {
    if (connection == null || connection.isClosed()) {
      connection = SERVER.connect(PROPERTIES);
    }
    return connection;
  }

  /** One type under test: how to write it as a literal, what comes back, how to bind it. */
  record Case(String sqlType, String literal, String typeName, Object expected, Read read, Object param) {
    @Override
    public String toString() {
      return sqlType + " " + literal;
    }
  }

  @BeforeAll
  static void connect() throws SQLException {
    connection = SERVER.connect(PROPERTIES);
  }

  @AfterAll
  static void disconnect() throws SQLException {
    if (connection != null) {
      connection.close();
    }
  }

  static Stream<Case> cases() {
    List<Case> cases = new ArrayList<>();
    cases.add(new Case("tinyint", "0", "tinyint", (short) 0, Read.OBJECT, 0));
    cases.add(new Case("tinyint", "255", "tinyint", (short) 255, Read.OBJECT, 255));
    cases.add(new Case("smallint", "-32768", "smallint", (short) -32768, Read.OBJECT, (short) -32768));
    cases.add(new Case("int", "-2147483648", "int", Integer.MIN_VALUE, Read.OBJECT, Integer.MIN_VALUE));
    cases.add(new Case("bigint", "9223372036854775807", "bigint", Long.MAX_VALUE, Read.OBJECT, Long.MAX_VALUE));
    cases.add(new Case("bit", "1", "bit", true, Read.OBJECT, true));
    cases.add(new Case("bit", "0", "bit", false, Read.OBJECT, false));
    decimal(cases, "decimal(1,0)", "9", "decimal");
    decimal(cases, "decimal(10,4)", "-123456.7891", "decimal");
    decimal(cases, "decimal(19,5)", "12345678901234.56789", "decimal");
    decimal(cases, "decimal(28,10)", "-123456789012345678.0123456789", "decimal");
    decimal(cases, "decimal(38,0)", "99999999999999999999999999999999999999", "decimal");
    decimal(cases, "decimal(38,38)", "0.12345678901234567890123456789012345678", "decimal");
    decimal(cases, "numeric(18,6)", "-123456789012.345678", "numeric");
    decimal(cases, "money", "922337203685477.5807", "money");
    decimal(cases, "money", "-0.0001", "money");
    decimal(cases, "smallmoney", "-214748.3648", "smallmoney");
    cases.add(new Case("float", "1.7976931348623157E308", "float", Double.MAX_VALUE, Read.OBJECT, Double.MAX_VALUE));
    cases.add(new Case("float", "0.1", "float", 0.1d, Read.OBJECT, 0.1d));
    cases.add(new Case("real", "0.1", "real", 0.1f, Read.OBJECT, 0.1f));
    cases.add(new Case("real", "-3.5E-3", "real", -3.5E-3f, Read.OBJECT, -3.5E-3f));
    cases.add(new Case("char(10)", "'abc'", "char", "abc       ", Read.STRING, "abc"));
    cases.add(new Case("varchar(20)", "'héllo wörld'", "varchar", "héllo wörld", Read.STRING, "héllo wörld"));
    cases.add(new Case("varchar(max)", "'a varchar(max)'", "varchar", "a varchar(max)", Read.STRING, "a varchar(max)"));
    cases.add(new Case("nchar(5)", "N'ab'", "nchar", "ab   ", Read.STRING, "ab"));
    String unicode = "Ω ∑ 日本語 😀";
    cases.add(new Case("nvarchar(100)", "N'" + unicode + "'", "nvarchar", unicode, Read.STRING, unicode));
    cases.add(new Case("nvarchar(max)", "N'" + unicode + "'", "nvarchar", unicode, Read.STRING, unicode));
    cases.add(new Case("binary(4)", "0x0102", "binary", new byte[] {1, 2, 0, 0}, Read.BYTES, new byte[] {1, 2}));
    byte[] beef = {(byte) 0xDE, (byte) 0xAD, (byte) 0xBE, (byte) 0xEF};
    cases.add(new Case("varbinary(8)", "0xDEADBEEF", "varbinary", beef, Read.BYTES, beef));
    cases.add(new Case("varbinary(max)", "0x00FF", "varbinary", new byte[] {0, (byte) 0xFF}, Read.BYTES, new byte[] {0, (byte) 0xFF}));
    for (LocalDate d : List.of(LocalDate.of(1, 1, 1), LocalDate.of(2024, 2, 29), LocalDate.of(9999, 12, 31))) {
      cases.add(new Case("date", "'" + d + "'", "date", d, Read.LOCAL_DATE, d));
    }
    temporal(cases);
    LocalDateTime almostMidnight = LocalDateTime.of(2024, 2, 29, 23, 59, 59, 998_000_000);
    // datetime keeps 1/300 s: .998 rounds to .997, as in SQL Server.
    cases.add(new Case("datetime", "'2024-02-29 23:59:59.998'", "datetime", almostMidnight.withNano(997_000_000), Read.LOCAL_DATE_TIME, almostMidnight));
    LocalDateTime min = LocalDateTime.of(1753, 1, 1, 0, 0);
    cases.add(new Case("datetime", "'1753-01-01 00:00:00'", "datetime", min, Read.LOCAL_DATE_TIME, min));
    // smalldatetime keeps minutes: 31 seconds round up.
    LocalDateTime half = LocalDateTime.of(2024, 2, 29, 12, 34, 31);
    cases.add(new Case("smalldatetime", "'2024-02-29 12:34:31'", "smalldatetime", half.withMinute(35).withSecond(0), Read.LOCAL_DATE_TIME, half));
    String guid = "6F9619FF-8B86-D011-B42D-00C04FC964FF";
    cases.add(new Case("uniqueidentifier", "'" + guid.toLowerCase(java.util.Locale.ROOT) + "'", "uniqueidentifier", guid, Read.STRING, guid.toLowerCase(java.util.Locale.ROOT)));
    cases.add(new Case("xml", "N'<a b=\"1\">x</a>'", "xml", "<a b=\"1\">x</a>", Read.STRING, "<a b=\"1\">x</a>"));
    cases.add(new Case("sql_variant", "CAST(42 AS int)", "sql_variant", 42, Read.OBJECT, 42));
    cases.add(new Case("sql_variant", "N'abc'", "sql_variant", "abc", Read.OBJECT, "abc"));
    cases.add(new Case("sql_variant", "CAST(1.50 AS decimal(5,2))", "sql_variant", new BigDecimal("1.50"), Read.OBJECT, new BigDecimal("1.50")));
    return cases.stream();
  }

  private static void decimal(List<Case> cases, String sqlType, String value, String typeName) {
    BigDecimal d = new BigDecimal(value);
    BigDecimal expected = sqlType.contains("money") ? d.setScale(4) : d;
    cases.add(new Case(sqlType, value, typeName, expected, Read.OBJECT, d));
  }

  /** time, datetime2 and datetimeoffset at every scale: SQL Server rounds to the scale. */
  private static void temporal(List<Case> cases) {
    int[] rounded = {0, 100_000_000, 120_000_000, 123_000_000, 123_500_000, 123_460_000, 123_457_000, 123_456_700};
    LocalTime time = LocalTime.of(12, 34, 56, 123_456_700);
    LocalDateTime dateTime = LocalDateTime.of(LocalDate.of(2024, 2, 29), time);
    OffsetDateTime offset = OffsetDateTime.of(dateTime, ZoneOffset.ofHoursMinutes(5, 30));
    for (int scale = 0; scale <= 7; scale++) {
      int nanos = rounded[scale];
      cases.add(new Case("time(" + scale + ")", "'12:34:56.1234567'", "time", time.withNano(nanos), Read.LOCAL_TIME, time));
      cases.add(new Case("datetime2(" + scale + ")", "'2024-02-29 12:34:56.1234567'", "datetime2", dateTime.withNano(nanos), Read.LOCAL_DATE_TIME, dateTime));
      cases.add(new Case("datetimeoffset(" + scale + ")", "'2024-02-29 12:34:56.1234567 +05:30'", "datetimeoffset", offset.withNano(nanos), Read.OFFSET_DATE_TIME, offset));
    }
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
        ResultSet rs = s.executeQuery("SELECT CAST(NULL AS " + c.sqlType() + "), CAST(" + c.literal() + " AS " + c.sqlType() + ")")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getMetaData().getColumnTypeName(1)).isEqualTo(c.typeName());
      assertThat(c.read().from(rs, 1)).isNull();
      assertThat(rs.wasNull()).isTrue();
      assertThat(c.read().from(rs, 2)).isEqualTo(c.expected());
    }
  }

  private static void assertValue(ResultSet rs, Case c) throws SQLException {
    assertThat(rs.next()).isTrue();
    assertThat(rs.getMetaData().getColumnTypeName(1)).isEqualTo(c.typeName());
    assertThat(c.read().from(rs, 1)).isEqualTo(c.expected());
    assertThat(rs.next()).isFalse();
  }

  /** A parameter whose SQL type the driver chooses from the setter, selected back unchanged. */
  record Direct(String typeName, Object expected, Read read, Binder binder) {
    @Override
    public String toString() {
      return typeName;
    }
  }

  @FunctionalInterface
  interface Binder {
    void bind(SQLServerPreparedStatement ps) throws SQLException;
  }

  static Stream<Direct> directParameters() {
    BigDecimal money = new BigDecimal("-12345.6789");
    LocalDateTime dt = LocalDateTime.of(2024, 2, 29, 12, 34, 56, 123_456_700);
    OffsetDateTime dto = OffsetDateTime.of(dt, ZoneOffset.ofHours(-8));
    return Stream.of(
        new Direct("tinyint", (short) 7, Read.OBJECT, ps -> ps.setByte(1, (byte) 7)),
        new Direct("smallint", (short) -2, Read.OBJECT, ps -> ps.setShort(1, (short) -2)),
        new Direct("int", 123_456, Read.OBJECT, ps -> ps.setInt(1, 123_456)),
        new Direct("bigint", -1L << 40, Read.OBJECT, ps -> ps.setLong(1, -1L << 40)),
        new Direct("bit", true, Read.OBJECT, ps -> ps.setBoolean(1, true)),
        new Direct("decimal", new BigDecimal("-123456.7891"), Read.OBJECT, ps -> ps.setBigDecimal(1, new BigDecimal("-123456.7891"))),
        new Direct("float", Math.PI, Read.OBJECT, ps -> ps.setDouble(1, Math.PI)),
        // mssql-jdbc declares setFloat parameters as float, not real (Parameter.TypeInfoSetter).
        new Direct("float", 2.5d, Read.OBJECT, ps -> ps.setFloat(1, 2.5f)),
        new Direct("nvarchar", "Ω ∑ 日本語 😀", Read.STRING, ps -> ps.setString(1, "Ω ∑ 日本語 😀")),
        new Direct("varbinary", new byte[] {1, 2, 3}, Read.BYTES, ps -> ps.setBytes(1, new byte[] {1, 2, 3})),
        new Direct("date", LocalDate.of(2024, 2, 29), Read.LOCAL_DATE, ps -> ps.setObject(1, LocalDate.of(2024, 2, 29))),
        new Direct("time", dt.toLocalTime(), Read.LOCAL_TIME, ps -> ps.setObject(1, dt.toLocalTime())),
        new Direct("datetime2", dt, Read.LOCAL_DATE_TIME, ps -> ps.setObject(1, dt)),
        new Direct("datetimeoffset", dto, Read.OFFSET_DATE_TIME, ps -> ps.setObject(1, dto)),
        new Direct("money", money, Read.OBJECT, ps -> ps.setMoney(1, money)),
        // mssql-jdbc declares setSmallMoney parameters as money (Parameter.TypeInfoSetter; smallmoney
        // only under Always Encrypted), so SQL Server too reports money.
        new Direct("money", new BigDecimal("1.2500"), Read.OBJECT, ps -> ps.setSmallMoney(1, new BigDecimal("1.25"))),
        new Direct("uniqueidentifier", "6F9619FF-8B86-D011-B42D-00C04FC964FF", Read.STRING, ps -> ps.setUniqueIdentifier(1, "6F9619FF-8B86-D011-B42D-00C04FC964FF")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("directParameters")
  void parameterTypedByTheDriverComesBackAsThatType(Direct d) throws SQLException {
    try (PreparedStatement ps = connection().prepareStatement("SELECT ?")) {
      d.binder().bind(ps.unwrap(SQLServerPreparedStatement.class));
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getMetaData().getColumnTypeName(1)).isEqualTo(d.typeName());
        assertThat(d.read().from(rs, 1)).isEqualTo(d.expected());
      }
    }
  }

  @Test
  void datetimeParameterWhenTheDriverIsToldToSendDatetime() throws SQLException {
    // By default mssql-jdbc declares java.sql.Timestamp (even via setDateTime) as datetime2.
    LocalDateTime value = LocalDateTime.of(2024, 2, 29, 23, 59, 59, 997_000_000);
    try (Connection c = SERVER.connect(PROPERTIES + ";datetimeParameterType=datetime");
        PreparedStatement ps = c.prepareStatement("SELECT ?")) {
      ps.setTimestamp(1, Timestamp.valueOf(value));
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getMetaData().getColumnTypeName(1)).isEqualTo("datetime");
        assertThat(Read.LOCAL_DATE_TIME.from(rs, 1)).isEqualTo(value);
      }
    }
  }

  @Test
  void nullParameterRoundTrips() throws SQLException {
    try (PreparedStatement ps = connection().prepareStatement("SELECT ?, ?")) {
      ps.setNull(1, Types.INTEGER);
      ps.setNull(2, Types.NVARCHAR);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getObject(1)).isNull();
        assertThat(rs.getString(2)).isNull();
      }
    }
  }

  @Test
  void reportsPrecisionAndScaleAsSqlServerDoes() throws SQLException {
    String sql =
        "SELECT CAST(0 AS decimal(10,4)), CAST(0 AS numeric(38,38)), CAST('00:00' AS time(3)),"
            + " CAST('2000-01-01' AS datetime2(7)), CAST('2000-01-01' AS datetimeoffset(0)),"
            + " CAST(N'' AS nvarchar(100)), CAST('' AS varchar(max)), CAST(N'' AS nvarchar(max)),"
            + " CAST(0x AS varbinary(max)), CAST(0 AS int)";
    try (Statement s = connection().createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      assertThat(md.getColumnCount()).isEqualTo(10);
      assertThat(List.of(md.getPrecision(1), md.getScale(1))).containsExactly(10, 4);
      assertThat(List.of(md.getPrecision(2), md.getScale(2))).containsExactly(38, 38);
      assertThat(md.getScale(3)).isEqualTo(3);
      assertThat(md.getScale(4)).isEqualTo(7);
      assertThat(md.getScale(5)).isEqualTo(0);
      assertThat(md.getPrecision(6)).isEqualTo(100);
      assertThat(md.getPrecision(7)).isEqualTo(Integer.MAX_VALUE);
      assertThat(md.getPrecision(8)).isEqualTo(1_073_741_823);
      assertThat(md.getPrecision(9)).isEqualTo(Integer.MAX_VALUE);
      // mssql-jdbc reports the (max) types as their plain JDBC types; the precision tells them apart.
      assertThat(md.getColumnType(7)).isEqualTo(Types.VARCHAR);
      assertThat(md.getColumnType(8)).isEqualTo(Types.NVARCHAR);
      assertThat(md.getColumnType(9)).isEqualTo(Types.VARBINARY);
      assertThat(md.getColumnType(10)).isEqualTo(Types.INTEGER);
    }
  }

  @Test
  void aRowversionColumnIsTimestampToTheDriver() throws SQLException {
    try (Statement s = connection().createStatement()) {
      s.execute("CREATE TABLE #rv (id int PRIMARY KEY, rv rowversion)");
      s.execute("INSERT #rv (id) VALUES (1)");
      try (ResultSet rs = s.executeQuery("SELECT rv, id, CAST(rv AS binary(8)) FROM #rv")) {
        ResultSetMetaData md = rs.getMetaData();
        // COLMETADATA user type 80 on the column read as is; a CAST of it is plain binary(8).
        assertThat(md.getColumnTypeName(1)).isEqualTo("timestamp");
        assertThat(md.getColumnTypeName(3)).isEqualTo("binary");
        assertThat(rs.next()).isTrue();
        assertThat(rs.getBytes(1)).hasSize(8).isEqualTo(rs.getBytes(3));
      }
    }
  }
}
