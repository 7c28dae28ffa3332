package dev.quern.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.ext.spi.ExternalColumn;
import dev.quern.ext.spi.ExternalParameter;
import dev.quern.ext.spi.ExternalScriptRequest;
import dev.quern.ext.spi.RowSource;
import dev.quern.ext.spi.SqlTypeText;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every type, with a value and a NULL, through OutputDataSet = InputDataSet and back. */
class TypeMappingTest {
  static RuntimeFixture fx;

  @BeforeAll
  static void start() throws Exception {
    fx = new RuntimeFixture();
  }

  @AfterAll
  static void stop() {
    assertThat(fx.runtime.allocator().getAllocatedMemory()).isZero();
    fx.close();
  }

  /** input type, input value, expected output type, expected output value. */
  record Case(SqlType in, Object value, String outType, Object out) {}

  static final UUID GUID = UUID.fromString("6f9619ff-8b86-d011-b42d-00c04fc964ff");
  static final byte[] BYTES = {0, (byte) 0xff, 7};

  static List<Case> cases() {
    return List.of(
        new Case(SqlType.of(TypeId.TINYINT), 255, "tinyint", 255),
        new Case(SqlType.of(TypeId.SMALLINT), -32768, "smallint", -32768),
        new Case(SqlType.of(TypeId.INT), Integer.MIN_VALUE, "int", Integer.MIN_VALUE),
        new Case(SqlType.of(TypeId.BIGINT), 9007199254740993L, "bigint", 9007199254740993L),
        new Case(SqlType.of(TypeId.BIT), true, "bit", true),
        new Case(SqlType.decimal(38, 10), new BigDecimal("1234567890123456789012345678.0123456789"), "decimal(38,10)", new BigDecimal("1234567890123456789012345678.0123456789")),
        new Case(new SqlType(TypeId.NUMERIC, 0, 5, 2), new BigDecimal("-123.45"), "decimal(38,2)", new BigDecimal("-123.45")),
        new Case(SqlType.of(TypeId.MONEY), new BigDecimal("922337203685477.5807"), "decimal(38,4)", new BigDecimal("922337203685477.5807")),
        new Case(SqlType.of(TypeId.SMALLMONEY), new BigDecimal("-214748.3648"), "decimal(38,4)", new BigDecimal("-214748.3648")),
        new Case(SqlType.of(TypeId.REAL), 1.5f, "real", 1.5f),
        new Case(SqlType.of(TypeId.FLOAT), 0.1, "float", 0.1),
        new Case(SqlType.ofLength(TypeId.CHAR, 3), "abc", "nvarchar(max)", "abc"),
        new Case(SqlType.ofLength(TypeId.VARCHAR, 10), "plain", "nvarchar(max)", "plain"),
        new Case(SqlType.ofLength(TypeId.NCHAR, 2), "жж", "nvarchar(max)", "жж"),
        new Case(SqlType.ofLength(TypeId.NVARCHAR, SqlType.MAX), "日本語 ✓ 😀", "nvarchar(max)", "日本語 ✓ 😀"),
        new Case(SqlType.of(TypeId.TEXT), "text", "nvarchar(max)", "text"),
        new Case(SqlType.of(TypeId.NTEXT), "ntext", "nvarchar(max)", "ntext"),
        new Case(SqlType.of(TypeId.XML), "<a/>", "nvarchar(max)", "<a/>"),
        new Case(SqlType.of(TypeId.UNIQUEIDENTIFIER), GUID, "nvarchar(max)", "6F9619FF-8B86-D011-B42D-00C04FC964FF"),
        new Case(SqlType.ofLength(TypeId.BINARY, 3), BYTES, "varbinary(max)", BYTES),
        new Case(SqlType.ofLength(TypeId.VARBINARY, SqlType.MAX), "x".repeat(10_000).getBytes(StandardCharsets.US_ASCII), "varbinary(max)", "x".repeat(10_000).getBytes(StandardCharsets.US_ASCII)),
        new Case(SqlType.of(TypeId.IMAGE), BYTES, "varbinary(max)", BYTES),
        new Case(SqlType.of(TypeId.DATE), LocalDate.of(1, 1, 1), "date", LocalDate.of(1, 1, 1)),
        new Case(SqlType.withScale(TypeId.TIME, 7), LocalTime.of(23, 59, 59, 999_999_900), "time(6)", LocalTime.of(23, 59, 59, 999_999_000)),
        new Case(SqlType.of(TypeId.DATETIME), LocalDateTime.of(1753, 1, 1, 0, 0, 0, 3_000_000), "datetime2(6)", LocalDateTime.of(1753, 1, 1, 0, 0, 0, 3_000_000)),
        new Case(SqlType.of(TypeId.SMALLDATETIME), LocalDateTime.of(2079, 6, 6, 23, 59), "datetime2(6)", LocalDateTime.of(2079, 6, 6, 23, 59)),
        new Case(SqlType.withScale(TypeId.DATETIME2, 7), LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_900), "datetime2(6)", LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000)),
        new Case(SqlType.withScale(TypeId.DATETIMEOFFSET, 7), OffsetDateTime.of(2024, 2, 29, 12, 0, 0, 0, ZoneOffset.ofHours(2)), "datetimeoffset(6)", OffsetDateTime.of(2024, 2, 29, 10, 0, 0, 0, ZoneOffset.UTC)));
  }

  @Test
  void everyTypeWithNullsRoundTripsThroughPandas() {
    List<Case> cases = cases();
    List<ExternalColumn> cols = new ArrayList<>();
    Object[] values = new Object[cases.size()];
    for (int i = 0; i < cases.size(); i++) {
      cols.add(new ExternalColumn("c" + i, cases.get(i).in()));
      values[i] = cases.get(i).value();
    }
    List<Object[]> rows = List.of(values, new Object[cases.size()]);
    CollectingSink sink = new CollectingSink();
    fx.runtime.execute(ExternalScriptRequest.builder("Python", "OutputDataSet = InputDataSet", "alice").input(RowSource.of(cols, rows)).build(), sink);
    assertThat(sink.rows).hasSize(2);
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      assertThat(SqlTypeText.format(sink.columns.get(i).type())).as("type of %s", c.in()).isEqualTo(c.outType());
      assertThat(sink.rows.get(0)[i]).as("value of %s", c.in()).isEqualTo(c.out());
      assertThat(sink.rows.get(1)[i]).as("NULL of %s", c.in()).isNull();
    }
  }

  @Test
  void nullableIntegersBitsAndStringsKeepExactValuesInPandas() {
    List<ExternalColumn> cols = List.of(new ExternalColumn("b", SqlType.of(TypeId.BIGINT)), new ExternalColumn("t", SqlType.of(TypeId.BIT)), new ExternalColumn("s", SqlType.ofLength(TypeId.NVARCHAR, 5)));
    List<Object[]> rows = List.of(new Object[] {9007199254740993L, true, "a"}, new Object[] {null, null, null});
    CollectingSink sink = new CollectingSink();
    String script = "print([str(t) for t in InputDataSet.dtypes])\nprint(InputDataSet.b[0] == 9007199254740993, InputDataSet.s[1] is None)";
    fx.runtime.execute(ExternalScriptRequest.builder("Python", script, "alice").input(RowSource.of(cols, rows)).build(), sink);
    assertThat(sink.stdout).isEqualTo("['Int64', 'boolean', 'object']\nTrue True\n");
  }

  @Test
  void everyTypeTravelsAsAParameterAndBackAsAnOutputParameter() {
    List<ExternalParameter> params = new ArrayList<>();
    List<Case> cases = cases();
    for (int i = 0; i < cases.size(); i++) {
      params.add(new ExternalParameter("@p" + i, cases.get(i).in(), cases.get(i).value(), true));
    }
    params.add(new ExternalParameter("@nul", SqlType.of(TypeId.INT), null, true));
    CollectingSink sink = new CollectingSink();
    fx.runtime.execute(ExternalScriptRequest.builder("Python", "p0 = p0 - 1\nnul = None", "alice").parameters(params).build(), sink);
    assertThat(sink.outputParameters.get("@p0")).isEqualTo(254);
    for (int i = 1; i < cases.size(); i++) {
      Case c = cases.get(i);
      Object expected = c.in().id() == TypeId.DECIMAL || c.in().id() == TypeId.NUMERIC || c.in().id() == TypeId.MONEY || c.in().id() == TypeId.SMALLMONEY ? c.value() : c.out();
      if (c.in().id() == TypeId.UNIQUEIDENTIFIER) {
        expected = GUID;
      }
      if (c.in().id() == TypeId.DATETIMEOFFSET) {
        expected = c.out();
      }
      assertThat(sink.outputParameters.get("@p" + i)).as("parameter of %s", c.in()).isEqualTo(expected);
    }
    assertThat(sink.outputParameters).containsEntry("@nul", null);
  }

  @Test
  void decimalsAreExactInBothDirections() {
    List<ExternalColumn> cols = List.of(new ExternalColumn("d", SqlType.decimal(38, 18)));
    List<Object[]> rows = List.<Object[]>of(new Object[] {new BigDecimal("12345678901234567890.123456789012345678")});
    CollectingSink sink = new CollectingSink();
    String script = "from decimal import Decimal\nd = InputDataSet.d[0]\nprint(type(d).__name__, d)\nOutputDataSet = pandas.DataFrame({'x': [d * 2, Decimal('0.1') + Decimal('0.2')]})";
    fx.runtime.execute(ExternalScriptRequest.builder("Python", script, "alice").input(RowSource.of(cols, rows)).build(), sink);
    assertThat(sink.stdout).isEqualTo("Decimal 12345678901234567890.123456789012345678\n");
    assertThat(sink.rows.get(0)[0]).isEqualTo(new BigDecimal("24691357802469135780.246913578024691356"));
    assertThat(((BigDecimal) sink.rows.get(1)[0]).compareTo(new BigDecimal("0.3"))).isZero();
  }
}
