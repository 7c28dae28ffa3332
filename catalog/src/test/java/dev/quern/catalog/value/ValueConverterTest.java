package dev.quern.catalog.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A converter chosen once for a pair of types gives, value for value, what the per-value
 * {@link Conversions#convert} gives: the same result, or the same SQL Server error.
 */
class ValueConverterTest {
  private static final String MDY = "mdy";
  private static final SqlType NVARCHAR_3 = SqlType.ofLength(TypeId.NVARCHAR, 3);
  private static final SqlType VARCHAR_3 = SqlType.ofLength(TypeId.VARCHAR, 3);
  private static final SqlType NCHAR_5 = SqlType.ofLength(TypeId.NCHAR, 5);
  private static final SqlType NVARCHAR_20 = SqlType.ofLength(TypeId.NVARCHAR, 20);
  private static final SqlType VARCHAR_10 = SqlType.ofLength(TypeId.VARCHAR, 10);

  private static Object convert(Object v, SqlType from, SqlType to) {
    return Conversions.converter(from, to, Conversions.NO_STYLE).convert(v, MDY);
  }

  @Test
  void integerToFloatIsADouble() {
    assertThat(convert(5, SqlTypes.INT, SqlTypes.FLOAT)).isEqualTo(5.0);
    assertThat(convert(-7L, SqlTypes.BIGINT, SqlTypes.FLOAT)).isEqualTo(-7.0);
    assertThat(convert(255, SqlTypes.TINYINT, SqlTypes.FLOAT)).isEqualTo(255.0);
  }

  @Test
  void integerToTextIsItsDigitsFittedToTheLength() {
    assertThat(convert(123, SqlTypes.INT, NVARCHAR_20)).isEqualTo("123");
    assertThat(convert(-9000000000L, SqlTypes.BIGINT, NVARCHAR_20)).isEqualTo("-9000000000");
    assertThat(convert(12, SqlTypes.INT, NCHAR_5)).isEqualTo("12   ");
    // Too long: '*' in varchar, error 8115 in nvarchar, as SQL Server does.
    assertThat(convert(12345, SqlTypes.INT, VARCHAR_3)).isEqualTo("*");
    assertThatThrownBy(() -> convert(12345, SqlTypes.INT, NVARCHAR_3))
        .isInstanceOfSatisfying(
            SqlValueException.class, e -> assertThat(e.number()).isEqualTo(8115));
  }

  @Test
  void textToShorterTextIsCutAndToNcharPadded() {
    assertThat(convert("abcdef", NVARCHAR_20, NVARCHAR_3)).isEqualTo("abc");
    assertThat(convert("abcdef", VARCHAR_10, NVARCHAR_3)).isEqualTo("abc");
    assertThat(convert("ab", NVARCHAR_20, NCHAR_5)).isEqualTo("ab   ");
    assertThat(convert("", NVARCHAR_20, NVARCHAR_3)).isEqualTo("");
  }

  @Test
  void unicodeToVarcharStillRecodesToCodePage1252() {
    assertThat(convert("a\u0101", NVARCHAR_20, VARCHAR_10)).isEqualTo("a?");
  }

  @Test
  void sameIntegerTypeKeepsTheValueAndFixesAnotherJavaClass() {
    assertThat(convert(42, SqlTypes.INT, SqlTypes.INT)).isEqualTo(42);
    assertThat(convert(42L, SqlTypes.BIGINT, SqlTypes.BIGINT)).isEqualTo(42L);
    // A Long under an int type goes through the general conversion and comes out an Integer.
    assertThat(convert(42L, SqlTypes.INT, SqlTypes.INT)).isEqualTo(42);
  }

  @Test
  void textToNumberErrorsAsTheGeneralConversion() {
    assertThatThrownBy(() -> convert("abc", NVARCHAR_20, SqlTypes.INT))
        .isInstanceOfSatisfying(
            SqlValueException.class, e -> assertThat(e.number()).isEqualTo(245));
    assertThatThrownBy(() -> convert(3_000_000_000L, SqlTypes.BIGINT, SqlTypes.INT))
        .isInstanceOfSatisfying(
            SqlValueException.class, e -> assertThat(e.number()).isEqualTo(8115));
  }

  @Test
  void forbiddenPairRaises529PerValue() {
    ValueConverter c =
        Conversions.converter(SqlTypes.DATE, SqlTypes.INT, Conversions.NO_STYLE);
    assertThatThrownBy(() -> c.convert(LocalDate.of(2024, 1, 1), MDY))
        .isInstanceOfSatisfying(
            SqlValueException.class, e -> assertThat(e.number()).isEqualTo(529));
  }

  @Test
  void sqlVariantUsesItsBaseTypePerValue() {
    ValueConverter c =
        Conversions.converter(SqlTypes.SQL_VARIANT, NVARCHAR_20, Conversions.NO_STYLE);
    assertThat(c.convert(new SqlVariant(SqlTypes.INT, 7), MDY)).isEqualTo("7");
    assertThat(c.convert(new SqlVariant(SqlTypes.FLOAT, 1.5), MDY)).isEqualTo("1.5");
  }

  @Test
  void everyPairAgreesWithTheGeneralConversion() {
    List<Object> samples =
        List.of(0, 1, -1, 12345, Integer.MAX_VALUE, 9_000_000_000L, "12", "abcdefghijklmnop", "");
    List<SqlType> types =
        List.of(
            SqlTypes.TINYINT, SqlTypes.SMALLINT, SqlTypes.INT, SqlTypes.BIGINT, SqlTypes.FLOAT,
            SqlTypes.REAL, SqlTypes.BIT, NVARCHAR_3, VARCHAR_3, NCHAR_5, NVARCHAR_20, VARCHAR_10,
            SqlType.ofLength(TypeId.CHAR, 4), SqlTypes.NVARCHAR_MAX,
            new SqlType(TypeId.DECIMAL, 0, 5, 2));
    List<String> differences = new ArrayList<>();
    for (SqlType from : types) {
      for (SqlType to : types) {
        for (Object v : samples) {
          String expected =
              outcome(() -> Conversions.convert(v, from, to, Conversions.NO_STYLE, MDY));
          String actual = outcome(() -> convert(v, from, to));
          if (!expected.equals(actual)) {
            differences.add(from + " -> " + to + " of " + v + ": " + actual + " not " + expected);
          }
        }
      }
    }
    assertThat(differences).isEmpty();
  }

  private static String outcome(java.util.function.Supplier<Object> conversion) {
    try {
      Object r = conversion.get();
      return r == null ? "null" : r.getClass().getSimpleName() + ":" + r;
    } catch (SqlValueException e) {
      return "error " + e.number() + " " + e.getMessage();
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName();
    }
  }
}
