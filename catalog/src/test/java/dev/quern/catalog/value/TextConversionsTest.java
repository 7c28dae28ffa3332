package dev.quern.catalog.value;

import static dev.quern.catalog.value.ValueTesting.assertError;
import static dev.quern.catalog.value.ValueTesting.cast;
import static dev.quern.catalog.value.ValueTesting.convert;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TextConversionsTest {
  @Test
  void floatToVarcharUsesSixSignificantDigits() {
    assertThat(cast(1.0 / 3, "float", "varchar")).isEqualTo("0.333333");
    assertThat(cast(123456.0, "float", "varchar")).isEqualTo("123456");
    assertThat(cast(1234567.0, "float", "varchar")).isEqualTo("1.23457e+006");
    assertThat(cast(123456789.0, "float", "varchar")).isEqualTo("1.23457e+008");
    assertThat(cast(0.0001, "float", "varchar")).isEqualTo("0.0001");
    assertThat(cast(0.00001, "float", "varchar")).isEqualTo("1e-005");
    assertThat(cast(-2.5, "float", "varchar")).isEqualTo("-2.5");
    assertThat(cast(0.0, "float", "varchar")).isEqualTo("0");
    assertThat(cast(0.1f, "real", "varchar")).isEqualTo("0.1");
  }

  @Test
  void floatStyles() {
    assertThat(convert("varchar(30)", 1.0 / 3, "float", 1)).isEqualTo("3.3333333e-001");
    assertThat(convert("varchar(30)", 1.0 / 3, "float", 2)).isEqualTo("3.333333333333333e-001");
    assertThat(convert("varchar(30)", 1.0 / 3, "float", 3)).isEqualTo("0.33333333333333331");
  }

  @Test
  void decimalAndMoneyText() {
    assertThat(cast(new BigDecimal("1.50"), "numeric(3,2)", "varchar")).isEqualTo("1.50");
    assertThat(cast(new BigDecimal("0.50"), "numeric(3,2)", "varchar")).isEqualTo("0.50");
    assertThat(cast(new BigDecimal("1.5"), "decimal(10,2)", "varchar")).isEqualTo("1.50");
    assertThat(cast(new BigDecimal("-0.50"), "numeric(3,2)", "nvarchar(10)")).isEqualTo("-0.50");
    assertThat(cast(new BigDecimal("1234.5678"), "money", "varchar")).isEqualTo("1234.57");
    assertThat(convert("varchar(30)", new BigDecimal("1234567.5678"), "money", 1))
        .isEqualTo("1,234,567.57");
    assertThat(convert("varchar(30)", new BigDecimal("-1234.5678"), "money", 1))
        .isEqualTo("-1,234.57");
    assertThat(convert("varchar(30)", new BigDecimal("1234.5678"), "money", 2))
        .isEqualTo("1234.5678");
  }

  @Test
  void numberTooLongForTheString() {
    assertThat(cast(123, "int", "varchar(2)")).isEqualTo("*");
    assertThat(cast(123, "int", "char(2)")).isEqualTo("* ");
    assertError(
        () -> cast(123, "int", "nvarchar(2)"),
        8115,
        "Arithmetic overflow error converting expression to data type nvarchar.");
    assertError(
        () -> cast(new BigDecimal("123.45"), "numeric(5,2)", "varchar(3)"),
        8115,
        "Arithmetic overflow error converting numeric to data type varchar.");
  }

  @Test
  void stringsCutAndPadSilently() {
    assertThat(cast("abcdef", "varchar(6)", "varchar(3)")).isEqualTo("abc");
    assertThat(cast("ab", "varchar(2)", "char(4)")).isEqualTo("ab  ");
    assertThat(cast("ab", "varchar(2)", "nchar(3)")).isEqualTo("ab ");
    assertThat(cast(12, "int", "char(4)")).isEqualTo("12  ");
    assertThat(cast("x".repeat(40), "varchar(40)", "varchar")).isEqualTo("x".repeat(30));
  }

  @Test
  void unicodeOutsideCodePageBecomesQuestionMark() {
    assertThat(cast("a\u4e2db", "nvarchar(3)", "varchar(3)")).isEqualTo("a?b");
    assertThat(cast("caf\u00e9", "nvarchar(4)", "varchar(4)")).isEqualTo("caf\u00e9");
  }

  @Test
  void bitAndGuidText() {
    assertThat(cast(true, "bit", "varchar")).isEqualTo("1");
    UUID u = UUID.fromString("6f9619ff-8b86-d011-b42d-00c04fc964ff");
    assertThat(cast(u, "uniqueidentifier", "varchar(36)"))
        .isEqualTo("6F9619FF-8B86-D011-B42D-00C04FC964FF");
    assertError(
        () -> cast(u, "uniqueidentifier", "char(10)"),
        8170,
        "Insufficient result space to convert uniqueidentifier value to char.");
  }

  @Test
  void binaryAndStrings() {
    assertThat(cast(new byte[] {0x41, 0x42, 0x43}, "varbinary(3)", "varchar(3)")).isEqualTo("ABC");
    assertThat(convert("varchar(10)", new byte[] {0x41, (byte) 0xBC}, "varbinary(2)", 1))
        .isEqualTo("0x41BC");
    assertThat(convert("varchar(10)", new byte[] {0x41, (byte) 0xBC}, "varbinary(2)", 2))
        .isEqualTo("41BC");
    assertThat((byte[]) cast("ABC", "varchar(3)", "varbinary(3)"))
        .containsExactly(0x41, 0x42, 0x43);
    assertThat((byte[]) cast("A", "nvarchar(1)", "varbinary(2)")).containsExactly(0x41, 0x00);
    assertThat((byte[]) cast("ab", "varchar(2)", "binary(4)")).containsExactly(0x61, 0x62, 0, 0);
    assertThat((byte[]) convert("varbinary(4)", "0x4142", "varchar(6)", 1))
        .containsExactly(0x41, 0x42);
    assertThat((byte[]) convert("varbinary(4)", "4142", "varchar(4)", 2))
        .containsExactly(0x41, 0x42);
    assertError(
        () -> convert("varbinary(4)", "zz", "varchar(2)", 2),
        8114,
        "Error converting data type varchar to varbinary.");
  }

  @Test
  void integersAndBinary() {
    assertThat((byte[]) cast(1, "int", "varbinary(8)")).containsExactly(0, 0, 0, 1);
    assertThat((byte[]) cast(1, "int", "binary(8)")).containsExactly(0, 0, 0, 0, 0, 0, 0, 1);
    assertThat((byte[]) cast(65537, "int", "binary(2)")).containsExactly(0, 1);
    assertThat(cast(new byte[] {1}, "varbinary(1)", "int")).isEqualTo(1);
    assertThat(
            cast(
                new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF},
                "varbinary(4)",
                "int"))
        .isEqualTo(-1);
    assertThat(cast(new byte[] {1, 0, 0, 0, 2}, "varbinary(5)", "int")).isEqualTo(2);
  }

  @Test
  void numbersRoundTripThroughBinary() {
    Object d = cast(new BigDecimal("-12.34"), "decimal(10,2)", "varbinary(20)");
    assertThat(cast(d, "varbinary(20)", "decimal(10,2)")).isEqualTo(new BigDecimal("-12.34"));
    byte[] m = (byte[]) cast(new BigDecimal("1.0000"), "money", "binary(8)");
    assertThat(Bytes.hex(m)).isEqualTo("0000000000002710");
    assertThat(cast(m, "binary(8)", "money")).isEqualTo(new BigDecimal("1.0000"));
    byte[] f = (byte[]) cast(1.5, "float", "binary(8)");
    assertThat(Bytes.hex(f)).isEqualTo("3FF8000000000000");
    assertError(() -> cast(f, "binary(8)", "float"), 529,
        "Explicit conversion from data type binary to data type float is not allowed.");
  }

  @Test
  void guidFromStringAndBinary() {
    UUID u = UUID.fromString("6f9619ff-8b86-d011-b42d-00c04fc964ff");
    assertThat(cast("6F9619FF-8B86-D011-B42D-00C04FC964FF", "varchar(36)", "uniqueidentifier"))
        .isEqualTo(u);
    assertThat(cast("{6F9619FF-8B86-D011-B42D-00C04FC964FF}", "varchar(38)", "uniqueidentifier"))
        .isEqualTo(u);
    assertThat(cast("6F9619FF-8B86-D011-B42D-00C04FC964FFxyz", "varchar(40)", "uniqueidentifier"))
        .isEqualTo(u);
    byte[] b = (byte[]) cast(u, "uniqueidentifier", "binary(16)");
    assertThat(Bytes.hex(b)).isEqualTo("FF19966F868B11D0B42D00C04FC964FF");
    assertThat(cast(b, "binary(16)", "uniqueidentifier")).isEqualTo(u);
    assertError(
        () -> cast("not-a-guid", "varchar(10)", "uniqueidentifier"),
        8169,
        "Conversion failed when converting from a character string to uniqueidentifier.");
  }

  @Test
  void valueFormatterIsCastToNvarcharMax() {
    assertThat(ValueFormatter.toText(42, dev.quern.catalog.type.SqlTypes.INT)).isEqualTo("42");
    assertThat(ValueFormatter.toText(null, dev.quern.catalog.type.SqlTypes.INT)).isNull();
    assertThat(ValueFormatter.toText(1.0 / 3, dev.quern.catalog.type.SqlTypes.FLOAT))
        .isEqualTo("0.333333");
    // The shortcuts for text and integers give what the general conversion gives.
    var nchar = dev.quern.catalog.type.SqlType.ofLength(dev.quern.catalog.type.TypeId.NCHAR, 4);
    assertThat(ValueFormatter.toText("ab  ", nchar)).isEqualTo("ab  ");
    assertThat(ValueFormatter.toText(-9000000000L, dev.quern.catalog.type.SqlTypes.BIGINT))
        .isEqualTo("-9000000000");
    assertThat(ValueFormatter.toText(true, dev.quern.catalog.type.SqlTypes.BIT)).isEqualTo("1");
    assertThat(
            ValueFormatter.toText(
                new SqlVariant(dev.quern.catalog.type.SqlTypes.INT, 7),
                dev.quern.catalog.type.SqlTypes.SQL_VARIANT))
        .isEqualTo("7");
  }

  @Test
  void disallowedConversions() {
    assertError(
        () -> cast(1, "int", "date"),
        529,
        "Explicit conversion from data type int to data type date is not allowed.");
    assertError(
        () -> cast(java.time.LocalDate.of(2024, 1, 1), "date", "time"),
        529,
        "Explicit conversion from data type date to data type time is not allowed.");
    assertError(
        () -> Conversions.convertImplicitly(1, ValueTesting.t("int"), ValueTesting.t("date")),
        206,
        "Operand type clash: int is incompatible with date");
    assertError(
        () ->
            Conversions.convertImplicitly(
                "a", ValueTesting.t("varchar(1)"), ValueTesting.t("varbinary(1)")),
        257,
        "Implicit conversion from data type varchar to data type varbinary is not allowed. Use the"
            + " CONVERT function to run this query.");
    assertThat(
            Conversions.implicitlyConvertible(ValueTesting.t("varchar(3)"), ValueTesting.t("int")))
        .isTrue();
    assertThat(Conversions.implicitlyConvertible(ValueTesting.t("datetime"), ValueTesting.t("int")))
        .isFalse();
    assertThat(Conversions.explicitlyConvertible(ValueTesting.t("datetime"), ValueTesting.t("int")))
        .isTrue();
  }

  @Test
  void sqlVariantWrapsAndUnwraps() {
    Object v = cast(5, "int", "sql_variant");
    assertThat(v).isEqualTo(new SqlVariant(ValueTesting.t("int"), 5));
    assertThat(cast(v, "sql_variant", "varchar(5)")).isEqualTo("5");
  }
}
