package dev.quern.engine.func;

import static dev.quern.engine.func.FunctionTesting.arg;
import static dev.quern.engine.func.FunctionTesting.assertError;
import static dev.quern.engine.func.FunctionTesting.call;
import static dev.quern.engine.func.FunctionTesting.i;
import static dev.quern.engine.func.FunctionTesting.n;
import static dev.quern.engine.func.FunctionTesting.num;
import static dev.quern.engine.func.FunctionTesting.s;
import static dev.quern.engine.func.FunctionTesting.type;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.type.SqlTypes;
import org.junit.jupiter.api.Test;

class StringFunctionsTest {
  @Test
  void lenIgnoresTrailingSpacesAndDatalengthCountsBytes() {
    assertThat(call("LEN", s("abc  "))).isEqualTo(3);
    assertThat(call("LEN", s("  abc"))).isEqualTo(5);
    assertThat(call("LEN", i(12345))).isEqualTo(5);
    assertThat(call("LEN", num("1.50"))).isEqualTo(4);
    assertThat(call("LEN", arg(null, "varchar(3)"))).isNull();
    assertThat(type("LEN", arg("x", "varchar(max)"))).isEqualTo(SqlTypes.BIGINT);
    assertThat(call("DATALENGTH", n("abc "))).isEqualTo(8);
    assertThat(call("DATALENGTH", s("abc "))).isEqualTo(4);
    assertThat(call("DATALENGTH", arg("ab   ", "char(5)"))).isEqualTo(5);
    assertThat(call("DATALENGTH", i(1))).isEqualTo(4);
    assertThat(call("DATALENGTH", arg(new byte[3], "varbinary(3)"))).isEqualTo(3);
  }

  @Test
  void leftRightSubstring() {
    assertThat(call("LEFT", s("abcdef"), i(2))).isEqualTo("ab");
    assertThat(call("LEFT", s("ab"), i(5))).isEqualTo("ab");
    assertThat(call("RIGHT", s("abcdef"), i(2))).isEqualTo("ef");
    assertThat(call("SUBSTRING", s("abcdef"), i(2), i(3))).isEqualTo("bcd");
    assertThat(call("SUBSTRING", s("abc"), i(0), i(2))).isEqualTo("a");
    assertThat(call("SUBSTRING", s("abc"), i(5), i(2))).isEqualTo("");
    assertThat((byte[]) call("SUBSTRING", arg(new byte[] {1, 2, 3}, "varbinary(3)"), i(2), i(5)))
        .containsExactly(2, 3);
    assertThat(call("LEFT", arg(null, "varchar(3)"), i(1))).isNull();
    assertThat(type("LEFT", n("abc"), i(1)))
        .isEqualTo(
            dev.quern.catalog.type.SqlType.ofLength(dev.quern.catalog.type.TypeId.NVARCHAR, 3));
    assertError(
        () -> call("LEFT", s("abc"), i(-1)),
        536,
        "Invalid length parameter passed to the left function.");
    assertError(
        () -> call("SUBSTRING", s("abc"), i(1), i(-1)),
        536,
        "Invalid length parameter passed to the substring function.");
  }

  @Test
  void caseTrimReverse() {
    assertThat(call("UPPER", s("abc"))).isEqualTo("ABC");
    assertThat(call("LOWER", n("ÀBC"))).isEqualTo("àbc");
    assertThat(call("LTRIM", s("  a "))).isEqualTo("a ");
    assertThat(call("RTRIM", s(" a  "))).isEqualTo(" a");
    assertThat(call("TRIM", s("  a  "))).isEqualTo("a");
    assertThat(call("TRIM", s("xxaxx"), s("x"))).isEqualTo("a");
    assertThat(call("LTRIM", s("\ta"))).isEqualTo("\ta");
    assertThat(call("REVERSE", s("abc"))).isEqualTo("cba");
  }

  @Test
  void replicateSpaceStuff() {
    assertThat(call("REPLICATE", s("ab"), i(3))).isEqualTo("ababab");
    assertThat(call("REPLICATE", s("ab"), i(-1))).isNull();
    assertThat(((String) call("REPLICATE", s("x"), i(9000))).length()).isEqualTo(8000);
    assertThat(((String) call("REPLICATE", arg("x", "varchar(max)"), i(9000))).length())
        .isEqualTo(9000);
    assertThat(call("SPACE", i(3))).isEqualTo("   ");
    assertThat(call("STUFF", s("abcdef"), i(2), i(3), s("XY"))).isEqualTo("aXYef");
    assertThat(call("STUFF", s("abc"), i(5), i(1), s("X"))).isNull();
    assertThat(call("STUFF", s("abc"), i(2), i(1), arg(null, "varchar(1)"))).isEqualTo("ac");
  }

  @Test
  void searchingIsCaseInsensitive() {
    assertThat(call("CHARINDEX", s("B"), s("abcb"))).isEqualTo(2);
    assertThat(call("CHARINDEX", s("b"), s("abcb"), i(3))).isEqualTo(4);
    assertThat(call("CHARINDEX", s("z"), s("abc"))).isEqualTo(0);
    assertThat(call("REPLACE", s("ABCabc"), s("b"), s("x"))).isEqualTo("AxCaxc");
    assertThat(call("REPLACE", s("aaa"), s("aa"), s("b"))).isEqualTo("ba");
    assertThat(call("REPLACE", s("abc"), s(""), s("x"))).isEqualTo("abc");
    assertThat(call("PATINDEX", s("%b_d%"), s("abcd"))).isEqualTo(2);
    assertThat(call("PATINDEX", s("%[0-9]%"), s("ab7c"))).isEqualTo(3);
    assertThat(call("PATINDEX", s("ab%"), s("abc"))).isEqualTo(1);
    assertThat(call("PATINDEX", s("bc"), s("abc"))).isEqualTo(0);
    assertThat(call("PATINDEX", s("%[^a]%"), s("aab"))).isEqualTo(3);
  }

  @Test
  void concatTreatsNullAsEmpty() {
    assertThat(call("CONCAT", s("a"), arg(null, "varchar(1)"), i(1))).isEqualTo("a1");
    // Two parts take a shorter path: NULL is still the empty string on either side.
    assertThat(call("CONCAT", n("row"), i(42))).isEqualTo("row42");
    assertThat(call("CONCAT", arg(null, "varchar(1)"), i(-7))).isEqualTo("-7");
    assertThat(call("CONCAT", s("a"), arg(null, "varchar(1)"))).isEqualTo("a");
    assertThat(call("CONCAT", arg(null, "varchar(1)"), arg(null, "int"))).isEqualTo("");
    assertThat(call("CONCAT_WS", s(","), s("a"), arg(null, "varchar(1)"), s("b"))).isEqualTo("a,b");
    assertThat(type("CONCAT", s("ab"), n("c")))
        .isEqualTo(
            dev.quern.catalog.type.SqlType.ofLength(dev.quern.catalog.type.TypeId.NVARCHAR, 3));
    assertError(
        () -> call("CONCAT", s("a")), 189, "The concat function requires 2 to 254 arguments.");
  }

  @Test
  void declaredWidthsHoldTheValues() {
    java.util.UUID u = java.util.UUID.randomUUID();
    dev.quern.catalog.type.SqlType t = type("CONCAT", s("a"), arg(u, "uniqueidentifier"));
    assertThat(((String) call("CONCAT", s("a"), arg(u, "uniqueidentifier"))).length())
        .isLessThanOrEqualTo(t.length());
    java.time.OffsetDateTime o =
        java.time.OffsetDateTime.of(2024, 1, 31, 8, 0, 0, 123, java.time.ZoneOffset.UTC);
    assertThat(((String) call("UPPER", arg(o, "datetimeoffset"))).length())
        .isLessThanOrEqualTo(type("UPPER", arg(o, "datetimeoffset")).length());
  }

  @Test
  void concatWsCountsEverySeparator() {
    assertThat(type("CONCAT_WS", s(", "), s("a"), s("b"), s("c")).length()).isEqualTo(7);
    assertThat(call("CONCAT_WS", s(", "), s("a"), s("b"), s("c"))).isEqualTo("a, b, c");
    assertThat(call("NCHAR", i(0x1F600))).isNull();
  }

  @Test
  void characterCodes() {
    assertThat(call("CHAR", i(65))).isEqualTo("A");
    assertThat(call("CHAR", i(128))).isEqualTo("\u20ac");
    assertThat(call("CHAR", i(256))).isNull();
    assertThat(call("NCHAR", i(0x4e2d))).isEqualTo("\u4e2d");
    assertThat(call("ASCII", s("A"))).isEqualTo(65);
    assertThat(call("ASCII", s(""))).isNull();
    assertThat(call("UNICODE", n("\u4e2d"))).isEqualTo(0x4e2d);
  }

  @Test
  void quoteName() {
    assertThat(call("QUOTENAME", s("a]b"))).isEqualTo("[a]]b]");
    assertThat(call("QUOTENAME", s("ab"), s("'"))).isEqualTo("'ab'");
    assertThat(call("QUOTENAME", s("ab"), s("("))).isEqualTo("(ab)");
    assertThat(call("QUOTENAME", s("ab"), s("x"))).isNull();
    assertThat(call("QUOTENAME", s("x".repeat(129)))).isNull();
  }

  @Test
  void strRightAlignsAndRounds() {
    assertThat(call("STR", num("123.45"), i(6), i(1))).isEqualTo(" 123.5");
    assertThat(call("STR", num("1.5"))).isEqualTo("         2");
    assertThat(call("STR", i(12345), i(3))).isEqualTo("***");
    assertThat(call("STR", num("123.456"), i(5), i(2))).isEqualTo("123.5");
  }

  @Test
  void formatNumbersAndDates() {
    assertThat(call("FORMAT", num("1234567.891"), s("N2"))).isEqualTo("1,234,567.89");
    assertThat(call("FORMAT", num("1234.5"), s("#,##0.00"))).isEqualTo("1,234.50");
    assertThat(call("FORMAT", i(42), s("D5"))).isEqualTo("00042");
    assertThat(call("FORMAT", i(255), s("X"))).isEqualTo("FF");
    assertThat(call("FORMAT", num("0.1234"), s("P"))).isEqualTo("12.34 %");
    assertThat(call("FORMAT", num("-1234.5"), s("C"))).isEqualTo("($1,234.50)");
    assertThat(call("FORMAT", num("1234.5678"), s("F2"))).isEqualTo("1234.57");
    java.time.LocalDateTime t = java.time.LocalDateTime.of(2024, 3, 5, 14, 7, 9, 123_000_000);
    assertThat(call("FORMAT", arg(t, "datetime2"), s("yyyy-MM-dd HH:mm:ss.fff")))
        .isEqualTo("2024-03-05 14:07:09.123");
    assertThat(call("FORMAT", arg(t, "datetime2"), s("dd/MM/yyyy hh:mm tt")))
        .isEqualTo("05/03/2024 02:07 PM");
    assertThat(call("FORMAT", arg(t, "datetime2"), s("d"))).isEqualTo("3/5/2024");
    assertThat(call("FORMAT", arg(t, "datetime2"), s("D"))).isEqualTo("Tuesday, March 5, 2024");
    assertThat(call("FORMAT", arg(t, "datetime2"), s("MMMM"))).isEqualTo("March");
    assertThat(call("FORMAT", i(1), s("Q"))).isNull();
    assertError(
        () -> call("FORMAT", s("abc"), s("N")),
        8116,
        "Argument data type varchar is invalid for argument 1 of format function.");
  }
}
