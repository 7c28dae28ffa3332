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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class NewerFunctionsTest {
  private static final LocalDateTime T = LocalDateTime.of(2024, 5, 15, 10, 30, 15, 123_456_700);

  @Test
  void dateTrunc() {
    assertThat(call("DATETRUNC", s("year"), arg(T, "datetime2")))
        .isEqualTo(LocalDateTime.of(2024, 1, 1, 0, 0));
    assertThat(call("DATETRUNC", s("quarter"), arg(T, "datetime2")))
        .isEqualTo(LocalDateTime.of(2024, 4, 1, 0, 0));
    assertThat(call("DATETRUNC", s("month"), arg(T, "datetime2")))
        .isEqualTo(LocalDateTime.of(2024, 5, 1, 0, 0));
    // 2024-05-15 is a Wednesday: the week (DATEFIRST 7) starts Sunday the 12th, the ISO week Monday
    // the 13th.
    assertThat(call("DATETRUNC", s("week"), arg(T, "datetime2")))
        .isEqualTo(LocalDateTime.of(2024, 5, 12, 0, 0));
    assertThat(call("DATETRUNC", s("iso_week"), arg(T, "datetime2")))
        .isEqualTo(LocalDateTime.of(2024, 5, 13, 0, 0));
    assertThat(call("DATETRUNC", s("hour"), arg(T, "datetime2")))
        .isEqualTo(LocalDateTime.of(2024, 5, 15, 10, 0));
    assertThat(call("DATETRUNC", s("ms"), arg(T, "datetime2")))
        .isEqualTo(LocalDateTime.of(2024, 5, 15, 10, 30, 15, 123_000_000));
    assertThat(call("DATETRUNC", s("month"), arg(LocalDate.of(2024, 5, 15), "date")))
        .isEqualTo(LocalDate.of(2024, 5, 1));
  }

  @Test
  void greatestAndLeast() {
    assertThat(call("GREATEST", i(1), num("2.5"), i(2))).isEqualTo(new BigDecimal("2.5"));
    assertThat(call("LEAST", s("b"), s("A"), s("c"))).isEqualTo("A");
    assertThat(call("GREATEST", arg(null, "int"), i(3))).isEqualTo(3);
    assertThat(call("LEAST", arg(null, "int"), arg(null, "int"))).isNull();
    assertThat(type("GREATEST", i(1), num("2.5")))
        .isEqualTo(
            new dev.quern.catalog.type.SqlType(dev.quern.catalog.type.TypeId.NUMERIC, 0, 11, 1));
  }

  @Test
  void offsets() {
    OffsetDateTime utc = OffsetDateTime.of(2024, 5, 15, 10, 0, 0, 0, ZoneOffset.UTC);
    assertThat(call("SWITCHOFFSET", arg(utc, "datetimeoffset"), s("+02:00")))
        .isEqualTo(OffsetDateTime.of(2024, 5, 15, 12, 0, 0, 0, ZoneOffset.ofHours(2)));
    assertThat(
            call(
                "TODATETIMEOFFSET",
                arg(LocalDateTime.of(2024, 5, 15, 10, 0), "datetime2"),
                i(-300)))
        .isEqualTo(OffsetDateTime.of(2024, 5, 15, 10, 0, 0, 0, ZoneOffset.ofHours(-5)));
    assertError(
        () -> call("SWITCHOFFSET", arg(utc, "datetimeoffset"), s("+15:00")),
        9812,
        "The timezone provided to builtin function switchoffset is invalid.");
  }

  @Test
  void hashBytes() {
    assertThat(HexFormat.of().formatHex((byte[]) call("HASHBYTES", s("MD5"), s("abc"))))
        .isEqualTo("900150983cd24fb0d6963f7d28e17f72");
    assertThat(HexFormat.of().formatHex((byte[]) call("HASHBYTES", s("SHA2_256"), s("abc"))))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(((byte[]) call("HASHBYTES", s("SHA1"), n("abc"))).length).isEqualTo(20);
    assertThat(call("HASHBYTES", s("NOPE"), s("abc"))).isNull();
    assertThat(call("HASHBYTES", s("MD5"), arg(null, "varchar(1)"))).isNull();
  }
}
