package dev.quern.catalog.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * SQL Server facts about SQL_Latin1_General_CP1_CI_AS, its CS and AI variants and BIN2, as key
 * comparisons.
 */
class KeyCollationTest {
  private static int cmp(TypeId type, KeyCollation collation, String a, String b) {
    KeyColumn col = new KeyColumn(SqlType.ofLength(type, 50), collation, false);
    return Integer.signum(
        Arrays.compareUnsigned(
            KeyEncoder.withPrefix(new byte[0]).add(col, a).toBytes(),
            KeyEncoder.withPrefix(new byte[0]).add(col, b).toBytes()));
  }

  private static int ci(String a, String b) {
    return cmp(TypeId.NVARCHAR, KeyCollation.CI_AS, a, b);
  }

  @Test
  void caseAndTrailingSpacesDoNotMatter() {
    assertThat(ci("abc", "ABC")).isZero();
    assertThat(ci("abc", "abc  ")).isZero();
    assertThat(ci("Abc ", "aBC")).isZero();
    assertThat(cmp(TypeId.VARCHAR, KeyCollation.CI_AS, "abc", "ABC   ")).isZero();
    assertThat(ci("", "   ")).isZero();
  }

  @Test
  void lettersOrderIgnoringCase() {
    assertThat(ci("a", "B")).isNegative();
    assertThat(ci("B", "c")).isNegative();
    assertThat(ci("Z", "a")).isPositive();
    assertThat(ci("ab", "abc")).isNegative();
    assertThat(ci("", "a")).isNegative();
    assertThat(ci("a b", "ab")).isNegative();
    assertThat(ci("1", "9")).isNegative();
    assertThat(ci("10", "9")).isNegative();
    assertThat(ci("9", "a")).isNegative();
  }

  @Test
  void accentsMatterAfterTheBaseLetters() {
    assertThat(ci("e", "é")).isNegative();
    assertThat(ci("é", "f")).isNegative();
    assertThat(ci("É", "é")).isZero();
    assertThat(ci("résumé", "resume")).isPositive();
    assertThat(ci("résumé", "resumes")).isNegative(); // base letters decide first
    assertThat(ci("e\u0301", "é")).isZero(); // decomposed and composed forms are equal
  }

  @Test
  void ligaturesExpand() {
    assertThat(ci("straße", "STRASSE")).isZero();
    assertThat(ci("Æther", "aether")).isZero();
    assertThat(ci("ø", "o")).isPositive();
    assertThat(ci("ø", "p")).isNegative();
  }

  @Test
  void hyphenUsesWordSortOnlyForUnicode() {
    assertThat(ci("coop", "co-op")).isNegative();
    assertThat(ci("co-op", "coopa")).isNegative();
    assertThat(ci("co-op", "co-op")).isZero();
    assertThat(cmp(TypeId.VARCHAR, KeyCollation.CI_AS, "co-op", "coop")).isNegative();
    assertThat(cmp(TypeId.VARCHAR, KeyCollation.CI_AS, "co-op", "coa")).isNegative();
  }

  @Test
  void binaryCollationOrdersByCodePointAndStillIgnoresTrailingSpaces() {
    assertThat(cmp(TypeId.NVARCHAR, KeyCollation.BIN2, "B", "a")).isNegative();
    assertThat(cmp(TypeId.NVARCHAR, KeyCollation.BIN2, "abc", "ABC")).isPositive();
    assertThat(cmp(TypeId.NVARCHAR, KeyCollation.BIN2, "abc", "abc  ")).isZero();
    assertThat(KeyCollation.forName("Latin1_General_BIN2")).isEqualTo(KeyCollation.BIN2);
    assertThat(KeyCollation.forName("SQL_Latin1_General_CP1_CI_AS")).isEqualTo(KeyCollation.CI_AS);
  }

  @Test
  void prefixEndBoundsAPrefixScan() {
    assertThat(KeyBytes.prefixEnd(new byte[] {1, 2})).containsExactly(1, 3);
    assertThat(KeyBytes.prefixEnd(new byte[] {1, (byte) 0xFF})).containsExactly(2);
    assertThat(KeyBytes.prefixEnd(new byte[] {(byte) 0xFF})).isNull();
  }

  @Test
  void caseSensitiveCollationPutsLowerCaseFirst() {
    assertThat(cmp(TypeId.NVARCHAR, KeyCollation.CS_AS, "a", "A")).isNegative();
    assertThat(cmp(TypeId.NVARCHAR, KeyCollation.CS_AS, "A", "b")).isNegative();
    assertThat(cmp(TypeId.NVARCHAR, KeyCollation.CS_AS, "abc", "abc ")).isZero();
    assertThat(cmp(TypeId.NVARCHAR, KeyCollation.CS_AS, "Straße", "STRASSE")).isNegative();
    assertThat(KeyCollation.forName("Latin1_General_CS_AS")).isEqualTo(KeyCollation.CS_AS);
  }

  @Test
  void accentInsensitiveCollationIgnoresAccents() {
    assertThat(cmp(TypeId.NVARCHAR, KeyCollation.CI_AI, "résumé", "RESUME")).isZero();
    assertThat(cmp(TypeId.NVARCHAR, KeyCollation.CI_AI, "é", "f")).isNegative();
    assertThat(KeyCollation.forName("Latin1_General_CI_AI")).isEqualTo(KeyCollation.CI_AI);
  }

  @Test
  void caseSensitiveAccentInsensitiveCollationKeepsCaseOnly() {
    assertThat(cmp(TypeId.NVARCHAR, KeyCollation.CS_AI, "résumé", "resume")).isZero();
    assertThat(cmp(TypeId.NVARCHAR, KeyCollation.CS_AI, "résumé", "Resume")).isNotZero();
    assertThat(cmp(TypeId.NVARCHAR, KeyCollation.CS_AI, "a", "A")).isNegative();
    assertThat(KeyCollation.forName("Latin1_General_CS_AI")).isEqualTo(KeyCollation.CS_AI);
    assertThat(KeyCollation.forName("Latin1_General_100_CS_AI")).isEqualTo(KeyCollation.CS_AI);
  }
}
