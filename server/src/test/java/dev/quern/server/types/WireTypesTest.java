package dev.quern.server.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.SqlVariant;
import dev.quern.tds.type.Collation;
import dev.quern.tds.type.TdsDataType;
import dev.quern.tds.type.TdsValueCodec;
import dev.quern.tds.type.TdsVersion;
import dev.quern.tds.type.TypeInfo;
import dev.quern.tds.type.UdtInfo;
import dev.quern.tds.type.VariantValue;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WireTypesTest {
  private static final int V71 = TdsVersion.V7_1;
  private static final int V72 = TdsVersion.V7_2;
  private static final int V74 = TdsVersion.V7_4;

  private static final LocalDateTime AT = LocalDateTime.of(2024, 1, 15, 12, 34, 56, 123_456_700);

  @Test
  void sendsFixedTypesForNotNullAndNTypesForNullableColumns() {
    assertThat(info(TypeId.INT, false)).isEqualTo(TypeInfo.fixed(TdsDataType.INT4));
    assertThat(info(TypeId.INT, true)).isEqualTo(TypeInfo.intN(4));
    assertThat(info(TypeId.TINYINT, true)).isEqualTo(TypeInfo.intN(1));
    assertThat(info(TypeId.SMALLINT, false)).isEqualTo(TypeInfo.fixed(TdsDataType.INT2));
    assertThat(info(TypeId.BIGINT, true)).isEqualTo(TypeInfo.intN(8));
    assertThat(info(TypeId.BIT, true)).isEqualTo(TypeInfo.bitN());
    assertThat(info(TypeId.BIT, false)).isEqualTo(TypeInfo.fixed(TdsDataType.BIT));
    assertThat(info(TypeId.REAL, true)).isEqualTo(TypeInfo.fltN(4));
    assertThat(info(TypeId.FLOAT, false)).isEqualTo(TypeInfo.fixed(TdsDataType.FLT8));
    assertThat(info(TypeId.MONEY, true)).isEqualTo(TypeInfo.moneyN(8));
    assertThat(info(TypeId.SMALLMONEY, false)).isEqualTo(TypeInfo.fixed(TdsDataType.MONEY4));
    assertThat(info(TypeId.DATETIME, true)).isEqualTo(TypeInfo.datetimeN(8));
    assertThat(info(TypeId.SMALLDATETIME, true)).isEqualTo(TypeInfo.datetimeN(4));
    assertThat(info(TypeId.UNIQUEIDENTIFIER, false)).isEqualTo(TypeInfo.guid());
    assertThat(info(TypeId.SQL_VARIANT, true)).isEqualTo(TypeInfo.sqlVariant());
  }

  @Test
  void describesLengthsPrecisionAndScale() {
    assertThat(WireTypes.typeInfo(SqlType.decimal(18, 4), false, V74))
        .isEqualTo(TypeInfo.decimalN(18, 4));
    assertThat(WireTypes.typeInfo(new SqlType(TypeId.NUMERIC, 0, 38, 0), true, V74))
        .isEqualTo(TypeInfo.numericN(38, 0));
    assertThat(WireTypes.typeInfo(SqlType.ofLength(TypeId.NVARCHAR, 20), true, V74))
        .isEqualTo(TypeInfo.nvarchar(20));
    assertThat(WireTypes.typeInfo(SqlType.ofLength(TypeId.NVARCHAR, 20), true, V74).maxLength())
        .isEqualTo(40);
    assertThat(WireTypes.typeInfo(SqlType.ofLength(TypeId.VARCHAR, 30), true, V74))
        .isEqualTo(TypeInfo.varchar(30, Collation.DEFAULT));
    assertThat(WireTypes.typeInfo(SqlType.ofLength(TypeId.CHAR, 3), true, V74))
        .isEqualTo(TypeInfo.charType(3, Collation.DEFAULT));
    assertThat(WireTypes.typeInfo(SqlType.ofLength(TypeId.BINARY, 8), true, V74))
        .isEqualTo(TypeInfo.binary(8));
    assertThat(WireTypes.typeInfo(SqlType.withScale(TypeId.TIME, 3), true, V74))
        .isEqualTo(TypeInfo.time(3));
    assertThat(WireTypes.typeInfo(SqlType.withScale(TypeId.DATETIME2, 7), true, V74))
        .isEqualTo(TypeInfo.datetime2(7));
    assertThat(WireTypes.typeInfo(SqlType.withScale(TypeId.DATETIMEOFFSET, 0), true, V74))
        .isEqualTo(TypeInfo.datetimeOffset(0));
    assertThat(WireTypes.typeInfo(SqlType.of(TypeId.DATE), true, V74)).isEqualTo(TypeInfo.date());
  }

  @Test
  void sendsHierarchyIdAsTheClrTypeFromTds72AndAsImageBefore() {
    TypeInfo udt = WireTypes.typeInfo(SqlType.of(TypeId.HIERARCHYID), true, V72);
    assertThat(udt.type()).isEqualTo(TdsDataType.UDT);
    assertThat(udt.maxLength()).isEqualTo(892);
    assertThat(udt.udt().typeName()).isEqualTo("hierarchyid");
    assertThat(udt.udt().assemblyQualifiedName()).startsWith("Microsoft.SqlServer.Types.SqlHierarchyId, ");
    assertThat(WireTypes.typeInfo(SqlType.of(TypeId.HIERARCHYID), true, V71)).isEqualTo(TypeInfo.image());
  }

  @Test
  void takesTheSystemClrTypesAsParametersAndRefusesOtherClrTypes() {
    assertThat(WireTypes.sqlType(TypeInfo.udt(TypeInfo.MAX_LENGTH, new UdtInfo("", "sys", "HierarchyId", null))))
        .isEqualTo(SqlType.of(TypeId.HIERARCHYID));
    assertThat(WireTypes.sqlType(TypeInfo.udt(TypeInfo.MAX_LENGTH, new UdtInfo("", "sys", "geometry", null))))
        .isEqualTo(SqlType.of(TypeId.GEOMETRY));
    assertThat(WireTypes.sqlType(TypeInfo.udt(TypeInfo.MAX_LENGTH, new UdtInfo("", "sys", "Geography", null))))
        .isEqualTo(SqlType.of(TypeId.GEOGRAPHY));
    TypeInfo userType = TypeInfo.udt(TypeInfo.MAX_LENGTH, new UdtInfo("", "dbo", "Money2", null));
    assertThatThrownBy(() -> WireTypes.sqlType(userType))
        .isInstanceOf(dev.quern.tds.TdsProtocolException.class);
  }

  @Test
  void sendsGeometryAndGeographyAsUdtFromTds72AndAsImageBefore() {
    TypeInfo udt = WireTypes.typeInfo(SqlType.of(TypeId.GEOGRAPHY), true, V72);
    assertThat(udt.type()).isEqualTo(TdsDataType.UDT);
    assertThat(udt.udt().typeName()).isEqualTo("geography");
    assertThat(udt.udt().assemblyQualifiedName()).startsWith("Microsoft.SqlServer.Types.SqlGeography, ");
    assertThat(WireTypes.typeInfo(SqlType.of(TypeId.GEOMETRY), true, V72).udt().typeName()).isEqualTo("geometry");
    assertThat(WireTypes.typeInfo(SqlType.of(TypeId.GEOMETRY), true, V71)).isEqualTo(TypeInfo.image());
  }

  @Test
  void sendsMaxTypesAsPlpFromTds72AndAsTextTypesBefore() {
    assertThat(WireTypes.typeInfo(SqlType.ofLength(TypeId.NVARCHAR, SqlType.MAX), true, V72))
        .isEqualTo(TypeInfo.nvarchar(-1));
    assertThat(WireTypes.typeInfo(SqlType.ofLength(TypeId.VARCHAR, SqlType.MAX), true, V74))
        .isEqualTo(TypeInfo.varchar(-1, Collation.DEFAULT));
    assertThat(WireTypes.typeInfo(SqlType.ofLength(TypeId.VARBINARY, SqlType.MAX), true, V74))
        .isEqualTo(TypeInfo.varbinary(-1));
    assertThat(WireTypes.typeInfo(SqlType.ofLength(TypeId.XML, SqlType.MAX), true, V74))
        .isEqualTo(TypeInfo.xml());
    assertThat(WireTypes.typeInfo(SqlType.ofLength(TypeId.NVARCHAR, SqlType.MAX), true, V71))
        .isEqualTo(TypeInfo.ntext());
    assertThat(WireTypes.typeInfo(SqlType.ofLength(TypeId.VARCHAR, SqlType.MAX), true, V71))
        .isEqualTo(TypeInfo.text(Collation.DEFAULT));
    assertThat(WireTypes.typeInfo(SqlType.ofLength(TypeId.VARBINARY, SqlType.MAX), true, V71))
        .isEqualTo(TypeInfo.image());
    assertThat(WireTypes.typeInfo(SqlType.ofLength(TypeId.XML, SqlType.MAX), true, V71))
        .isEqualTo(TypeInfo.ntext());
    assertThat(WireTypes.typeInfo(SqlType.ofLength(TypeId.NVARCHAR, 10), true, V71))
        .isEqualTo(TypeInfo.nvarchar(10));
  }

  @Test
  void sendsDateAndTimeTypesAsStringsBeforeTds73() {
    assertThat(WireTypes.typeInfo(SqlType.of(TypeId.DATE), true, V72)).isEqualTo(TypeInfo.nvarchar(10));
    assertThat(WireTypes.typeInfo(SqlType.withScale(TypeId.TIME, 7), true, V71))
        .isEqualTo(TypeInfo.nvarchar(16));
    assertThat(WireTypes.typeInfo(SqlType.withScale(TypeId.TIME, 0), true, V71))
        .isEqualTo(TypeInfo.nvarchar(8));
    assertThat(WireTypes.typeInfo(SqlType.withScale(TypeId.DATETIME2, 7), true, V71))
        .isEqualTo(TypeInfo.nvarchar(27));
    assertThat(WireTypes.typeInfo(SqlType.withScale(TypeId.DATETIME2, 3), true, V71))
        .isEqualTo(TypeInfo.nvarchar(23));
    assertThat(WireTypes.typeInfo(SqlType.withScale(TypeId.DATETIMEOFFSET, 7), true, V71))
        .isEqualTo(TypeInfo.nvarchar(34));
    assertThat(WireTypes.typeInfo(SqlType.of(TypeId.DATETIME), true, V71))
        .isEqualTo(TypeInfo.datetimeN(8));

    assertThat(WireTypes.toWire(LocalDate.of(1, 1, 1), SqlType.of(TypeId.DATE), V71))
        .isEqualTo("0001-01-01");
    assertThat(WireTypes.toWire(AT.toLocalTime(), SqlType.withScale(TypeId.TIME, 7), V71))
        .isEqualTo("12:34:56.1234567");
    assertThat(WireTypes.toWire(AT.toLocalTime().withNano(0), SqlType.withScale(TypeId.TIME, 0), V72))
        .isEqualTo("12:34:56");
    assertThat(WireTypes.toWire(AT.withNano(123_000_000), SqlType.withScale(TypeId.DATETIME2, 3), V71))
        .isEqualTo("2024-01-15 12:34:56.123");
    assertThat(
            WireTypes.toWire(
                OffsetDateTime.of(AT, ZoneOffset.ofHoursMinutes(-5, -30)),
                SqlType.withScale(TypeId.DATETIMEOFFSET, 7),
                V71))
        .isEqualTo("2024-01-15 12:34:56.1234567 -05:30");
    assertThat(
            WireTypes.toWire(
                OffsetDateTime.of(AT.withNano(0), ZoneOffset.ofHours(2)),
                SqlType.withScale(TypeId.DATETIMEOFFSET, 0),
                V71))
        .isEqualTo("2024-01-15 12:34:56 +02:00");
    // datetime and smalldatetime keep their own types for every version.
    assertThat(WireTypes.toWire(AT, SqlType.of(TypeId.DATETIME), V71)).isEqualTo(AT);
  }

  @Test
  void passesModernValuesThroughUntouched() {
    assertThat(WireTypes.toWire(AT, SqlType.withScale(TypeId.DATETIME2, 7), V74)).isSameAs(AT);
    BigDecimal d = new BigDecimal("1.50");
    assertThat(WireTypes.toWire(d, SqlType.decimal(5, 2), V74)).isSameAs(d);
    assertThat(WireTypes.toWire(null, SqlType.of(TypeId.INT), V71)).isNull();
  }

  @Test
  void describesSqlVariantBaseTypesAsSqlServer() {
    assertThat(variant(SqlType.of(TypeId.INT), 5, V74))
        .isEqualTo(new VariantValue(TypeInfo.fixed(TdsDataType.INT4), 5));
    assertThat(variant(SqlType.ofLength(TypeId.NVARCHAR, 128), "x", V74))
        .isEqualTo(new VariantValue(TypeInfo.nvarchar(128), "x"));
    assertThat(variant(SqlType.decimal(10, 2), new BigDecimal("1.25"), V74))
        .isEqualTo(new VariantValue(TypeInfo.decimalN(10, 2), new BigDecimal("1.25")));
    assertThat(variant(SqlType.of(TypeId.DATETIME), AT, V74))
        .isEqualTo(new VariantValue(TypeInfo.fixed(TdsDataType.DATETIME), AT));
    assertThat(variant(SqlType.of(TypeId.DATE), LocalDate.of(2024, 1, 15), V71))
        .isEqualTo(new VariantValue(TypeInfo.nvarchar(10), "2024-01-15"));
    assertThatThrownBy(() -> variant(SqlType.ofLength(TypeId.NVARCHAR, SqlType.MAX), "x", V74))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void mapsParameterTypesBackToSqlTypes() {
    assertThat(WireTypes.sqlType(TypeInfo.intN(1))).isEqualTo(SqlType.of(TypeId.TINYINT));
    assertThat(WireTypes.sqlType(TypeInfo.intN(8))).isEqualTo(SqlType.of(TypeId.BIGINT));
    assertThat(WireTypes.sqlType(TypeInfo.fixed(TdsDataType.INT4))).isEqualTo(SqlType.of(TypeId.INT));
    assertThat(WireTypes.sqlType(TypeInfo.fltN(4))).isEqualTo(SqlType.of(TypeId.REAL));
    assertThat(WireTypes.sqlType(TypeInfo.moneyN(4))).isEqualTo(SqlType.of(TypeId.SMALLMONEY));
    assertThat(WireTypes.sqlType(TypeInfo.datetimeN(4))).isEqualTo(SqlType.of(TypeId.SMALLDATETIME));
    assertThat(WireTypes.sqlType(TypeInfo.decimalN(38, 6))).isEqualTo(SqlType.decimal(38, 6));
    assertThat(WireTypes.sqlType(TypeInfo.nvarchar(4000)))
        .isEqualTo(SqlType.ofLength(TypeId.NVARCHAR, 4000));
    assertThat(WireTypes.sqlType(TypeInfo.nvarchar(-1)))
        .isEqualTo(SqlType.ofLength(TypeId.NVARCHAR, SqlType.MAX));
    assertThat(WireTypes.sqlType(TypeInfo.nvarchar(0))).isEqualTo(SqlType.ofLength(TypeId.NVARCHAR, 1));
    assertThat(WireTypes.sqlType(TypeInfo.varbinary(-1)))
        .isEqualTo(SqlType.ofLength(TypeId.VARBINARY, SqlType.MAX));
    assertThat(WireTypes.sqlType(TypeInfo.ntext())).isEqualTo(SqlType.of(TypeId.NTEXT));
    assertThat(WireTypes.sqlType(TypeInfo.xml())).isEqualTo(SqlType.ofLength(TypeId.XML, SqlType.MAX));
    assertThat(WireTypes.sqlType(TypeInfo.nullType())).isEqualTo(SqlType.of(TypeId.INT));
    assertThat(WireTypes.sqlType(TypeInfo.time(5))).isEqualTo(SqlType.withScale(TypeId.TIME, 5));
  }

  @Test
  void turnsVariantParametersIntoCatalogVariants() {
    Object value = WireTypes.fromWire(new VariantValue(TypeInfo.fixed(TdsDataType.INT8), 7L), TypeInfo.sqlVariant());
    assertThat(value).isEqualTo(new SqlVariant(SqlType.of(TypeId.BIGINT), 7L));
    assertThat(WireTypes.fromWire("x", TypeInfo.nvarchar(1))).isEqualTo("x");
    assertThat(WireTypes.fromWire(null, TypeInfo.nvarchar(1))).isNull();
  }

  @Test
  void padsFixedLengthParametersSentShorterThanTheirTypeInfo() {
    // tedious: TYPES.Char {length: 4} 'ab' is BIGCHAR max 4 with two bytes of data.
    TypeInfo char4 = TypeInfo.charType(4, Collation.DEFAULT);
    ByteBuf ab = Unpooled.wrappedBuffer(new byte[] {2, 0, 'a', 'b'});
    assertThat(WireTypes.fromWire(TdsValueCodec.decodeParameter(ab, char4, V74), char4)).isEqualTo("ab  ");
    TypeInfo nchar3 = TypeInfo.nchar(3);
    ByteBuf zh = Unpooled.wrappedBuffer(new byte[] {2, 0, 0x36, 0x04});
    assertThat(WireTypes.fromWire(TdsValueCodec.decodeParameter(zh, nchar3, V74), nchar3)).isEqualTo("ж  ");
    TypeInfo binary3 = TypeInfo.binary(3);
    ByteBuf one = Unpooled.wrappedBuffer(new byte[] {1, 0, 7});
    assertThat(WireTypes.fromWire(TdsValueCodec.decodeParameter(one, binary3, V74), binary3))
        .isEqualTo(new byte[] {7, 0, 0});
    assertThat(WireTypes.fromWire("abcd", char4)).isEqualTo("abcd");
    assertThat(WireTypes.fromWire(null, char4)).isNull();
  }

  static List<Arguments> engineValues() {
    return List.of(
        Arguments.of(SqlType.of(TypeId.TINYINT), 255),
        Arguments.of(SqlType.of(TypeId.SMALLINT), -32768),
        Arguments.of(SqlType.of(TypeId.INT), Integer.MIN_VALUE),
        Arguments.of(SqlType.of(TypeId.BIGINT), Long.MAX_VALUE),
        Arguments.of(SqlType.of(TypeId.BIT), true),
        Arguments.of(SqlType.decimal(38, 10), new BigDecimal("1234567890123456789012345678.0123456789")),
        Arguments.of(new SqlType(TypeId.NUMERIC, 0, 9, 2), new BigDecimal("-1234567.89")),
        Arguments.of(SqlType.of(TypeId.MONEY), new BigDecimal("-922337203685477.5808")),
        Arguments.of(SqlType.of(TypeId.SMALLMONEY), new BigDecimal("214748.3647")),
        Arguments.of(SqlType.of(TypeId.REAL), 1.5f),
        Arguments.of(SqlType.of(TypeId.FLOAT), -2.25e300),
        Arguments.of(SqlType.ofLength(TypeId.CHAR, 3), "abc"),
        Arguments.of(SqlType.ofLength(TypeId.VARCHAR, 10), "café"),
        Arguments.of(SqlType.ofLength(TypeId.VARCHAR, SqlType.MAX), "long"),
        Arguments.of(SqlType.ofLength(TypeId.NCHAR, 2), "日本"),
        Arguments.of(SqlType.ofLength(TypeId.NVARCHAR, 10), "név"),
        Arguments.of(SqlType.ofLength(TypeId.NVARCHAR, SqlType.MAX), "max ✓"),
        Arguments.of(SqlType.of(TypeId.TEXT), "text"),
        Arguments.of(SqlType.of(TypeId.NTEXT), "ntext ✓"),
        Arguments.of(SqlType.ofLength(TypeId.BINARY, 2), new byte[] {1, 2}),
        Arguments.of(SqlType.ofLength(TypeId.VARBINARY, SqlType.MAX), new byte[] {3}),
        Arguments.of(SqlType.of(TypeId.IMAGE), new byte[] {4, 5}),
        Arguments.of(SqlType.of(TypeId.DATE), LocalDate.of(9999, 12, 31)),
        Arguments.of(SqlType.withScale(TypeId.TIME, 7), LocalTime.of(23, 59, 59, 999_999_900)),
        Arguments.of(SqlType.withScale(TypeId.DATETIME2, 7), AT),
        Arguments.of(SqlType.withScale(TypeId.DATETIMEOFFSET, 7), OffsetDateTime.of(AT, ZoneOffset.ofHours(14))),
        Arguments.of(SqlType.of(TypeId.DATETIME), LocalDateTime.of(1753, 1, 1, 0, 0, 0, 3_000_000)),
        Arguments.of(SqlType.of(TypeId.SMALLDATETIME), LocalDateTime.of(2079, 6, 6, 23, 59)),
        Arguments.of(SqlType.of(TypeId.UNIQUEIDENTIFIER), UUID.randomUUID()),
        Arguments.of(SqlType.ofLength(TypeId.XML, SqlType.MAX), "<r/>"),
        Arguments.of(SqlType.of(TypeId.SQL_VARIANT), new SqlVariant(SqlType.of(TypeId.INT), 42)),
        Arguments.of(SqlType.of(TypeId.SQL_VARIANT), new SqlVariant(SqlType.ofLength(TypeId.NVARCHAR, 20), "v")),
        Arguments.of(SqlType.of(TypeId.SQL_VARIANT), new SqlVariant(SqlType.decimal(5, 2), new BigDecimal("1.50"))),
        Arguments.of(SqlType.of(TypeId.SQL_VARIANT), new SqlVariant(SqlType.of(TypeId.DATETIME), AT.withNano(0))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engineValues")
  void engineValuesSurviveTheWireUnchanged(SqlType type, Object value) {
    for (int version : new int[] {V74, TdsVersion.V7_3B, V72, V71}) {
      for (boolean nullable : new boolean[] {true, false}) {
        TypeInfo info = WireTypes.typeInfo(type, nullable, version);
        Object back = WireTypes.fromWire(roundTrip(info, WireTypes.toWire(value, type, version), version), info);
        // Before 7.3 date/time values come back as the strings the client saw.
        Object expected =
            TdsVersion.atLeast73(version) || value instanceof SqlVariant
                ? value
                : WireTypes.toWire(value, type, version);
        assertThat(back).as("%s under %s", type, TdsVersion.name(version)).isEqualTo(expected);
      }
    }
    TypeInfo modern = WireTypes.typeInfo(type, true, V74);
    if (type.id() != TypeId.SQL_VARIANT) {
      assertThat(WireTypes.sqlType(modern).id()).isEqualTo(type.id());
    }
  }

  private static Object roundTrip(TypeInfo info, Object wire, int version) {
    ByteBuf buf = Unpooled.buffer();
    try {
      TdsValueCodec.encode(buf, info, wire, version);
      Object decoded = TdsValueCodec.decode(buf, info, version);
      assertThat(buf.readableBytes()).isZero();
      return decoded;
    } finally {
      buf.release();
    }
  }

  private static TypeInfo info(TypeId id, boolean nullable) {
    return WireTypes.typeInfo(SqlType.of(id), nullable, V74);
  }

  private static Object variant(SqlType base, Object value, int version) {
    return WireTypes.toWire(new SqlVariant(base, value), SqlType.of(TypeId.SQL_VARIANT), version);
  }
}
