package dev.quern.catalog.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeFacetException;
import dev.quern.catalog.type.TypeId;
import org.junit.jupiter.api.Test;

class VectorTextTest {
  @Test
  void writesEachElementAsPercentSevenEWithAThreeDigitExponent() {
    assertThat(VectorText.parse("[1, 2, 3]").toString())
        .isEqualTo("[1.0000000e+000,2.0000000e+000,3.0000000e+000]");
    assertThat(VectorText.parse("[0.1, 123456789.123, -0.5E-1, 1e-45]").toString())
        .isEqualTo("[1.0000000e-001,1.2345679e+008,-5.0000001e-002,1.4012985e-045]");
    assertThat(VectorText.parse(" [ -0 ,\t3.4028235e38\r\n] ").toString())
        .isEqualTo("[0.0000000e+000,3.4028235e+038]");
  }

  @Test
  void storesSqlServersBinaryLayout() {
    VectorValue v = VectorText.parse("[1, 2]");
    byte[] bytes = v.toBytes();
    assertThat(bytes).hasSize(16);
    assertThat(java.util.HexFormat.of().formatHex(bytes, 0, 8)).isEqualTo("a901020000000000");
    assertThat(VectorValue.fromBytes(bytes)).isEqualTo(v);
  }

  @Test
  void refusesTextThatIsNoVectorAsSqlServerDoes() {
    assertError("[1,null", 13670, 4, "Input JSON is not a valid Vector : 'Null Not Supported'.");
    assertError("[[]]", 13670, 8, "Input JSON is not a valid Vector : 'Empty Array not Supported'.");
    assertError("[{}]", 13670, 7, "Input JSON is not a valid Vector : 'Empty object Not Suppoted'.");
    assertError("1", 13670, 1, "Input JSON is not a valid Vector : 'Malformed JSON'.");
    assertError("[1,2,]", 13609, 9, "JSON text is not properly formatted. Unexpected character ']' is found at position 5.");
    assertError("[1,2", 13609, 9, "JSON text is not properly formatted. Unexpected character '.' is found at position 4.");
    assertError("[1,2,é]", 13609, 9, "JSON text is not properly formatted. Unexpected character 'Ã' is found at position 5.");
    assertError("[3.4028236e38]", 42241, 1, "Input JSON contains out-of-range values for float32.");
  }

  @Test
  void convertsOnlyBetweenStringsAndEqualDimensions() {
    SqlType v2 = SqlType.ofLength(TypeId.VECTOR, 2);
    Object v = Conversions.convert("[1,2]", SqlTypes.VARCHAR_MAX, v2);
    assertThat(Conversions.convert(v, v2, SqlType.ofLength(TypeId.CHAR, 35)))
        .isEqualTo("[1.0000000e+000,2.0000000e+000]    ");
    assertThatThrownBy(() -> Conversions.convert(v, v2, SqlType.ofLength(TypeId.VARCHAR, 30)))
        .isInstanceOfSatisfying(SqlValueException.class, e -> assertThat(e.number()).isEqualTo(42211));
    assertThatThrownBy(() -> Conversions.convert(v, v2, SqlType.ofLength(TypeId.VECTOR, 3)))
        .isInstanceOfSatisfying(SqlValueException.class, e -> assertThat(e.text())
            .isEqualTo("The vector dimensions 2 and 3 do not match."));
    assertThatThrownBy(() -> Conversions.convert(v, v2, SqlTypes.INT))
        .isInstanceOfSatisfying(SqlValueException.class, e -> assertThat(e.number()).isEqualTo(529));
  }

  @Test
  void parsesTheTypeName() {
    assertThat(SqlTypes.parse("vector(3)")).isEqualTo(SqlType.ofLength(TypeId.VECTOR, 3));
    assertThat(SqlTypes.parse("VECTOR(3, Float32)")).isEqualTo(SqlType.ofLength(TypeId.VECTOR, 3));
    assertThat(SqlTypes.sqlName(SqlType.ofLength(TypeId.VECTOR, 1998))).isEqualTo("vector(1998)");
    assertThatThrownBy(() -> SqlTypes.parse("vector(2, float16)"))
        .isInstanceOfSatisfying(TypeFacetException.class, e -> assertThat(e.number()).isEqualTo(195));
    assertThatThrownBy(() -> SqlTypes.parse("vector(1999)"))
        .isInstanceOfSatisfying(TypeFacetException.class, e -> assertThat(e.number()).isEqualTo(2717));
    assertThatThrownBy(() -> SqlTypes.parse("vector")).isInstanceOf(IllegalArgumentException.class);
  }

  private static void assertError(String text, int number, int state, String message) {
    assertThatThrownBy(() -> VectorText.parse(text))
        .isInstanceOfSatisfying(SqlValueException.class, e -> {
          assertThat(e.number()).isEqualTo(number);
          assertThat(e.state()).isEqualTo(state);
          assertThat(e.text()).isEqualTo(message);
        });
  }
}
