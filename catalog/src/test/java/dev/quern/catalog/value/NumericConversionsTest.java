package dev.quern.catalog.value;

import static dev.quern.catalog.value.ValueTesting.assertError;
import static dev.quern.catalog.value.ValueTesting.cast;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumericConversionsTest {
  @Test
  void decimalToIntTruncates() {
    assertThat(cast(new BigDecimal("123.456"), "numeric(6,3)", "int")).isEqualTo(123);
    assertThat(cast(new BigDecimal("-123.956"), "numeric(6,3)", "int")).isEqualTo(-123);
  }

  @Test
  void floatToIntTruncates() {
    assertThat(cast(2.9, "float", "int")).isEqualTo(2);
    assertThat(cast(-2.9, "float", "bigint")).isEqualTo(-2L);
  }

  @Test
  void moneyToIntRounds() {
    assertThat(cast(new BigDecimal("2.5000"), "money", "int")).isEqualTo(3);
  }

  @Test
  void decimalScaleReductionRoundsHalfAwayFromZero() {
    assertThat(cast(new BigDecimal("2.5"), "numeric(2,1)", "decimal(2,0)"))
        .isEqualTo(new BigDecimal("3"));
    assertThat(cast(new BigDecimal("-2.5"), "numeric(2,1)", "decimal(2,0)"))
        .isEqualTo(new BigDecimal("-3"));
    assertThat(cast(new BigDecimal("1.2345"), "numeric(5,4)", "decimal(5,2)"))
        .isEqualTo(new BigDecimal("1.23"));
    assertThat(cast(new BigDecimal("1.235"), "numeric(4,3)", "decimal(5,2)"))
        .isEqualTo(new BigDecimal("1.24"));
  }

  @Test
  void intToDecimalKeepsScale() {
    assertThat(cast(5, "int", "decimal(5,2)")).isEqualTo(new BigDecimal("5.00"));
  }

  @Test
  void decimalOverflowNamesTheSource() {
    assertError(
        () -> cast(new BigDecimal("123.45"), "numeric(5,2)", "decimal(3,1)"),
        8115,
        "Arithmetic overflow error converting numeric to data type numeric.");
    assertError(
        () -> cast(1000, "int", "decimal(3,0)"),
        8115,
        "Arithmetic overflow error converting int to data type numeric.");
    assertError(
        () -> cast(1e10, "float", "decimal(5,2)"),
        8115,
        "Arithmetic overflow error converting float to data type numeric.");
    assertError(
        () -> cast("1000", "varchar(4)", "decimal(3,0)"),
        8115,
        "Arithmetic overflow error converting varchar to data type numeric.");
  }

  @Test
  void integerOverflow() {
    assertError(
        () -> cast(300, "int", "tinyint"),
        220,
        "Arithmetic overflow error for data type tinyint, value = 300.");
    assertError(
        () -> cast(-1, "int", "tinyint"),
        220,
        "Arithmetic overflow error for data type tinyint, value = -1.");
    assertError(
        () -> cast(100000, "int", "smallint"),
        220,
        "Arithmetic overflow error for data type smallint, value = 100000.");
    assertError(
        () -> cast(3000000000L, "bigint", "int"),
        8115,
        "Arithmetic overflow error converting expression to data type int.");
    assertError(
        () -> cast(new BigDecimal("3000000000"), "numeric(10,0)", "int"),
        8115,
        "Arithmetic overflow error converting expression to data type int.");
    assertError(
        () -> cast(3e9, "float", "int"),
        232,
        "Arithmetic overflow error for type int, value = 3000000000.000000.");
  }

  @Test
  void bigintRangeIsAsymmetric() {
    assertThat(cast(new BigDecimal("-9223372036854775808"), "numeric(19,0)", "bigint"))
        .isEqualTo(Long.MIN_VALUE);
    assertThat(cast("-9223372036854775808", "varchar(20)", "bigint")).isEqualTo(Long.MIN_VALUE);
    assertError(
        () -> cast(new BigDecimal("9223372036854775808"), "numeric(19,0)", "bigint"),
        8115,
        "Arithmetic overflow error converting expression to data type bigint.");
    assertError(
        () -> cast(new BigDecimal("-9223372036854775809"), "numeric(19,0)", "bigint"),
        8115,
        "Arithmetic overflow error converting expression to data type bigint.");
  }

  @Test
  void stringToInt() {
    assertThat(cast(" 12 ", "varchar(4)", "int")).isEqualTo(12);
    assertThat(cast("+7", "varchar(2)", "int")).isEqualTo(7);
    assertThat(cast("-7", "varchar(2)", "smallint")).isEqualTo(-7);
    assertThat(cast("", "varchar(1)", "int")).isEqualTo(0);
    assertThat(cast("9223372036854775807", "varchar(19)", "bigint")).isEqualTo(Long.MAX_VALUE);
    assertError(
        () -> cast("1.5", "varchar(3)", "int"),
        245,
        "Conversion failed when converting the varchar value '1.5' to data type int.");
    assertError(
        () -> cast("abc", "varchar(3)", "int"),
        245,
        "Conversion failed when converting the varchar value 'abc' to data type int.");
    assertError(
        () -> cast("abc", "nvarchar(3)", "int"),
        245,
        "Conversion failed when converting the nvarchar value 'abc' to data type int.");
    assertError(
        () -> cast("3000000000", "varchar(10)", "int"),
        248,
        "The conversion of the varchar value '3000000000' overflowed an int column.");
    assertError(
        () -> cast("300", "varchar(3)", "tinyint"),
        244,
        "The conversion of the varchar value '300' overflowed an INT1 column. Use a larger integer"
            + " column.");
  }

  @Test
  void stringToDecimal() {
    assertThat(cast("1.55", "varchar(4)", "decimal(2,1)")).isEqualTo(new BigDecimal("1.6"));
    assertThat(cast(" -0.5 ", "varchar(6)", "decimal(3,2)")).isEqualTo(new BigDecimal("-0.50"));
    assertThat(cast("5.", "varchar(2)", "decimal(3,1)")).isEqualTo(new BigDecimal("5.0"));
    assertError(
        () -> cast("abc", "varchar(3)", "decimal(10,2)"),
        8114,
        "Error converting data type varchar to numeric.");
    assertError(
        () -> cast("1e3", "varchar(3)", "decimal(10,2)"),
        8114,
        "Error converting data type varchar to numeric.");
    assertError(
        () -> cast("x", "nvarchar(1)", "numeric(10,2)"),
        8114,
        "Error converting data type nvarchar to numeric.");
  }

  @Test
  void stringToFloat() {
    assertThat(cast("1e3", "varchar(3)", "float")).isEqualTo(1000.0);
    assertThat(cast(" .5 ", "varchar(4)", "float")).isEqualTo(0.5);
    assertThat(cast("", "varchar(1)", "float")).isEqualTo(0.0);
    assertThat(cast("2.5", "varchar(3)", "real")).isEqualTo(2.5f);
    assertError(
        () -> cast("abc", "varchar(3)", "float"),
        8114,
        "Error converting data type varchar to float.");
    assertError(
        () -> cast("Infinity", "varchar(8)", "float"),
        8114,
        "Error converting data type varchar to float.");
  }

  @Test
  void stringToMoney() {
    assertThat(cast("$1,234.56", "varchar(9)", "money")).isEqualTo(new BigDecimal("1234.5600"));
    assertThat(cast("1.23456", "varchar(7)", "money")).isEqualTo(new BigDecimal("1.2346"));
    assertError(
        () -> cast("abc", "varchar(3)", "money"),
        235,
        "Cannot convert a char value to money. The char value has incorrect syntax.");
  }

  @Test
  void moneyRoundsToFourPlaces() {
    assertThat(cast(1.23456789, "float", "money")).isEqualTo(new BigDecimal("1.2346"));
    assertThat(cast(new BigDecimal("0.00005"), "numeric(5,5)", "smallmoney"))
        .isEqualTo(new BigDecimal("0.0001"));
    assertError(
        () -> cast(1e20, "float", "money"),
        8115,
        "Arithmetic overflow error converting expression to data type money.");
  }

  @Test
  void stringToBit() {
    assertThat(cast("true", "varchar(4)", "bit")).isEqualTo(true);
    assertThat(cast("FALSE", "varchar(5)", "bit")).isEqualTo(false);
    assertThat(cast("0", "varchar(1)", "bit")).isEqualTo(false);
    assertThat(cast("1", "varchar(1)", "bit")).isEqualTo(true);
    assertThat(cast("2", "varchar(1)", "bit")).isEqualTo(true);
    assertError(
        () -> cast("yes", "varchar(3)", "bit"),
        245,
        "Conversion failed when converting the varchar value 'yes' to data type bit.");
  }

  @Test
  void numbersToBit() {
    assertThat(cast(5, "int", "bit")).isEqualTo(true);
    assertThat(cast(0, "int", "bit")).isEqualTo(false);
    assertThat(cast(new BigDecimal("0.1"), "numeric(1,1)", "bit")).isEqualTo(true);
  }

  @Test
  void numbersBetweenFamilies() {
    assertThat(cast(true, "bit", "int")).isEqualTo(1);
    assertThat(cast(7, "int", "bigint")).isEqualTo(7L);
    assertThat(cast(7L, "bigint", "float")).isEqualTo(7.0);
    assertThat(cast(0.1, "float", "decimal(10,4)")).isEqualTo(new BigDecimal("0.1000"));
    assertThat(cast(new BigDecimal("12.5"), "numeric(3,1)", "float")).isEqualTo(12.5);
    assertThat(cast(3, "int", "money")).isEqualTo(new BigDecimal("3.0000"));
  }
}
