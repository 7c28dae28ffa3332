package dev.quern.catalog.value;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.codec.KeyCollation;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import org.junit.jupiter.api.Test;

class CollationTest {
  private static final SqlType VARCHAR = SqlType.ofLength(TypeId.VARCHAR, 20);
  private static final SqlType NVARCHAR = SqlType.ofLength(TypeId.NVARCHAR, 20);

  private static Collation named(String name) {
    return SupportedCollations.find(name);
  }

  @Test
  void findsSupportedNamesInAnyCaseAndNothingElse() {
    assertThat(named("latin1_general_bin2").name()).isEqualTo("Latin1_General_BIN2");
    assertThat(named("SQL_LATIN1_GENERAL_CP1_CI_AS")).isSameAs(SupportedCollations.DEFAULT);
    assertThat(named("Latin1_General_100_CS_AI").name()).isEqualTo("Latin1_General_100_CS_AI");
    assertThat(named("Japanese_CI_AS")).isNull();
    assertThat(named("SQL_Latin1_General_CP1_CS_AI")).isNull();
    assertThat(SupportedCollations.ofStored(null)).isSameAs(SupportedCollations.DEFAULT);
  }

  @Test
  void caseSensitiveCollationsTellCaseApart() {
    assertThat(named("Latin1_General_CS_AS").compare("abc", "ABC", true)).isNotZero();
    assertThat(named("Latin1_General_CI_AS").compare("abc", "ABC", true)).isZero();
    assertThat(named("SQL_Latin1_General_CP1_CS_AS").compare("a", "A", false)).isNegative();
    assertThat(named("Latin1_General_CS_AS").compare("A", "b", true)).isNegative();
  }

  @Test
  void accentInsensitiveCollationsIgnoreAccents() {
    assertThat(named("Latin1_General_CI_AI").compare("résumé", "RESUME", true)).isZero();
    assertThat(named("Latin1_General_CS_AI").compare("résumé", "resume", true)).isZero();
    assertThat(named("Latin1_General_CS_AI").compare("résumé", "Resume", true)).isNotZero();
    assertThat(SupportedCollations.DEFAULT.compare("résumé", "resume", true)).isNotZero();
  }

  @Test
  void binaryCollationsOrderByCodePointAndIgnoreTrailingSpaces() {
    Collation bin2 = named("Latin1_General_BIN2");
    assertThat(bin2.compare("B", "a", false)).isNegative();
    assertThat(bin2.compare("a", "a   ", false)).isZero();
    assertThat(bin2.compare("ab", "a", false)).isPositive();
    assertThat(bin2.compare("\uFFFD", "\uD83D\uDE00", true)).isNegative(); // U+FFFD < U+1F600
    assertThat(named("Latin1_General_BIN").compare("a ", "a", true)).isZero();
  }

  @Test
  void comparisonsOfMixedCharacterTypesUseTheCollation() {
    Collation cs = named("Latin1_General_CS_AS");
    assertThat(Comparisons.compare("abc", VARCHAR, "ABC", NVARCHAR, cs)).isNotZero();
    assertThat(Comparisons.compare("abc", VARCHAR, "ABC", NVARCHAR, null)).isZero();
    assertThat(Comparisons.compare(1, SqlType.of(TypeId.INT), 2, SqlType.of(TypeId.INT), cs)).isNegative();
  }

  @Test
  void orderAgreesWithTheKeysOfTheColumnsIndexes() {
    for (String name : new String[] {"Latin1_General_CS_AS", "Latin1_General_CI_AI", "Latin1_General_CS_AI"}) {
      Collation c = named(name);
      KeyCollation k = c.keyCollation();
      String[] words = {"a", "A", "á", "b", "B", "ab", "Ab"};
      for (String x : words) {
        for (String y : words) {
          int byKeys = Integer.signum(java.util.Arrays.compareUnsigned(k.sortKey(x, true), k.sortKey(y, true)));
          assertThat(c.compare(x, y, true)).as(name + " " + x + " " + y).isEqualTo(byKeys);
        }
      }
    }
  }

  @Test
  void describesItsPropertiesAsCollationPropertyDoes() {
    assertThat(SupportedCollations.DEFAULT.comparisonStyle()).isEqualTo(196609);
    assertThat(named("Latin1_General_CS_AS").comparisonStyle()).isEqualTo(196608);
    assertThat(named("Latin1_General_CI_AI").comparisonStyle()).isEqualTo(196611);
    assertThat(named("Latin1_General_BIN2").comparisonStyle()).isZero();
    assertThat(named("Latin1_General_100_CI_AS").version()).isEqualTo(2);
    assertThat(named("SQL_Latin1_General_CP1_CS_AS").sortId()).isEqualTo(51);
    assertThat(SupportedCollations.description(named("Latin1_General_BIN2")))
        .isEqualTo("Latin1-General, binary code point comparison sort");
    assertThat(SupportedCollations.description(named("Latin1_General_100_CI_AI")))
        .isEqualTo("Latin1-General-100, case-insensitive, accent-insensitive, kanatype-insensitive, width-insensitive");
  }
}
