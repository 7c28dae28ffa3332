package dev.quern.tds.type;

import static dev.quern.tds.type.WireFixtures.assertEveryPrefixRejected;
import static dev.quern.tds.type.WireFixtures.decodeAll;
import static dev.quern.tds.type.WireFixtures.encoded;
import static dev.quern.tds.type.WireFixtures.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.tds.TdsProtocolException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TdsValueCodecTest {
  private static final int V74 = TdsVersion.V7_4;

  static List<Arguments> values() {
    List<Arguments> a = new ArrayList<>();
    add(a, TypeInfo.intN(1), 0, 255, null);
    add(a, TypeInfo.intN(2), (int) Short.MIN_VALUE, (int) Short.MAX_VALUE, null);
    add(a, TypeInfo.intN(4), Integer.MIN_VALUE, Integer.MAX_VALUE, 0, null);
    add(a, TypeInfo.intN(8), Long.MIN_VALUE, Long.MAX_VALUE, null);
    add(a, TypeInfo.fixed(TdsDataType.INT1), 255);
    add(a, TypeInfo.fixed(TdsDataType.INT2), -1);
    add(a, TypeInfo.fixed(TdsDataType.INT4), 42);
    add(a, TypeInfo.fixed(TdsDataType.INT8), Long.MIN_VALUE);
    add(a, TypeInfo.bitN(), true, false, null);
    add(a, TypeInfo.fixed(TdsDataType.BIT), true);
    add(a, TypeInfo.fltN(4), 1.5f, Float.MAX_VALUE, -0.0f, null);
    add(a, TypeInfo.fltN(8), Math.PI, -Double.MAX_VALUE, Double.MIN_VALUE, null);
    add(a, TypeInfo.fixed(TdsDataType.FLT8), 2.5);
    add(a, TypeInfo.moneyN(8), money("922337203685477.5807"), money("-922337203685477.5808"), null);
    add(a, TypeInfo.moneyN(8), money("1.2345"), money("-0.0001"), money("0.0000"));
    add(a, TypeInfo.moneyN(4), money("214748.3647"), money("-214748.3648"), null);
    add(a, TypeInfo.fixed(TdsDataType.MONEY), money("12.5000"));
    add(a, TypeInfo.decimalN(38, 0), new BigDecimal("99999999999999999999999999999999999999"));
    add(a, TypeInfo.decimalN(38, 0), new BigDecimal("-99999999999999999999999999999999999999"));
    add(a, TypeInfo.decimalN(38, 38), new BigDecimal("0.99999999999999999999999999999999999999"));
    add(a, TypeInfo.decimalN(38, 10), new BigDecimal("-1234567890123456789012345678.0123456789"));
    add(a, TypeInfo.decimalN(5, 2), new BigDecimal("123.45"), new BigDecimal("-999.99"), null);
    add(a, TypeInfo.numericN(19, 4), new BigDecimal("123456789012345.6789"), null);
    add(a, TypeInfo.numericN(28, 0), new BigDecimal("9999999999999999999999999999"));
    add(a, TypeInfo.decimalN(1, 0), BigDecimal.ZERO, new BigDecimal("-9"));
    add(a, TypeInfo.date(), LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), null);
    add(a, TypeInfo.date(), LocalDate.of(2024, 1, 15), LocalDate.of(1970, 1, 1));
    for (int s = 0; s <= 7; s++) {
      add(a, TypeInfo.time(s), timeAtScale(s), LocalTime.MIDNIGHT, LocalTime.of(23, 59, 59), null);
      add(a, TypeInfo.datetime2(s), LocalDateTime.of(2024, 1, 15, 0, 0).with(timeAtScale(s)));
      add(a, TypeInfo.datetime2(s), LocalDateTime.of(1, 1, 1, 0, 0), null);
      add(a, TypeInfo.datetime2(s), LocalDateTime.of(9999, 12, 31, 23, 59, 59));
      add(
          a,
          TypeInfo.datetimeOffset(s),
          OffsetDateTime.of(LocalDateTime.of(2024, 1, 15, 0, 0).with(timeAtScale(s)), offset(120)),
          OffsetDateTime.of(2000, 2, 29, 23, 30, 0, 0, offset(-840)),
          OffsetDateTime.of(9999, 12, 31, 10, 0, 0, 0, offset(840)),
          null);
    }
    add(a, TypeInfo.datetimeN(8), LocalDateTime.of(1753, 1, 1, 0, 0), null);
    add(a, TypeInfo.datetimeN(8), LocalDateTime.of(9999, 12, 31, 23, 59, 59, 997_000_000));
    add(a, TypeInfo.datetimeN(8), LocalDateTime.of(2024, 1, 15, 12, 34, 56, 790_000_000));
    add(a, TypeInfo.datetimeN(8), LocalDateTime.of(1900, 1, 1, 0, 0, 0, 3_000_000));
    add(a, TypeInfo.datetimeN(4), LocalDateTime.of(1900, 1, 1, 0, 0), null);
    add(a, TypeInfo.datetimeN(4), LocalDateTime.of(2079, 6, 6, 23, 59));
    add(a, TypeInfo.fixed(TdsDataType.DATETIME), LocalDateTime.of(2001, 2, 3, 4, 5, 6, 7_000_000));
    add(a, TypeInfo.fixed(TdsDataType.DATETIM4), LocalDateTime.of(2001, 2, 3, 4, 5));
    add(a, TypeInfo.guid(), UUID.fromString("6F9619FF-8B86-D011-B42D-00C04FC964FF"), null);
    add(a, TypeInfo.guid(), new UUID(-1L, -1L), new UUID(0L, 0L));
    add(a, TypeInfo.nvarchar(10), "", "héllo", "\uD83D\uDE00 emoji", null);
    add(a, TypeInfo.nvarchar(4000), "x".repeat(4000));
    add(a, TypeInfo.nvarchar(2), "\uD800"); // an unpaired surrogate passes through as UCS-2
    add(a, TypeInfo.nchar(3), "abc", null);
    add(a, TypeInfo.varchar(20, Collation.DEFAULT), "", "café €", null);
    add(a, TypeInfo.varchar(8000, Collation.DEFAULT), "y".repeat(8000));
    add(a, TypeInfo.charType(3, Collation.DEFAULT), "abc", null);
    add(a, TypeInfo.varchar(10, new Collation(0x0419 | Collation.IGNORE_CASE, 0)), "привет");
    add(a, TypeInfo.varchar(30, new Collation(0x0409 | Collation.UTF8, 0)), "日本語 ✓");
    add(a, TypeInfo.varbinary(8000), new byte[0], new byte[] {1, 2, (byte) 0xFF}, null);
    add(a, TypeInfo.binary(4), new byte[] {0, 0, 0, 1}, null);
    add(a, TypeInfo.nvarchar(-1), "", "max text ✓", null);
    add(a, TypeInfo.varchar(-1, Collation.DEFAULT), "", "abc", null);
    add(a, TypeInfo.varbinary(-1), new byte[0], new byte[] {9, 8, 7}, null);
    add(a, TypeInfo.xml(), "<a b=\"1\">ü</a>", null);
    add(a, TypeInfo.ntext(), "", "ntext ✓", null);
    add(a, TypeInfo.text(Collation.DEFAULT), "text", null);
    add(a, TypeInfo.image(), new byte[] {1, 2, 3}, null);
    add(a, TypeInfo.sqlVariant(), (Object) null);
    add(a, TypeInfo.sqlVariant(), new VariantValue(TypeInfo.fixed(TdsDataType.INT4), 5));
    add(a, TypeInfo.sqlVariant(), new VariantValue(TypeInfo.fixed(TdsDataType.INT8), -5L));
    add(a, TypeInfo.sqlVariant(), new VariantValue(TypeInfo.fixed(TdsDataType.INT1), 255));
    add(a, TypeInfo.sqlVariant(), new VariantValue(TypeInfo.fixed(TdsDataType.BIT), true));
    add(a, TypeInfo.sqlVariant(), new VariantValue(TypeInfo.nvarchar(128), "Quern ✓"));
    add(a, TypeInfo.sqlVariant(), new VariantValue(TypeInfo.varchar(10, Collation.DEFAULT), "ab"));
    add(a, TypeInfo.sqlVariant(), new VariantValue(TypeInfo.decimalN(18, 4), money("-3.1416")));
    add(a, TypeInfo.sqlVariant(), new VariantValue(TypeInfo.numericN(38, 0), BigDecimal.TEN));
    add(
        a,
        TypeInfo.sqlVariant(),
        new VariantValue(
            TypeInfo.fixed(TdsDataType.DATETIME), LocalDateTime.of(2024, 1, 15, 12, 34, 56, 790_000_000)));
    add(a, TypeInfo.sqlVariant(), new VariantValue(TypeInfo.datetime2(7), LocalDateTime.of(2024, 1, 15, 1, 2, 3, 4_500)));
    add(a, TypeInfo.sqlVariant(), new VariantValue(TypeInfo.date(), LocalDate.of(2024, 1, 15)));
    add(a, TypeInfo.sqlVariant(), new VariantValue(TypeInfo.time(3), LocalTime.of(1, 2, 3, 4_000_000)));
    add(
        a,
        TypeInfo.sqlVariant(),
        new VariantValue(TypeInfo.datetimeOffset(0), OffsetDateTime.of(2024, 1, 15, 1, 2, 3, 0, offset(-300))));
    add(a, TypeInfo.sqlVariant(), new VariantValue(TypeInfo.guid(), new UUID(1, 2)));
    add(a, TypeInfo.sqlVariant(), new VariantValue(TypeInfo.varbinary(8000), new byte[] {1, 2}));
    add(a, TypeInfo.sqlVariant(), new VariantValue(TypeInfo.fixed(TdsDataType.FLT8), 1.25));
    add(a, TypeInfo.sqlVariant(), new VariantValue(TypeInfo.fixed(TdsDataType.MONEY), money("7.0000")));
    add(a, TypeInfo.nullType(), (Object) null);
    return a;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("values")
  void roundTripsInRowForm(TypeInfo type, Object value) {
    byte[] bytes = encoded(out -> TdsValueCodec.encode(out, type, value, V74));
    assertValue(decodeAll(bytes, in -> TdsValueCodec.decode(in, type, V74)), value);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("values")
  void roundTripsInParameterForm(TypeInfo type, Object value) {
    byte[] bytes = encoded(out -> TdsValueCodec.encodeParameter(out, type, value, V74));
    assertValue(decodeAll(bytes, in -> TdsValueCodec.decodeParameter(in, type, V74)), value);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("values")
  void rejectsEveryTruncation(TypeInfo type, Object value) {
    byte[] bytes = encoded(out -> TdsValueCodec.encode(out, type, value, V74));
    assertEveryPrefixRejected(bytes, in -> TdsValueCodec.decode(in, type, V74));
    byte[] param = encoded(out -> TdsValueCodec.encodeParameter(out, type, value, V74));
    assertEveryPrefixRejected(param, in -> TdsValueCodec.decodeParameter(in, type, V74));
  }

  // ---- exact bytes from the spec and reference examples ------------------------------------

  @Test
  void writesReferenceBytes() {
    assertBytes(TypeInfo.intN(4), 1, "04 01 00 00 00");
    assertBytes(TypeInfo.intN(4), null, "00");
    assertBytes(TypeInfo.intN(1), 255, "01 FF");
    assertBytes(TypeInfo.intN(8), -2L, "08 FE FF FF FF FF FF FF FF");
    assertBytes(TypeInfo.fixed(TdsDataType.INT4), 1, "01 00 00 00");
    assertBytes(TypeInfo.bitN(), true, "01 01");
    assertBytes(TypeInfo.fltN(8), 1.0, "08 00 00 00 00 00 00 F0 3F");
    assertBytes(TypeInfo.moneyN(8), money("1.2345"), "08 00 00 00 00 39 30 00 00");
    assertBytes(TypeInfo.moneyN(4), money("1.2345"), "04 39 30 00 00");
    assertBytes(TypeInfo.moneyN(8), money("-0.0001"), "08 FF FF FF FF FF FF FF FF");
    assertBytes(
        TypeInfo.datetimeN(8),
        LocalDateTime.of(2024, 1, 15, 12, 34, 56, 790_000_000),
        "08 F8 B0 00 00 2D 5A CF 00");
    assertBytes(TypeInfo.datetimeN(4), LocalDateTime.of(1900, 1, 2, 0, 1), "04 01 00 01 00");
    assertBytes(TypeInfo.decimalN(5, 2), new BigDecimal("123.45"), "05 01 39 30 00 00");
    assertBytes(TypeInfo.decimalN(5, 2), new BigDecimal("-123.45"), "05 00 39 30 00 00");
    assertBytes(
        TypeInfo.guid(),
        UUID.fromString("6F9619FF-8B86-D011-B42D-00C04FC964FF"),
        "10 FF 19 96 6F 86 8B 11 D0 B4 2D 00 C0 4F C9 64 FF");
    assertBytes(TypeInfo.date(), LocalDate.of(2024, 1, 15), "03 53 46 0B");
    assertBytes(TypeInfo.date(), LocalDate.of(1, 1, 1), "03 00 00 00");
    assertBytes(TypeInfo.time(7), LocalTime.of(12, 34, 56, 123_456_700), "05 87 EE 97 76 69");
    assertBytes(TypeInfo.time(0), LocalTime.of(0, 0, 1), "03 01 00 00");
    assertBytes(
        TypeInfo.datetime2(7),
        LocalDateTime.of(2024, 1, 15, 12, 34, 56, 123_456_700),
        "08 87 EE 97 76 69 53 46 0B");
    assertBytes(
        TypeInfo.datetimeOffset(7),
        OffsetDateTime.of(2024, 1, 15, 12, 34, 56, 123_456_700, offset(120)),
        "0A 87 1E 0F B3 58 53 46 0B 78 00");
    assertBytes(TypeInfo.nvarchar(10), "ab", "04 00 61 00 62 00");
    assertBytes(TypeInfo.nvarchar(10), null, "FF FF");
    assertBytes(TypeInfo.varchar(10, Collation.DEFAULT), "é€", "02 00 E9 80");
    assertBytes(TypeInfo.varbinary(10), new byte[] {1}, "01 00 01");
    assertBytes(TypeInfo.nvarchar(-1), "ab", "04 00 00 00 00 00 00 00 | 04 00 00 00 61 00 62 00 | 00 00 00 00");
    assertBytes(TypeInfo.nvarchar(-1), "", "00 00 00 00 00 00 00 00 | 00 00 00 00");
    assertBytes(TypeInfo.nvarchar(-1), null, "FF FF FF FF FF FF FF FF");
    assertBytes(TypeInfo.xml(), "<a/>", "08 00 00 00 00 00 00 00 | 08 00 00 00 3C 00 61 00 2F 00 3E 00 | 00 00 00 00");
    assertBytes(TypeInfo.sqlVariant(), new VariantValue(TypeInfo.fixed(TdsDataType.INT4), 5), "06 00 00 00 38 00 05 00 00 00");
    assertBytes(TypeInfo.sqlVariant(), null, "00 00 00 00");
    assertBytes(
        TypeInfo.sqlVariant(),
        new VariantValue(TypeInfo.nvarchar(5), "ab"),
        "0D 00 00 00 E7 07 09 04 D0 00 34 0A 00 61 00 62 00");
    assertBytes(
        TypeInfo.sqlVariant(),
        new VariantValue(TypeInfo.decimalN(5, 2), new BigDecimal("1.00")),
        "09 00 00 00 6A 02 05 02 01 64 00 00 00");
  }

  @Test
  void writesTextPointerFormInRowsAndPlainLengthInParameters() {
    String textPointer = "10" + " 00".repeat(16) + " 00".repeat(8);
    assertThat(encoded(out -> TdsValueCodec.encode(out, TypeInfo.ntext(), "a", V74)))
        .isEqualTo(hex(textPointer + " 02 00 00 00 61 00"));
    assertThat(encoded(out -> TdsValueCodec.encode(out, TypeInfo.image(), null, V74)))
        .isEqualTo(hex("00"));
    assertThat(encoded(out -> TdsValueCodec.encodeParameter(out, TypeInfo.ntext(), "a", V74)))
        .isEqualTo(hex("02 00 00 00 61 00"));
    assertThat(encoded(out -> TdsValueCodec.encodeParameter(out, TypeInfo.text(Collation.DEFAULT), null, V74)))
        .isEqualTo(hex("FF FF FF FF"));
  }

  // ---- datetime rounding --------------------------------------------------------------------

  @Test
  void roundsDatetimeToThreeHundredthsAsSqlServer() {
    assertDatetimeRounds(0, 0);
    assertDatetimeRounds(1, 0);
    assertDatetimeRounds(2, 3);
    assertDatetimeRounds(3, 3);
    assertDatetimeRounds(5, 7);
    assertDatetimeRounds(990, 990);
    assertDatetimeRounds(991, 990);
    assertDatetimeRounds(992, 993);
    assertDatetimeRounds(994, 993);
    assertDatetimeRounds(995, 997);
    assertDatetimeRounds(998, 997);
    LocalDateTime lastMillis = LocalDateTime.of(2024, 1, 15, 23, 59, 59, 999_000_000);
    assertThat(roundTrip(TypeInfo.datetimeN(8), lastMillis))
        .isEqualTo(LocalDateTime.of(2024, 1, 16, 0, 0));
  }

  @Test
  void roundsDatetime2AndSmalldatetimeToTheirPrecision() {
    assertThat(roundTrip(TypeInfo.datetime2(0), LocalDateTime.of(2024, 12, 31, 23, 59, 59, 500_000_000)))
        .isEqualTo(LocalDateTime.of(2025, 1, 1, 0, 0));
    assertThat(roundTrip(TypeInfo.time(3), LocalTime.of(1, 0, 0, 123_456_789)))
        .isEqualTo(LocalTime.of(1, 0, 0, 123_000_000));
    assertThat(roundTrip(TypeInfo.datetimeN(4), LocalDateTime.of(2024, 1, 1, 10, 0, 29, 998_000_000)))
        .isEqualTo(LocalDateTime.of(2024, 1, 1, 10, 0));
    assertThat(roundTrip(TypeInfo.datetimeN(4), LocalDateTime.of(2024, 1, 1, 10, 0, 30)))
        .isEqualTo(LocalDateTime.of(2024, 1, 1, 10, 1));
  }

  // ---- PLP ----------------------------------------------------------------------------------

  @Test
  void roundTripsTenMegabytesOfNvarcharMaxAndVarbinaryMax() {
    StringBuilder sb = new StringBuilder(5 * 1024 * 1024);
    for (int i = 0; sb.length() < 5 * 1024 * 1024; i++) {
      sb.append((char) ('a' + i % 26)).append('é');
    }
    String text = sb.toString(); // 10 MB of UTF-16
    assertThat(roundTrip(TypeInfo.nvarchar(-1), text)).isEqualTo(text);
    byte[] blob = new byte[10 * 1024 * 1024];
    for (int i = 0; i < blob.length; i++) {
      blob[i] = (byte) (i * 31);
    }
    assertThat((byte[]) roundTrip(TypeInfo.varbinary(-1), blob)).isEqualTo(blob);
  }

  @Test
  void readsPlpOfUnknownLengthInManyChunks() {
    byte[] plp = hex("FE FF FF FF FF FF FF FF | 02 00 00 00 61 00 | 04 00 00 00 62 00 63 00 | 00 00 00 00");
    assertThat(decodeValue(plp, TypeInfo.nvarchar(-1)))
        .isEqualTo("abc");
    assertEveryPrefixRejected(plp, in -> TdsValueCodec.decode(in, TypeInfo.nvarchar(-1), V74));
  }

  @Test
  void rejectsPlpWhoseChunksDisagreeWithTheTotal() {
    assertMalformed(TypeInfo.varbinary(-1), "03 00 00 00 00 00 00 00 | 02 00 00 00 01 02 | 00 00 00 00");
  }

  @Test
  void neverTrustsAHugeDeclaredPlpLength() {
    // Declares just under 2 GB, delivers one byte: rejected without a 2 GB allocation.
    assertMalformed(TypeInfo.varbinary(-1), "F7 FF FF 7F 00 00 00 00 | 01 00 00 00 41 | 00 00 00 00");
    // Declares more than the limit.
    assertMalformed(TypeInfo.varbinary(-1), "00 00 00 80 00 00 00 00 | 00 00 00 00");
    // A chunk announcing ~2 GB with one byte behind it is a truncation, not an allocation.
    assertThatThrownBy(() -> decodeValue(hex("FE FF FF FF FF FF FF FF | F0 FF FF 7F 01"), TypeInfo.varbinary(-1)))
        .isInstanceOf(TdsTruncatedException.class);
    // A chunk over the limit by itself.
    assertMalformed(TypeInfo.varbinary(-1), "FE FF FF FF FF FF FF FF | FF FF FF FF 01");
  }

  @Test
  void decodesDecimalsWithShortMagnitudes() {
    // mssql-jdbc: sign + the bytes the value needs, under a TYPE_INFO of 17.
    assertThat(decodeValue(hex("02 01 07"), TypeInfo.decimalN(38, 2))).isEqualTo(new BigDecimal("0.07"));
    assertThat(decodeValue(hex("03 00 39 30"), TypeInfo.numericN(38, 2)))
        .isEqualTo(new BigDecimal("-123.45"));
    // FreeTDS: sign + the bytes precision 10 needs (5).
    assertThat(decodeValue(hex("06 01 39 30 00 00 00"), TypeInfo.numericN(10, 2)))
        .isEqualTo(new BigDecimal("123.45"));
    // Longer than the TYPE_INFO's length is still read (SQL Server does not compare them).
    assertThat(decodeValue(hex("09 01 39 30 00 00 00 00 00 00"), TypeInfo.decimalN(5, 2)))
        .isEqualTo(new BigDecimal("123.45"));
  }

  // ---- malformed values -----------------------------------------------------------------

  @Test
  void rejectsMalformedValues() {
    assertMalformed(TypeInfo.intN(4), "03 01 00 00"); // INTN of 3 bytes
    assertMalformed(TypeInfo.decimalN(5, 2), "05 02 39 30 00 00"); // sign byte 2
    assertMalformed(TypeInfo.decimalN(5, 2), "01 01"); // sign without magnitude
    assertMalformed(TypeInfo.decimalN(38, 0), "12 01" + " 00".repeat(17)); // 17 magnitude bytes
    assertMalformed(TypeInfo.decimalN(38, 0), "11 01" + " FF".repeat(16)); // over 38 digits
    assertMalformed(TypeInfo.time(7), "03 00 00 00"); // length does not match scale
    assertMalformed(TypeInfo.time(0), "03 80 51 01"); // 86400 s
    assertMalformed(TypeInfo.date(), "03 FF FF FF"); // after 9999-12-31
    assertMalformed(TypeInfo.datetimeN(8), "08 00 00 00 00 00 8C 8B 01"); // 25920000 ticks
    assertMalformed(TypeInfo.datetimeN(4), "04 00 00 A0 05"); // minute 1440
    assertMalformed(TypeInfo.datetimeOffset(0), "08 00 00 00 00 00 00 49 03"); // offset +841
    assertMalformed(TypeInfo.nvarchar(10), "03 00 61 00 62"); // odd UTF-16 length
    assertMalformed(TypeInfo.nvarchar(-1), "01 00 00 00 00 00 00 00 01 00 00 00 61 00 00 00 00");
    assertMalformed(TypeInfo.nvarchar(10), "41 1F" + " 00".repeat(8001)); // over 8000 bytes
    assertMalformed(TypeInfo.sqlVariant(), "01 00 00 00 38"); // shorter than its header
    assertMalformed(TypeInfo.sqlVariant(), "06 00 00 00 38 01 05 00 00 00"); // int with a property
    assertMalformed(TypeInfo.sqlVariant(), "06 00 00 00 A5 00 05 00 00 00"); // varbinary without
    assertMalformed(TypeInfo.sqlVariant(), "06 00 00 00 E7 00 05 00 00 00"); // nvarchar w/o props
    assertMalformed(TypeInfo.sqlVariant(), "05 00 00 00 38 00 05 00 00"); // int of 3 bytes
    assertMalformed(TypeInfo.sqlVariant(), "51 1F 00 00" + " 00".repeat(8017)); // over 8016
    assertMalformed(TypeInfo.ntext(), "10" + " 00".repeat(24) + " FE FF FF FF"); // negative length
    assertMalformed(TypeInfo.ntext(), "10" + " 00".repeat(24) + " 03 00 00 00 61 00 62"); // odd
  }

  @Test
  void rejectsValuesThatAreNoInstanceOfTheirType() {
    // Found by TdsFuzzIT: decimal(5,2) holding 5366.33 was taken, then failed as a row value.
    assertInvalidValue(TypeInfo.decimalN(5, 2), "05 01 39 30 08 00", "decimal"); // 5366.33
    assertInvalidValue(TypeInfo.numericN(1, 0), "02 01 0A", "numeric"); // 10
    assertInvalidValue(TypeInfo.fltN(8), "08 00 00 00 00 00 00 F8 7F", "float"); // NaN
    assertInvalidValue(TypeInfo.fltN(4), "04 00 00 80 7F", "real"); // +infinity
  }

  @Test
  void rejectsAValueLongerThanItsTypeInfoAllows() {
    // Found by TdsFuzzIT: an nvarchar of max length 0 carrying 8 bytes was taken, then could not
    // be sent back as the OUTPUT value of its own type.
    assertMalformed(TypeInfo.nvarchar(1), "04 00 61 00 62 00");
    assertMalformed(TypeInfo.varbinary(2), "03 00 01 02 03");
    assertMalformed(TypeInfo.charType(1, Collation.DEFAULT), "02 00 61 62");
    // Found by TdsFuzzIT: INTN(4) with 8 value bytes came back as a bigint in an int's place.
    assertMalformed(TypeInfo.intN(4), "08 05 00 00 00 00 00 00 00");
    assertMalformed(TypeInfo.fltN(4), "08 00 00 00 00 00 00 F0 3F");
    assertMalformed(new TypeInfo(TdsDataType.CHAR, 0, 0, 0, Collation.DEFAULT), "04 61 62 63 64");
    // Decimals are the exception: SQL Server takes any magnitude length up to 16.
    assertThat(decodeValue(hex("09 01 39 30 00 00 00 00 00 00"),
        new TypeInfo(TdsDataType.DECIMALN, 5, 5, 2, null))).isEqualTo(new BigDecimal("123.45"));
  }

  @Test
  void refusesToEncodeValuesThatDoNotFitTheirType() {
    assertUnencodable(TypeInfo.intN(1), 256);
    assertUnencodable(TypeInfo.intN(1), -1);
    assertUnencodable(TypeInfo.intN(2), 40_000);
    assertUnencodable(TypeInfo.intN(4), 1L << 31);
    assertUnencodable(TypeInfo.intN(4), "1");
    assertUnencodable(TypeInfo.decimalN(5, 2), new BigDecimal("1000.00"));
    assertUnencodable(TypeInfo.moneyN(4), new BigDecimal("214748.3648"));
    assertUnencodable(TypeInfo.moneyN(8), new BigDecimal("922337203685477.5808"));
    assertUnencodable(TypeInfo.datetimeN(8), LocalDateTime.of(1752, 12, 31, 0, 0));
    assertUnencodable(TypeInfo.datetimeN(8), LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_000_000));
    assertUnencodable(TypeInfo.datetimeN(4), LocalDateTime.of(2079, 6, 7, 0, 0));
    assertUnencodable(TypeInfo.datetimeOffset(0), OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHoursMinutesSeconds(1, 0, 30)));
    assertUnencodable(TypeInfo.nvarchar(2), "abc");
    assertUnencodable(TypeInfo.fixed(TdsDataType.INT4), null);
    assertUnencodable(TypeInfo.sqlVariant(), new VariantValue(TypeInfo.nvarchar(-1), "x"));
    assertUnencodable(TypeInfo.sqlVariant(), new VariantValue(TypeInfo.ntext(), "x"));
    assertUnencodable(TypeInfo.nullType(), 1);
  }

  @Test
  void undoesAPartialWriteWhenAValueIsTooLong() {
    io.netty.buffer.ByteBuf out = io.netty.buffer.Unpooled.buffer();
    try {
      out.writeByte(0x77);
      assertThatThrownBy(() -> TdsValueCodec.encode(out, TypeInfo.nvarchar(2), "abc", V74))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(out.writerIndex()).isEqualTo(1);
    } finally {
      out.release();
    }
  }

  @Test
  void writesUtf16InBulkAcrossItsScratchBoundary() {
    // 2047 ASCII characters, then a surrogate pair split over the 2048-character boundary.
    String text = "a".repeat(2047) + "\uD83D\uDE00" + "é✓".repeat(400) + "\uDFFF";
    byte[] bytes = encoded(out -> TdsValueCodec.encode(out, TypeInfo.nvarchar(4000), text, V74));
    assertThat(bytes).hasSize(2 + 2 * text.length());
    // The unpaired surrogate at the end passes as its code unit (a charset encoder would replace it).
    assertThat(java.util.Arrays.copyOfRange(bytes, 2, bytes.length - 2))
        .isEqualTo(text.substring(0, text.length() - 1).getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
    assertThat(java.util.Arrays.copyOfRange(bytes, bytes.length - 2, bytes.length))
        .containsExactly(0xFF, 0xDF);
    assertThat(roundTrip(TypeInfo.nvarchar(4000), text)).isEqualTo(text);
    assertThat(roundTrip(TypeInfo.nvarchar(-1), text.repeat(5))).isEqualTo(text.repeat(5));
  }

  @Test
  void writesCommonValuesAtTheirExactLimits() {
    assertBytes(TypeInfo.nvarchar(3), "abc", "06 00 61 00 62 00 63 00");
    assertBytes(TypeInfo.nvarchar(3), "", "00 00");
    assertBytes(TypeInfo.nchar(2), "\u00FF\u0100", "04 00 FF 00 00 01");
    assertBytes(TypeInfo.intN(4), Integer.MIN_VALUE, "04 00 00 00 80");
    assertBytes(TypeInfo.intN(8), Long.MAX_VALUE, "08 FF FF FF FF FF FF FF 7F");
    // NaN is written as it is, but read back it is no float SQL Server holds (8023).
    assertThat(WireFixtures.hexOf(encoded(out -> TdsValueCodec.encode(out, TypeInfo.fltN(8),
        Double.NaN, V74)))).isEqualTo(WireFixtures.hexOf(hex("08 00 00 00 00 00 00 F8 7F")));
    assertUnencodable(TypeInfo.nvarchar(3), "abcd");
    assertUnencodable(TypeInfo.nchar(1), "\uD83D\uDE00"); // two UTF-16 units in one character
  }

  @Test
  void writesUtf8TextAsTheSameBytesAsItsString() {
    TypeInfo[] types = {TypeInfo.nvarchar(5), TypeInfo.nchar(5), TypeInfo.nvarchar(-1),
        TypeInfo.varchar(10, Collation.DEFAULT)};
    String[] texts = {"", "abcde", "a", "é✓", "\uD83D\uDE00", "\u007F\u0080"};
    for (TypeInfo type : types) {
      for (String text : texts) {
        assertThat(utf8Encoded(type, text)).as("%s %s", type, text)
            .isEqualTo(encoded(out -> TdsValueCodec.encode(out, type, text, V74)));
      }
    }
    String longAscii = "q".repeat(4001); // over one PLP chunk: the general path chunks it
    assertThat(utf8Encoded(TypeInfo.nvarchar(-1), longAscii))
        .isEqualTo(encoded(out -> TdsValueCodec.encode(out, TypeInfo.nvarchar(-1), longAscii, V74)));
    assertThatThrownBy(() -> utf8Encoded(TypeInfo.nvarchar(5), "abcdef"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> utf8Encoded(TypeInfo.nvarchar(2), "é✓\uD83D\uDE00"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static byte[] utf8Encoded(TypeInfo type, String text) {
    byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] buf = java.util.Arrays.copyOf(utf8, 2 * utf8.length + 3); // room to widen, and slack
    return encoded(out -> TdsValueCodec.encodeUtf8Text(out, type, buf, utf8.length, V74));
  }

  @Test
  void decodesGuidInSqlServerByteOrder() {
    byte[] wire = hex("10 FF 19 96 6F 86 8B 11 D0 B4 2D 00 C0 4F C9 64 FF");
    assertThat(decodeValue(wire, TypeInfo.guid()))
        .isEqualTo(UUID.fromString("6f9619ff-8b86-d011-b42d-00c04fc964ff"));
  }

  @Test
  void sizesNullForms() {
    assertThat(TdsValueCodec.nullSize(TypeInfo.intN(4))).isEqualTo(1);
    assertThat(TdsValueCodec.nullSize(TypeInfo.nvarchar(4))).isEqualTo(2);
    assertThat(TdsValueCodec.nullSize(TypeInfo.nvarchar(-1))).isEqualTo(8);
    assertThat(TdsValueCodec.nullSize(TypeInfo.ntext())).isEqualTo(1);
    assertThat(TdsValueCodec.nullSize(TypeInfo.sqlVariant())).isEqualTo(4);
    assertThat(TdsValueCodec.nullSize(TypeInfo.fixed(TdsDataType.INT4))).isEqualTo(-1);
    assertThat(TdsValueCodec.nullSize(TypeInfo.nullType())).isZero();
  }

  // ---- helpers ------------------------------------------------------------------------------

  private static void add(List<Arguments> list, TypeInfo type, Object... values) {
    for (Object v : values) {
      list.add(Arguments.of(type, v));
    }
  }

  private static BigDecimal money(String s) {
    return new BigDecimal(s).setScale(4);
  }

  private static ZoneOffset offset(int minutes) {
    return ZoneOffset.ofTotalSeconds(minutes * 60);
  }

  /** 12:34:56 with the fraction 0.1234567 cut to the scale. */
  private static LocalTime timeAtScale(int scale) {
    long unit = (long) Math.pow(10, 9 - scale);
    return LocalTime.of(12, 34, 56, (int) (123_456_700L / unit * unit));
  }

  private static Object decodeValue(byte[] bytes, TypeInfo type) {
    return decodeAll(bytes, in -> TdsValueCodec.decode(in, type, V74));
  }

  private static Object roundTrip(TypeInfo type, Object value) {
    byte[] bytes = encoded(out -> TdsValueCodec.encode(out, type, value, V74));
    return decodeAll(bytes, in -> TdsValueCodec.decode(in, type, V74));
  }

  private static void assertValue(Object actual, Object expected) {
    if (expected instanceof VariantValue v && v.value() instanceof byte[] b) {
      assertThat(actual).isInstanceOf(VariantValue.class);
      assertThat(((VariantValue) actual).baseType()).isEqualTo(v.baseType());
      assertThat((byte[]) ((VariantValue) actual).value()).isEqualTo(b);
    } else {
      assertThat(actual).isEqualTo(expected);
    }
  }

  private static void assertBytes(TypeInfo type, Object value, String hex) {
    byte[] bytes = encoded(out -> TdsValueCodec.encode(out, type, value, V74));
    assertThat(WireFixtures.hexOf(bytes)).as("%s %s", type, value).isEqualTo(WireFixtures.hexOf(hex(hex)));
    assertValue(decodeAll(bytes, in -> TdsValueCodec.decode(in, type, V74)), value);
  }

  private static void assertDatetimeRounds(int millisIn, int millisOut) {
    LocalDateTime in = LocalDateTime.of(2024, 1, 15, 10, 20, 30, millisIn * 1_000_000);
    assertThat(roundTrip(TypeInfo.datetimeN(8), in))
        .as("%d ms", millisIn)
        .isEqualTo(in.withNano(millisOut * 1_000_000));
  }

  private static void assertMalformed(TypeInfo type, String hex) {
    assertThatThrownBy(() -> decodeAll(hex(hex), in -> TdsValueCodec.decode(in, type, V74)))
        .as("%s %s", type, hex)
        .isInstanceOf(TdsProtocolException.class);
  }

  private static void assertInvalidValue(TypeInfo type, String hex, String typeName) {
    assertThatThrownBy(() -> decodeAll(hex(hex), in -> TdsValueCodec.decode(in, type, V74)))
        .as("%s %s", type, hex)
        .isInstanceOfSatisfying(TdsInvalidValueException.class,
            e -> assertThat(e.typeName()).isEqualTo(typeName));
  }

  private static void assertUnencodable(TypeInfo type, Object value) {
    assertThatThrownBy(() -> encoded(out -> TdsValueCodec.encode(out, type, value, V74)))
        .as("%s %s", type, value)
        .isInstanceOf(IllegalArgumentException.class);
  }
}
