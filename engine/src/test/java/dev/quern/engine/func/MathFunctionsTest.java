package dev.quern.engine.func;

import static dev.quern.engine.func.FunctionTesting.arg;
import static dev.quern.engine.func.FunctionTesting.assertError;
import static dev.quern.engine.func.FunctionTesting.call;
import static dev.quern.engine.func.FunctionTesting.i;
import static dev.quern.engine.func.FunctionTesting.num;
import static dev.quern.engine.func.FunctionTesting.s;
import static dev.quern.engine.func.FunctionTesting.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MathFunctionsTest {
  @Test
  void absCeilingFloorSignKeepTheType() {
    assertThat(call("ABS", i(-5))).isEqualTo(5);
    assertThat(call("ABS", num("-1.50"))).isEqualTo(new BigDecimal("1.50"));
    assertError(
        () -> call("ABS", i(Integer.MIN_VALUE)),
        8115,
        "Arithmetic overflow error converting expression to data type int.");
    assertThat(call("CEILING", num("1.2"))).isEqualTo(new BigDecimal("2"));
    assertThat(type("CEILING", num("1.2"))).isEqualTo(new SqlType(TypeId.NUMERIC, 0, 2, 0));
    assertThat(call("FLOOR", num("-1.2"))).isEqualTo(new BigDecimal("-2"));
    assertThat(call("FLOOR", num("-1.2e0"))).isEqualTo(-2.0);
    assertThat(call("SIGN", i(-7))).isEqualTo(-1);
    assertThat(call("SIGN", num("0.00"))).isEqualTo(new BigDecimal("0.00"));
    assertThat(call("ABS", arg(null, "int"))).isNull();
  }

  @Test
  void round() {
    assertThat(call("ROUND", num("123.45"), i(1))).isEqualTo(new BigDecimal("123.50"));
    assertThat(call("ROUND", num("123.45"), i(-1))).isEqualTo(new BigDecimal("120.00"));
    assertThat(call("ROUND", num("123.45"), i(1), i(1))).isEqualTo(new BigDecimal("123.40"));
    assertThat(call("ROUND", num("-2.5"), i(0))).isEqualTo(new BigDecimal("-3.0"));
    assertThat(call("ROUND", i(125), i(-1))).isEqualTo(130);
    assertThat(call("ROUND", num("2.5e0"), i(0))).isEqualTo(3.0);
    assertThat(type("ROUND", num("123.45"), i(1))).isEqualTo(new SqlType(TypeId.NUMERIC, 0, 5, 2));
    assertError(
        () -> call("ROUND", num("9.99"), i(1)),
        8115,
        "Arithmetic overflow error converting expression to data type numeric.");
  }

  @Test
  void powerKeepsTheBaseType() {
    assertThat(call("POWER", i(2), i(10))).isEqualTo(1024);
    assertThat(call("POWER", i(2), num("0.5"))).isEqualTo(1);
    assertThat(call("POWER", num("2.0"), num("0.5"))).isEqualTo(new BigDecimal("1.4"));
    assertThat(call("POWER", num("2e0"), num("0.5"))).isEqualTo(Math.sqrt(2));
    assertThat(call("RADIANS", i(180))).isEqualTo(3);
    assertThat(call("DEGREES", num("3.141592653589793e0"))).isEqualTo(180.0);
  }

  @Test
  void floatFunctions() {
    assertThat(call("SQRT", i(16))).isEqualTo(4.0);
    assertThat(call("SQUARE", i(3))).isEqualTo(9.0);
    assertThat(call("PI")).isEqualTo(Math.PI);
    assertThat((Double) call("LOG", num("2.718281828459045e0"))).isCloseTo(1.0, within(1e-12));
    assertThat(call("LOG", i(8), i(2))).isEqualTo(3.0);
    assertThat(call("LOG10", i(1000))).isEqualTo(3.0);
    assertThat(call("ATN2", i(1), i(1))).isEqualTo(Math.atan2(1, 1));
    assertThat(call("SQRT", s("16"))).isEqualTo(4.0);
    assertThat(type("SQRT", i(1))).isEqualTo(SqlTypes.FLOAT);
    assertError(() -> call("SQRT", i(-1)), 3623, "An invalid floating point operation occurred.");
    assertError(() -> call("LOG", i(0)), 3623, "An invalid floating point operation occurred.");
    assertError(
        () -> call("SQRT", arg(java.time.LocalDate.of(2024, 1, 1), "date")),
        8116,
        "Argument data type date is invalid for argument 1 of sqrt function.");
  }

  @Test
  void randIsRepeatableForASeed() {
    FixedContext ctx = new FixedContext();
    double a = (Double) call(ctx, "RAND", i(5));
    double a2 = (Double) call(ctx, "RAND");
    double b = (Double) call(ctx, "RAND", i(5));
    double b2 = (Double) call(ctx, "RAND");
    assertThat(a).isEqualTo(b).isBetween(0.0, 1.0);
    assertThat(a2).isEqualTo(b2);
    assertThat(FunctionTesting.fn("RAND").deterministic()).isFalse();
  }

  @Test
  void newIdIsRandom() {
    assertThat(call("NEWID")).isNotEqualTo(call("NEWID"));
    assertThat(type("NEWID")).isEqualTo(SqlTypes.UNIQUEIDENTIFIER);
  }

  @Test
  void isNumericQuirks() {
    assertThat(call("ISNUMERIC", s("123"))).isEqualTo(1);
    assertThat(call("ISNUMERIC", s("1.5e3"))).isEqualTo(1);
    assertThat(call("ISNUMERIC", s("$"))).isEqualTo(1);
    assertThat(call("ISNUMERIC", s("1,000"))).isEqualTo(1);
    assertThat(call("ISNUMERIC", s("-"))).isEqualTo(1);
    assertThat(call("ISNUMERIC", s("abc"))).isEqualTo(0);
    assertThat(call("ISNUMERIC", s(""))).isEqualTo(0);
    assertThat(call("ISNUMERIC", arg(null, "varchar(1)"))).isEqualTo(0);
    assertThat(call("ISNUMERIC", i(5))).isEqualTo(1);
  }
}
