package dev.quern.catalog.value;

import static dev.quern.catalog.value.ValueTesting.assertError;
import static dev.quern.catalog.value.ValueTesting.cast;
import static dev.quern.catalog.value.ValueTesting.convert;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemporalConversionsTest {
  /** 2024-03-05 14:07:09.123 as datetime (.123 rounds to tick 37 = .1233333 s). */
  private static final LocalDateTime FIXED =
      DateTimeValues.roundToDatetime(LocalDateTime.of(2024, 3, 5, 14, 7, 9, 123_000_000));

  @ParameterizedTest(name = "style {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0|Mar  5 2024  2:07PM",
        "100|Mar  5 2024  2:07PM",
        "1|03/05/24",
        "101|03/05/2024",
        "2|24.03.05",
        "102|2024.03.05",
        "3|05/03/24",
        "103|05/03/2024",
        "104|05.03.2024",
        "105|05-03-2024",
        "106|05 Mar 2024",
        "107|Mar 05, 2024",
        "108|14:07:09",
        "109|Mar  5 2024  2:07:09:123PM",
        "110|03-05-2024",
        "111|2024/03/05",
        "112|20240305",
        "113|05 Mar 2024 14:07:09:123",
        "114|14:07:09:123",
        "120|2024-03-05 14:07:09",
        "121|2024-03-05 14:07:09.123",
        "20|2024-03-05 14:07:09",
        "21|2024-03-05 14:07:09.123",
        "22|03/05/24  2:07:09 PM",
        "23|2024-03-05",
        "126|2024-03-05T14:07:09.123",
        "127|2024-03-05T14:07:09.123",
      })
  void datetimeStyles(int style, String expected) {
    assertThat(convert("varchar(40)", FIXED, "datetime", style)).isEqualTo(expected);
  }

  @Test
  void castDefaultsPerType() {
    assertThat(cast(FIXED, "datetime", "varchar")).isEqualTo("Mar  5 2024  2:07PM");
    assertThat(cast(LocalDate.of(2024, 1, 31), "date", "varchar")).isEqualTo("2024-01-31");
    assertThat(cast(LocalTime.of(9, 5, 1, 120_000_000), "time(3)", "varchar"))
        .isEqualTo("09:05:01.120");
    assertThat(cast(LocalDateTime.of(2024, 1, 31, 0, 0), "datetime2", "varchar(40)"))
        .isEqualTo("2024-01-31 00:00:00.0000000");
    assertThat(
            cast(
                OffsetDateTime.of(2024, 1, 31, 8, 0, 0, 0, ZoneOffset.ofHours(-5)),
                "datetimeoffset(0)",
                "varchar(40)"))
        .isEqualTo("2024-01-31 08:00:00 -05:00");
    assertThat(cast(LocalDateTime.of(2024, 1, 1, 0, 0), "datetime", "varchar"))
        .isEqualTo("Jan  1 2024 12:00AM");
  }

  @Test
  void convertingToShortStringCutsTheDate() {
    assertThat(convert("varchar(10)", FIXED, "datetime", 121)).isEqualTo("2024-03-05");
  }

  @Test
  void datetimeRoundsToThreeHundredthsOfASecond() {
    assertThat(fmt121(cast("2024-01-01 00:00:00.001", "varchar(30)", "datetime")))
        .isEqualTo("2024-01-01 00:00:00.000");
    assertThat(fmt121(cast("2024-01-01 00:00:00.002", "varchar(30)", "datetime")))
        .isEqualTo("2024-01-01 00:00:00.003");
    assertThat(fmt121(cast("2024-01-01 00:00:00.005", "varchar(30)", "datetime")))
        .isEqualTo("2024-01-01 00:00:00.007");
    assertThat(fmt121(cast("2024-01-01 00:00:00.009", "varchar(30)", "datetime")))
        .isEqualTo("2024-01-01 00:00:00.010");
    assertThat(fmt121(cast("2024-12-31 23:59:59.999", "varchar(30)", "datetime")))
        .isEqualTo("2025-01-01 00:00:00.000");
  }

  @Test
  void datetimeToDatetime2ShowsTheExactTick() {
    Object dt = cast("2024-01-01 00:00:00.007", "varchar(30)", "datetime");
    assertThat(cast(dt, "datetime", "datetime2(7)"))
        .isEqualTo(LocalDateTime.of(2024, 1, 1, 0, 0, 0, 6_666_700));
  }

  @Test
  void smalldatetimeRoundsToTheMinute() {
    assertThat(cast("2024-01-01 10:00:29.998", "varchar(30)", "smalldatetime"))
        .isEqualTo(LocalDateTime.of(2024, 1, 1, 10, 0));
    assertThat(cast("2024-01-01 10:00:29.999", "varchar(30)", "smalldatetime"))
        .isEqualTo(LocalDateTime.of(2024, 1, 1, 10, 1));
    assertThat(cast("2024-01-01 10:00:30", "varchar(30)", "smalldatetime"))
        .isEqualTo(LocalDateTime.of(2024, 1, 1, 10, 1));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-01-31|2024-01-31T00:00",
        "20240131|2024-01-31T00:00",
        "01/31/2024|2024-01-31T00:00",
        "1/5/24|2024-01-05T00:00",
        "1-5-99|1999-01-05T00:00",
        "2024-01-31T13:45:10|2024-01-31T13:45:10",
        "2024-01-31 13:45|2024-01-31T13:45",
        "2024-01-31 1:45 PM|2024-01-31T13:45",
        "2024-01-31 12:00 AM|2024-01-31T00:00",
        "Jan 31 2024|2024-01-31T00:00",
        "January 31, 2024 10:00|2024-01-31T10:00",
        "31 Jan 2024|2024-01-31T00:00",
        "2024/01/31|2024-01-31T00:00",
        "2024.01.31|2024-01-31T00:00",
        "13:45|1900-01-01T13:45",
        "2pm|1900-01-01T14:00",
        "2024-01-31 10:00:00:5|2024-01-31T10:00:00.005",
        "'  2024-01-31  '|2024-01-31T00:00",
      })
  void stringsToDatetime2(String text, String expected) {
    assertThat(cast(text, "varchar(40)", "datetime2")).isEqualTo(LocalDateTime.parse(expected));
  }

  @Test
  void emptyStringIsNineteenHundred() {
    assertThat(cast("", "varchar(1)", "datetime")).isEqualTo(LocalDateTime.of(1900, 1, 1, 0, 0));
    assertThat(cast("", "varchar(1)", "date")).isEqualTo(LocalDate.of(1900, 1, 1));
  }

  @Test
  void badDateStrings() {
    String e241 = "Conversion failed when converting date and/or time from character string.";
    assertError(() -> cast("abc", "varchar(3)", "datetime"), 241, e241);
    assertError(() -> cast("2024-13-01", "varchar(10)", "date"), 241, e241);
    assertError(() -> cast("2024-02-30", "varchar(10)", "datetime2"), 241, e241);
    assertError(() -> cast("25:00", "varchar(5)", "time"), 241, e241);
    assertError(() -> cast("10:00:00.12345678", "varchar(20)", "time"), 241, e241);
    assertError(() -> cast("2024-01-01 10:00:00.1234", "varchar(30)", "datetime"), 241, e241);
    assertError(
        () -> cast("2024-02-30", "varchar(10)", "datetime"),
        242,
        "The conversion of a varchar data type to a datetime data type resulted in an out-of-range"
            + " value.");
    assertError(
        () -> cast("1700-01-01", "varchar(10)", "datetime"),
        242,
        "The conversion of a varchar data type to a datetime data type resulted in an out-of-range"
            + " value.");
    assertError(
        () -> cast(LocalDateTime.of(1700, 1, 1, 0, 0), "datetime2", "datetime"),
        242,
        "The conversion of a datetime2 data type to a datetime data type resulted in an"
            + " out-of-range value.");
  }

  @Test
  void convertWithDateStyleReadsThatOrder() {
    assertThat(convert("date", "31/12/2024", "varchar(10)", 103))
        .isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(convert("date", "31.12.2024", "varchar(10)", 104))
        .isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(convert("date", "12/31/2024", "varchar(10)", 101))
        .isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(convert("datetime", "20241231", "varchar(8)", 112))
        .isEqualTo(LocalDateTime.of(2024, 12, 31, 0, 0));
  }

  @Test
  void sessionDateFormatReadsNumericDates() {
    dev.quern.catalog.type.SqlType v = ValueTesting.t("varchar(10)");
    dev.quern.catalog.type.SqlType d = ValueTesting.t("date");
    assertThat(Conversions.convert("01/02/2024", v, d, Conversions.NO_STYLE, "dmy"))
        .isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(Conversions.convert("01/02/2024", v, d, Conversions.NO_STYLE, "mdy"))
        .isEqualTo(LocalDate.of(2024, 1, 2));
    assertThat(Conversions.convert("24/02/01", v, d, Conversions.NO_STYLE, "ymd"))
        .isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(Conversions.convert("2024-02-01", v, d, Conversions.NO_STYLE, "dmy"))
        .isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(Conversions.convert("01/02/2024", v, d, 101, "dmy"))
        .isEqualTo(LocalDate.of(2024, 1, 2));
  }

  @Test
  void datetimeAndNumbers() {
    assertThat(cast(1, "int", "datetime")).isEqualTo(LocalDateTime.of(1900, 1, 2, 0, 0));
    assertThat(cast(-1, "int", "datetime")).isEqualTo(LocalDateTime.of(1899, 12, 31, 0, 0));
    assertThat(cast(1.5, "float", "datetime")).isEqualTo(LocalDateTime.of(1900, 1, 2, 12, 0));
    assertThat(cast(LocalDateTime.of(1900, 1, 2, 12, 0), "datetime", "float")).isEqualTo(1.5);
    assertThat(cast(LocalDateTime.of(1900, 1, 2, 12, 0), "datetime", "int")).isEqualTo(2);
    assertThat(cast(LocalDateTime.of(1900, 1, 2, 11, 0), "datetime", "int")).isEqualTo(1);
    assertError(
        () -> cast(3000000, "int", "datetime"),
        8115,
        "Arithmetic overflow error converting expression to data type datetime.");
  }

  @Test
  void betweenDateTypes() {
    LocalDateTime t = LocalDateTime.of(2024, 1, 31, 23, 59, 59, 999_999_900);
    assertThat(cast(t, "datetime2(7)", "date")).isEqualTo(LocalDate.of(2024, 1, 31));
    assertThat(cast(t, "datetime2(7)", "datetime2(0)"))
        .isEqualTo(LocalDateTime.of(2024, 2, 1, 0, 0));
    assertThat(cast(t, "datetime2(7)", "time(0)")).isEqualTo(LocalTime.MIDNIGHT);
    assertThat(
            cast(
                LocalDateTime.of(2024, 1, 31, 10, 0, 0, 123_456_789),
                "datetime2(7)",
                "datetime2(3)"))
        .isEqualTo(LocalDateTime.of(2024, 1, 31, 10, 0, 0, 123_000_000));
    assertThat(cast(LocalDate.of(2024, 1, 31), "date", "datetime"))
        .isEqualTo(LocalDateTime.of(2024, 1, 31, 0, 0));
    assertThat(cast(LocalTime.of(10, 0), "time", "datetime"))
        .isEqualTo(LocalDateTime.of(1900, 1, 1, 10, 0));
    assertThat(cast(t, "datetime2(7)", "datetimeoffset(7)"))
        .isEqualTo(OffsetDateTime.of(t, ZoneOffset.UTC));
    assertThat(cast("2024-01-31T10:00:00+05:30", "varchar(30)", "datetimeoffset"))
        .isEqualTo(OffsetDateTime.of(2024, 1, 31, 10, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)));
  }

  @Test
  void newerTypesShowTheirScale() {
    LocalDateTime t = LocalDateTime.of(2024, 3, 5, 14, 7, 9, 123_456_700);
    assertThat(convert("varchar(40)", t, "datetime2(7)", 121))
        .isEqualTo("2024-03-05 14:07:09.1234567");
    assertThat(convert("varchar(40)", t, "datetime2(3)", 121)).isEqualTo("2024-03-05 14:07:09.123");
    assertThat(convert("varchar(40)", t, "datetime2(0)", 120)).isEqualTo("2024-03-05 14:07:09");
    assertThat(convert("varchar(40)", t, "datetime2(7)", 0)).isEqualTo("Mar  5 2024  2:07PM");
    assertThat(convert("varchar(40)", LocalTime.of(14, 7, 9), "time(0)", 108))
        .isEqualTo("14:07:09");
    assertThat(convert("varchar(40)", LocalDate.of(2024, 3, 5), "date", 103))
        .isEqualTo("05/03/2024");
    assertThat(convert("varchar(40)", LocalDate.of(2024, 3, 5), "date", 0))
        .isEqualTo("Mar  5 2024");
    assertThat(
            convert("varchar(40)", OffsetDateTime.of(t, ZoneOffset.UTC), "datetimeoffset(7)", 127))
        .isEqualTo("2024-03-05T14:07:09.1234567Z");
    assertThat(convert("varchar(40)", LocalDateTime.of(2024, 3, 5, 14, 7), "datetime", 126))
        .isEqualTo("2024-03-05T14:07:00");
    assertThat(convert("varchar(40)", LocalDateTime.of(2024, 3, 5, 14, 7), "smalldatetime", 121))
        .isEqualTo("2024-03-05 14:07:00.000");
    ValueTesting.assertError(
        () -> convert("varchar(40)", LocalDate.of(2024, 3, 5), "date", 99),
        281,
        "99 is not a valid style number when converting from date to a character string.");
  }

  @Test
  void offsetsAndIsoForms() {
    assertThat(cast("2024-01-31T10:00:00Z", "varchar(30)", "datetime"))
        .isEqualTo(LocalDateTime.of(2024, 1, 31, 10, 0));
    assertThat(cast("2024-01-31 10:00", "varchar(30)", "datetimeoffset(0)"))
        .isEqualTo(OffsetDateTime.of(2024, 1, 31, 10, 0, 0, 0, ZoneOffset.UTC));
    assertThat(
            cast(
                OffsetDateTime.of(2024, 1, 31, 10, 0, 0, 0, ZoneOffset.ofHours(3)),
                "datetimeoffset",
                "datetime2"))
        .isEqualTo(LocalDateTime.of(2024, 1, 31, 10, 0));
    assertThat(cast("10:00:00.1234567", "varchar(30)", "time(7)"))
        .isEqualTo(LocalTime.of(10, 0, 0, 123_456_700));
    assertThat(cast("2024-01-31 10:00", "varchar(30)", "time")).isEqualTo(LocalTime.of(10, 0));
  }

  @Test
  void datetimeAndBinary() {
    LocalDateTime t = LocalDateTime.of(1900, 1, 2, 0, 0, 0, 3_333_333);
    byte[] b = (byte[]) cast(t, "datetime", "binary(8)");
    assertThat(Bytes.hex(b)).isEqualTo("0000000100000001");
    assertThat(cast(b, "binary(8)", "datetime")).isEqualTo(t);
  }

  private static String fmt121(Object datetime) {
    return (String) convert("varchar(30)", datetime, "datetime", 121);
  }
}
