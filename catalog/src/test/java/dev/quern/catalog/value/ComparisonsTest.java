package dev.quern.catalog.value;

import static dev.quern.catalog.value.ValueTesting.assertError;
import static dev.quern.catalog.value.ValueTesting.t;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.type.SqlTypes;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ComparisonsTest {
  @Test
  void stringsCompareCaseInsensitivelyIgnoringTrailingSpaces() {
    assertThat(Comparisons.equal("abc", t("varchar(3)"), "ABC  ", t("char(5)"))).isTrue();
    assertThat(Comparisons.equal("abc", t("varchar(3)"), " abc", t("varchar(4)"))).isFalse();
    assertThat(Comparisons.compare("apple", t("varchar(5)"), "Banana", t("varchar(6)")))
        .isNegative();
    assertThat(Comparisons.equal("cafe", t("nvarchar(4)"), "caf\u00e9", t("nvarchar(4)")))
        .isFalse();
    assertThat(Comparisons.equal("x\t", t("varchar(2)"), "x", t("varchar(1)"))).isFalse();
  }

  @Test
  void collationKeysAgreeWithCompare() {
    assertThat(Collations.key("Hello  ")).isEqualTo(Collations.key("hello"));
    assertThat(java.util.Arrays.compare(Collations.key("a"), Collations.key("B"))).isNegative();
  }

  @Test
  void mixedTypesMeetAtTheHigherPrecedence() {
    assertThat(Comparisons.equal("10", t("varchar(2)"), 10, t("int"))).isTrue();
    assertThat(Comparisons.compare(1, t("int"), new BigDecimal("1.5"), t("numeric(2,1)")))
        .isNegative();
    assertThat(Comparisons.equal(1, t("int"), 1.0, t("float"))).isTrue();
    assertThat(Comparisons.equal(true, t("bit"), 1, t("int"))).isTrue();
    assertThat(
            Comparisons.equal(
                new BigDecimal("1.50"),
                t("numeric(3,2)"),
                new BigDecimal("1.5"),
                t("numeric(2,1)")))
        .isTrue();
    assertError(
        () -> Comparisons.compare("abc", t("varchar(3)"), 1, t("int")),
        245,
        "Conversion failed when converting the varchar value 'abc' to data type int.");
    assertError(
        () -> Comparisons.compare(java.time.LocalDate.of(2024, 1, 1), t("date"), 1, t("int")),
        206,
        "Operand type clash: int is incompatible with date");
  }

  @Test
  void numbersCompareByValueWithoutOverflow() {
    assertThat(
            Comparisons.compare(
                new BigDecimal("12345678901234567890"),
                t("decimal(38,0)"),
                new BigDecimal("0.00000000000000000000000000000000000001"),
                t("decimal(38,38)")))
        .isPositive();
    assertThat(Comparisons.equal(0.0, t("float"), -0.0, t("float"))).isTrue();
    assertThat(Comparisons.equal(new BigDecimal("2.5000"), t("money"), 2.5, t("float"))).isTrue();
  }

  @Test
  void variantsOrderByFamilyThenValue() {
    SqlVariant i = new SqlVariant(t("int"), 5);
    SqlVariant s = new SqlVariant(t("varchar(3)"), "abc");
    SqlVariant d = new SqlVariant(t("decimal(3,1)"), new BigDecimal("5.0"));
    assertThat(Comparisons.compare(i, SqlTypes.SQL_VARIANT, s, SqlTypes.SQL_VARIANT)).isPositive();
    assertThat(Comparisons.equal(i, SqlTypes.SQL_VARIANT, d, SqlTypes.SQL_VARIANT)).isTrue();
    assertThat(Comparisons.equal(i, SqlTypes.SQL_VARIANT, 5, t("int"))).isTrue();
  }

  @Test
  void datesCompareAcrossTypes() {
    assertThat(
            Comparisons.equal(
                java.time.LocalDate.of(2024, 1, 1),
                t("date"),
                java.time.LocalDateTime.of(2024, 1, 1, 0, 0),
                t("datetime")))
        .isTrue();
    assertThat(
            Comparisons.compare(
                "2024-01-02", t("varchar(10)"), java.time.LocalDate.of(2024, 1, 1), t("date")))
        .isPositive();
  }

  @Test
  void binaryPadsWithZeros() {
    assertThat(
            Comparisons.equal(
                new byte[] {1}, t("varbinary(1)"), new byte[] {1, 0}, t("varbinary(2)")))
        .isTrue();
    assertThat(
            Comparisons.compare(
                new byte[] {(byte) 0x80}, t("varbinary(1)"), new byte[] {1}, t("varbinary(1)")))
        .isPositive();
  }

  @Test
  void guidsOrderByTheirLastGroupFirst() {
    UUID a = UUID.fromString("00000000-0000-0000-0000-000000000002");
    UUID b = UUID.fromString("ff000000-0000-0000-0000-000000000001");
    assertThat(Comparisons.compare(a, SqlTypes.UNIQUEIDENTIFIER, b, SqlTypes.UNIQUEIDENTIFIER))
        .isPositive();
  }

  @Test
  void precedence() {
    assertThat(SqlTypes.sqlName(TypePrecedence.resultType(t("int"), t("decimal(5,2)"))))
        .isEqualTo("decimal(12,2)");
    assertThat(SqlTypes.sqlName(TypePrecedence.resultType(t("varchar(10)"), t("nvarchar(5)"))))
        .isEqualTo("nvarchar(10)");
    assertThat(SqlTypes.sqlName(TypePrecedence.resultType(t("varchar(10)"), t("int"))))
        .isEqualTo("int");
    assertThat(SqlTypes.sqlName(TypePrecedence.resultType(t("datetime2(3)"), t("datetime2(5)"))))
        .isEqualTo("datetime2(5)");
    assertThat(SqlTypes.sqlName(TypePrecedence.resultType(t("date"), t("datetime"))))
        .isEqualTo("datetime");
    assertThat(TypePrecedence.rank(dev.quern.catalog.type.TypeId.SQL_VARIANT))
        .isGreaterThan(TypePrecedence.rank(dev.quern.catalog.type.TypeId.DATETIMEOFFSET));
  }
}
