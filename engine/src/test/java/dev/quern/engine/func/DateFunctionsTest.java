package dev.quern.engine.func;

import static dev.quern.engine.func.FunctionTesting.arg;
import static dev.quern.engine.func.FunctionTesting.assertError;
import static dev.quern.engine.func.FunctionTesting.call;
import static dev.quern.engine.func.FunctionTesting.i;
import static dev.quern.engine.func.FunctionTesting.s;
import static dev.quern.engine.func.FunctionTesting.type;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DateFunctionsTest {
  private static final LocalDateTime T = LocalDateTime.of(2024, 1, 31, 10, 30, 15, 500_000_000);

  private static dev.quern.catalog.value.TypedValue dt2(LocalDateTime t) {
    return arg(t, "datetime2");
  }

  @Test
  void currentTimeFromTheSessionClock() {
    assertThat(call("GETDATE")).isEqualTo(LocalDateTime.of(2024, 3, 5, 14, 7, 9, 123_333_333));
    assertThat(call("SYSDATETIME")).isEqualTo(LocalDateTime.of(2024, 3, 5, 14, 7, 9, 123_456_700));
    assertThat(call("SYSUTCDATETIME"))
        .isEqualTo(LocalDateTime.of(2024, 3, 5, 14, 7, 9, 123_456_700));
    assertThat(call("CURRENT_TIMESTAMP")).isEqualTo(call("GETDATE"));
    assertThat(call("SYSDATETIMEOFFSET")).isInstanceOf(OffsetDateTime.class);
    assertThat(type("GETDATE")).isEqualTo(SqlTypes.DATETIME);
    assertThat(type("SYSDATETIME")).isEqualTo(SqlType.withScale(TypeId.DATETIME2, 7));
    assertThat(FunctionTesting.fn("GETDATE").deterministic()).isFalse();
  }

  @Test
  void dateAdd() {
    assertThat(call("DATEADD", s("day"), i(1), dt2(T))).isEqualTo(T.plusDays(1));
    assertThat(call("DATEADD", s("mm"), i(1), dt2(T)))
        .isEqualTo(LocalDateTime.of(2024, 2, 29, 10, 30, 15, 500_000_000));
    assertThat(call("DATEADD", s("yy"), i(-1), arg(LocalDate.of(2024, 2, 29), "date")))
        .isEqualTo(LocalDate.of(2023, 2, 28));
    assertThat(call("DATEADD", s("hh"), i(25), arg(LocalTime.of(10, 0), "time")))
        .isEqualTo(LocalTime.of(11, 0));
    assertThat(call("DATEADD", s("ms"), i(2), arg(LocalDateTime.of(2024, 1, 1, 0, 0), "datetime")))
        .isEqualTo(LocalDateTime.of(2024, 1, 1, 0, 0, 0, 3_333_333));
    assertThat(call("DATEADD", s("day"), i(1), s("2024-01-31")))
        .isEqualTo(LocalDateTime.of(2024, 2, 1, 0, 0));
    assertThat(type("DATEADD", s("day"), i(1), s("2024-01-31"))).isEqualTo(SqlTypes.DATETIME);
    assertThat(call("DATEADD", s("day"), arg(null, "int"), dt2(T))).isNull();
    assertError(
        () -> call("DATEADD", s("hour"), i(1), arg(LocalDate.of(2024, 1, 1), "date")),
        9810,
        "The datepart hour is not supported by date function dateadd for data type date.");
    assertError(
        () -> call("DATEADD", s("xx"), i(1), dt2(T)),
        155,
        "'xx' is not a recognized dateadd option.");
    assertError(
        () ->
            call(
                "DATEADD", s("year"), i(8000), arg(LocalDateTime.of(2024, 1, 1, 0, 0), "datetime")),
        517,
        "Adding a value to a 'datetime' column caused an overflow.");
  }

  @Test
  void dateDiffCountsBoundaries() {
    assertThat(call("DATEDIFF", s("year"), s("2024-12-31"), s("2025-01-01"))).isEqualTo(1);
    assertThat(call("DATEDIFF", s("month"), s("2024-01-31"), s("2024-02-01"))).isEqualTo(1);
    assertThat(call("DATEDIFF", s("day"), s("2024-01-01 23:59"), s("2024-01-02 00:01")))
        .isEqualTo(1);
    assertThat(call("DATEDIFF", s("day"), s("2024-01-02"), s("2024-01-01"))).isEqualTo(-1);
    // 2024-01-06 is a Saturday, 2024-01-07 a Sunday.
    assertThat(call("DATEDIFF", s("week"), s("2024-01-06"), s("2024-01-07"))).isEqualTo(1);
    assertThat(call("DATEDIFF", s("hour"), s("2024-01-01 10:59"), s("2024-01-01 11:00")))
        .isEqualTo(1);
    assertThat(call("DATEDIFF", s("ms"), s("2024-01-01 00:00:00"), s("2024-01-01 00:00:01.5")))
        .isEqualTo(1500);
    assertThat(call("DATEDIFF", s("quarter"), s("2024-03-31"), s("2024-04-01"))).isEqualTo(1);
    assertThat(
            call(
                "DATEDIFF",
                s("minute"),
                arg(
                    OffsetDateTime.of(2024, 1, 1, 10, 0, 0, 0, ZoneOffset.ofHours(2)),
                    "datetimeoffset"),
                arg(OffsetDateTime.of(2024, 1, 1, 10, 0, 0, 0, ZoneOffset.UTC), "datetimeoffset")))
        .isEqualTo(120);
    assertThat(call("DATEDIFF_BIG", s("ns"), s("2000-01-01"), s("2024-01-01")))
        .isEqualTo(757382400000000000L);
    assertError(
        () -> call("DATEDIFF", s("ns"), s("2000-01-01"), s("2024-01-01")),
        535,
        "The datediff function resulted in an overflow. The number of dateparts separating two"
            + " date/time instances is too large. Try to use datediff with a less precise"
            + " datepart.");
  }

  @Test
  void datePartAndDateName() {
    assertThat(call("DATEPART", s("yyyy"), dt2(T))).isEqualTo(2024);
    assertThat(call("DATEPART", s("q"), dt2(T))).isEqualTo(1);
    assertThat(call("DATEPART", s("dy"), dt2(T))).isEqualTo(31);
    assertThat(call("DATEPART", s("ms"), dt2(T))).isEqualTo(500);
    // 2024-01-31 is a Wednesday: 4 with DATEFIRST 7, 3 with DATEFIRST 1.
    assertThat(call("DATEPART", s("dw"), dt2(T))).isEqualTo(4);
    FixedContext monday = new FixedContext();
    monday.dateFirst = 1;
    assertThat(call(monday, "DATEPART", s("weekday"), dt2(T))).isEqualTo(3);
    assertThat(call("DATEPART", s("wk"), dt2(T))).isEqualTo(5);
    assertThat(call("DATEPART", s("iso_week"), dt2(T))).isEqualTo(5);
    assertThat(call("DATEPART", s("wk"), dt2(LocalDateTime.of(2024, 1, 6, 0, 0)))).isEqualTo(1);
    assertThat(call("DATEPART", s("wk"), dt2(LocalDateTime.of(2024, 1, 7, 0, 0)))).isEqualTo(2);
    assertThat(
            call(
                "DATEPART",
                s("ms"),
                arg(LocalDateTime.of(2024, 1, 1, 0, 0, 0, 6_666_667), "datetime")))
        .isEqualTo(7);
    assertThat(
            call(
                "DATEPART",
                s("tz"),
                arg(OffsetDateTime.of(T, ZoneOffset.ofHoursMinutes(5, 30)), "datetimeoffset")))
        .isEqualTo(330);
    assertThat(call("DATENAME", s("month"), dt2(T))).isEqualTo("January");
    assertThat(call("DATENAME", s("dw"), dt2(T))).isEqualTo("Wednesday");
    assertThat(call("DATENAME", s("day"), dt2(T))).isEqualTo("31");
    assertError(
        () -> call("DATEPART", s("year"), arg(LocalTime.NOON, "time")),
        9810,
        "The datepart year is not supported by date function datepart for data type time.");
  }

  @Test
  void yearMonthDay() {
    assertThat(call("YEAR", dt2(T))).isEqualTo(2024);
    assertThat(call("MONTH", s("2024-07-04"))).isEqualTo(7);
    assertThat(call("DAY", arg(LocalDate.of(2024, 2, 29), "date"))).isEqualTo(29);
    assertThat(call("YEAR", i(0))).isEqualTo(1900);
    assertThat(call("YEAR", arg(null, "date"))).isNull();
  }

  @Test
  void constructingDates() {
    assertThat(call("DATEFROMPARTS", i(2024), i(2), i(29))).isEqualTo(LocalDate.of(2024, 2, 29));
    assertError(
        () -> call("DATEFROMPARTS", i(2023), i(2), i(29)),
        289,
        "Cannot construct data type date, some of the arguments have values which are not valid.");
    assertThat(call("DATEFROMPARTS", i(2024), arg(null, "int"), i(1))).isNull();
    assertThat(call("DATETIME2FROMPARTS", i(2024), i(1), i(2), i(3), i(4), i(5), i(5), i(1)))
        .isEqualTo(LocalDateTime.of(2024, 1, 2, 3, 4, 5, 500_000_000));
    assertError(
        () -> call("DATETIME2FROMPARTS", i(2024), i(1), i(2), i(3), i(4), i(5), i(50), i(1)),
        289,
        "Cannot construct data type datetime2, some of the arguments have values which are not"
            + " valid.");
    assertThat(call("DATETIMEFROMPARTS", i(2024), i(1), i(2), i(3), i(4), i(5), i(7)))
        .isEqualTo(LocalDateTime.of(2024, 1, 2, 3, 4, 5, 6_666_667));
    assertThat(call("TIMEFROMPARTS", i(23), i(59), i(59), i(0), i(0)))
        .isEqualTo(LocalTime.of(23, 59, 59));
    assertThat(call("EOMONTH", s("2024-02-10"))).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(call("EOMONTH", s("2024-01-31"), i(1))).isEqualTo(LocalDate.of(2024, 2, 29));
    assertError(
        () -> call("DATEFROMPARTS", i(1), i(2)),
        174,
        "The datefromparts function requires 3 argument(s).");
  }

  @Test
  void isDate() {
    assertThat(call("ISDATE", s("2024-02-29"))).isEqualTo(1);
    assertThat(call("ISDATE", s("2023-02-29"))).isEqualTo(0);
    assertThat(call("ISDATE", s("1700-01-01"))).isEqualTo(0);
    assertThat(call("ISDATE", s("abc"))).isEqualTo(0);
    assertThat(call("ISDATE", arg(null, "varchar(1)"))).isEqualTo(0);
    assertThat(call("ISDATE", dt2(T))).isEqualTo(1);
  }
}
