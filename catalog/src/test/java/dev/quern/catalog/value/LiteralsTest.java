package dev.quern.catalog.value;

import static dev.quern.catalog.value.ValueTesting.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.type.SqlTypes;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LiteralsTest {
  private static String type(TypedValue v) {
    return SqlTypes.sqlName(v.type());
  }

  @Test
  void integersAreIntUntilTheyDoNotFit() {
    assertThat(Literals.numeric("42")).isEqualTo(new TypedValue(42, SqlTypes.INT));
    assertThat(Literals.numeric("2147483647").value()).isEqualTo(Integer.MAX_VALUE);
    TypedValue big = Literals.numeric("2147483648");
    assertThat(type(big)).isEqualTo("numeric(10,0)");
    assertThat(big.value()).isEqualTo(new BigDecimal("2147483648"));
  }

  @Test
  void decimalsGetTheirWrittenPrecisionAndScale() {
    assertThat(type(Literals.numeric("1.50"))).isEqualTo("numeric(3,2)");
    assertThat(type(Literals.numeric("0.5"))).isEqualTo("numeric(1,1)");
    assertThat(type(Literals.numeric(".05"))).isEqualTo("numeric(2,2)");
    assertThat(type(Literals.numeric("10.0"))).isEqualTo("numeric(3,1)");
    assertThat(type(Literals.numeric("1."))).isEqualTo("numeric(1,0)");
    assertThat(Literals.numeric("1.50").value()).isEqualTo(new BigDecimal("1.50"));
    assertError(
        () -> Literals.numeric("1" + "0".repeat(38)),
        1007,
        "The number '1"
            + "0".repeat(38)
            + "' is out of the range for numeric representation (maximum precision 38).");
  }

  @Test
  void otherLiterals() {
    assertThat(Literals.floating("1e3")).isEqualTo(new TypedValue(1000.0, SqlTypes.FLOAT));
    assertThat(Literals.money("$12.5"))
        .isEqualTo(new TypedValue(new BigDecimal("12.5000"), SqlTypes.MONEY));
    assertThat(type(Literals.string("abc"))).isEqualTo("varchar(3)");
    assertThat(type(Literals.nstring("abc"))).isEqualTo("nvarchar(3)");
    assertThat(type(Literals.string("x".repeat(8001)))).isEqualTo("varchar(max)");
    TypedValue b = Literals.binary("0xABCD");
    assertThat(type(b)).isEqualTo("varbinary(2)");
    assertThat((byte[]) b.value()).containsExactly(0xAB, 0xCD);
    assertThat((byte[]) Literals.binary("0xABC").value()).containsExactly(0x0A, 0xBC);
  }
}
