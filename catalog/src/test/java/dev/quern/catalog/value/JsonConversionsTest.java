package dev.quern.catalog.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import org.junit.jupiter.api.Test;

class JsonConversionsTest {
  private static Object toJson(String text) {
    return Conversions.convert(text, SqlTypes.NVARCHAR_MAX, SqlTypes.JSON);
  }

  @Test
  void keepsTheCanonicalText() {
    assertThat(toJson(" { \"b\" : [ 1 , 2.50 ] , \"b\" : 3 , \"a\" : \"\\u0041\\n\" } "))
        .isEqualTo("{\"b\":[1,2.50],\"a\":\"A\\n\"}");
    assertThat(toJson("[-0, -0.0, 1E2, \"\\ud800\"]")).isEqualTo("[0,0.0,100.0000000000,\"\uFFFD\"]");
  }

  @Test
  void reportsTheUtf8ByteOffsetOfTheBadCharacter() {
    assertThatThrownBy(() -> toJson("[\"ž\", x]"))
        .isInstanceOfSatisfying(SqlValueException.class, e -> {
          assertThat(e.number()).isEqualTo(13609);
          assertThat(e.state()).isEqualTo(9);
          assertThat(e.text()).endsWith("Unexpected character 'x' is found at position 7.");
        });
  }

  @Test
  void limitsDepthAndItems() {
    assertThat(toJson("[".repeat(128) + "]".repeat(128))).isNotNull();
    assertThatThrownBy(() -> toJson("[".repeat(129) + "]".repeat(129)))
        .isInstanceOfSatisfying(SqlValueException.class, e -> assertThat(e.number()).isEqualTo(13645));
    String items = "[" + "0,".repeat(65_535) + "0]";
    assertThatThrownBy(() -> toJson(items))
        .isInstanceOfSatisfying(SqlValueException.class, e -> assertThat(e.number()).isEqualTo(13647));
  }

  @Test
  void convertsOnlyWithTheCharacterTypes() {
    assertThat(Conversions.implicitlyConvertible(SqlTypes.NVARCHAR_MAX, SqlTypes.JSON)).isTrue();
    assertThat(Conversions.implicitlyConvertible(SqlTypes.JSON, SqlTypes.NVARCHAR_MAX)).isFalse();
    assertThat(Conversions.explicitlyConvertible(SqlTypes.JSON, SqlTypes.VARCHAR_MAX)).isTrue();
    assertThat(Conversions.explicitlyConvertible(SqlTypes.INT, SqlTypes.JSON)).isFalse();
    assertThat(Conversions.explicitlyConvertible(SqlTypes.JSON, SqlTypes.XML)).isFalse();
    assertThatThrownBy(() -> Conversions.convert("[1,2]", SqlTypes.JSON, SqlType.ofLength(TypeId.VARCHAR, 3)))
        .isInstanceOfSatisfying(SqlValueException.class, e -> assertThat(e.number()).isEqualTo(13639));
    assertThat(Conversions.convert("[1]", SqlTypes.JSON, SqlType.ofLength(TypeId.NCHAR, 5))).isEqualTo("[1]  ");
  }
}
