package dev.quern.catalog.value;

import static dev.quern.catalog.value.ValueTesting.assertError;
import static dev.quern.catalog.value.ValueTesting.t;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.type.SqlTypes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArithmeticTest {
  @ParameterizedTest(name = "{1} {0} {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "*|decimal(10,2)|decimal(10,2)|decimal(21,4)",
        "+|decimal(10,2)|decimal(5,4)|decimal(13,4)",
        "-|decimal(10,2)|decimal(5,4)|decimal(13,4)",
        "/|numeric(2,1)|int|numeric(13,12)",
        "/|int|numeric(2,1)|numeric(17,6)",
        "%|decimal(10,2)|decimal(5,4)|decimal(5,4)",
        "*|decimal(38,10)|decimal(38,10)|decimal(38,6)",
        "/|decimal(38,10)|decimal(38,10)|decimal(38,6)",
        "*|decimal(20,5)|decimal(10,3)|decimal(31,8)",
        "*|decimal(30,10)|decimal(20,2)|decimal(38,6)",
        "*|decimal(20,10)|decimal(20,10)|decimal(38,17)",
        "+|decimal(38,10)|decimal(38,10)|decimal(38,10)",
        "+|int|int|int",
        "+|int|bigint|bigint",
        "+|tinyint|smallint|smallint",
        "+|int|float|float",
        "+|real|int|real",
        "+|money|int|money",
        "*|money|decimal(10,2)|decimal(30,6)",
        "+|varchar(3)|varchar(5)|varchar(8)",
        "+|varchar(3)|nvarchar(5)|nvarchar(8)",
        "+|varchar(5000)|varchar(5000)|varchar(8000)",
        "+|varchar(max)|varchar(5)|varchar(max)",
        "+|char(2)|char(3)|char(5)",
        "+|varbinary(2)|varbinary(3)|varbinary(5)",
        "+|varchar(3)|int|int",
        "+|datetime|int|datetime",
        "-|datetime|datetime|datetime",
        "+|smalldatetime|float|smalldatetime",
        "&|int|tinyint|int",
        "&|bit|bit|bit",
        "^|bigint|int|bigint",
      })
  void resultTypes(char op, String a, String b, String expected) {
    assertThat(SqlTypes.sqlName(Arithmetic.resultType(op, t(a), t(b)))).isEqualTo(expected);
  }

  @Test
  void decimalValues() {
    assertThat(Arithmetic.apply('/', new BigDecimal("1.0"), t("numeric(2,1)"), 3, t("int")))
        .isEqualTo(new BigDecimal("0.333333333333"));
    assertThat(Arithmetic.apply('/', 2, t("int"), new BigDecimal("3.0"), t("numeric(2,1)")))
        .isEqualTo(new BigDecimal("0.666666"));
    assertThat(
            Arithmetic.apply(
                '*',
                new BigDecimal("1.25"),
                t("decimal(10,2)"),
                new BigDecimal("2.50"),
                t("decimal(10,2)")))
        .isEqualTo(new BigDecimal("3.1250"));
    assertThat(Arithmetic.apply('+', new BigDecimal("1.5"), t("numeric(2,1)"), 1, t("int")))
        .isEqualTo(new BigDecimal("2.5"));
    assertThat(Arithmetic.apply('%', new BigDecimal("-7.5"), t("numeric(2,1)"), 2, t("int")))
        .isEqualTo(new BigDecimal("-1.5"));
  }

  @Test
  void integerValues() {
    assertThat(Arithmetic.apply('/', 7, t("int"), 2, t("int"))).isEqualTo(3);
    assertThat(Arithmetic.apply('/', -7, t("int"), 2, t("int"))).isEqualTo(-3);
    assertThat(Arithmetic.apply('%', -7, t("int"), 2, t("int"))).isEqualTo(-1);
    assertThat(Arithmetic.apply('+', 1, t("int"), 2L, t("bigint"))).isEqualTo(3L);
    assertThat(Arithmetic.apply('+', "1", t("varchar(1)"), 1, t("int"))).isEqualTo(2);
    assertThat(Arithmetic.apply('*', true, t("bit"), 5, t("int"))).isEqualTo(5);
  }

  @Test
  void overflowAndDivideByZero() {
    assertError(
        () -> Arithmetic.apply('+', Integer.MAX_VALUE, t("int"), 1, t("int")),
        8115,
        "Arithmetic overflow error converting expression to data type int.");
    assertError(
        () -> Arithmetic.apply('*', Long.MAX_VALUE, t("bigint"), 2L, t("bigint")),
        8115,
        "Arithmetic overflow error converting expression to data type bigint.");
    assertError(
        () -> Arithmetic.apply('+', 200, t("tinyint"), 100, t("tinyint")),
        8115,
        "Arithmetic overflow error converting expression to data type tinyint.");
    assertError(
        () -> Arithmetic.apply('/', 1, t("int"), 0, t("int")),
        8134,
        "Divide by zero error encountered.");
    assertError(
        () -> Arithmetic.apply('%', 1, t("int"), 0, t("int")),
        8134,
        "Divide by zero error encountered.");
    assertError(
        () -> Arithmetic.apply('%', Integer.MIN_VALUE, t("int"), -1, t("int")),
        8115,
        "Arithmetic overflow error converting expression to data type int.");
    assertError(
        () -> Arithmetic.apply('/', Long.MIN_VALUE, t("bigint"), -1L, t("bigint")),
        8115,
        "Arithmetic overflow error converting expression to data type bigint.");
    assertError(
        () -> Arithmetic.apply('/', 1.0, t("float"), 0.0, t("float")),
        8134,
        "Divide by zero error encountered.");
    assertError(
        () ->
            Arithmetic.apply(
                '/', BigDecimal.ONE, t("numeric(1,0)"), BigDecimal.ZERO, t("numeric(1,0)")),
        8134,
        "Divide by zero error encountered.");
    assertError(
        () ->
            Arithmetic.apply(
                '*',
                new BigDecimal("99999999999999999999999999999999999999"),
                t("decimal(38,0)"),
                10,
                t("int")),
        8115,
        "Arithmetic overflow error converting expression to data type numeric.");
    assertError(
        () -> Arithmetic.apply('*', 1e300, t("float"), 1e300, t("float")),
        8115,
        "Arithmetic overflow error converting expression to data type float.");
  }

  @Test
  void moneyArithmetic() {
    assertThat(Arithmetic.apply('+', new BigDecimal("1.2500"), t("money"), 2, t("int")))
        .isEqualTo(new BigDecimal("3.2500"));
    assertThat(
            Arithmetic.apply(
                '/', new BigDecimal("1.0000"), t("money"), new BigDecimal("3.0000"), t("money")))
        .isEqualTo(new BigDecimal("0.3333"));
    assertThat(Arithmetic.apply('/', new BigDecimal("2.0000"), t("money"), 3, t("int")))
        .isEqualTo(new BigDecimal("0.6666"));
    assertThat(Arithmetic.apply('*', new BigDecimal("1.5000"), t("money"), 0.5, t("float")))
        .isEqualTo(0.75);
    assertError(
        () ->
            Arithmetic.apply('*', new BigDecimal("922337203685477.0000"), t("money"), 2, t("int")),
        8115,
        "Arithmetic overflow error converting expression to data type money.");
  }

  @Test
  void realStaysReal() {
    assertThat(Arithmetic.apply('+', 1.5f, t("real"), 1, t("int"))).isEqualTo(2.5f);
  }

  @Test
  void arithmeticOverflowHasStateTwo() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Arithmetic.apply('+', Integer.MAX_VALUE, t("int"), 1, t("int")))
        .isInstanceOfSatisfying(SqlValueException.class, e -> assertThat(e.state()).isEqualTo(2));
  }

  @Test
  void nullPropagatesAfterTypeCheck() {
    assertThat(Arithmetic.apply('+', null, t("int"), 1, t("int"))).isNull();
    assertThat(Arithmetic.apply('+', "a", t("varchar(1)"), null, t("varchar(1)"))).isNull();
    assertError(
        () -> Arithmetic.apply('+', null, t("date"), 1, t("int")),
        206,
        "Operand type clash: date is incompatible with int");
  }

  @Test
  void concatenation() {
    assertThat(Arithmetic.apply('+', "ab", t("varchar(2)"), "cd", t("nvarchar(2)")))
        .isEqualTo("abcd");
    assertThat(Arithmetic.apply('+', "a ", t("char(2)"), "b", t("varchar(1)"))).isEqualTo("a b");
    assertThat(
            (byte[])
                Arithmetic.apply(
                    '+', new byte[] {1}, t("varbinary(1)"), new byte[] {2}, t("varbinary(1)")))
        .containsExactly(1, 2);
    assertThat(
            ((String)
                    Arithmetic.apply(
                        '+',
                        "x".repeat(5000),
                        t("varchar(5000)"),
                        "y".repeat(5000),
                        t("varchar(5000)")))
                .length())
        .isEqualTo(8000);
  }

  @Test
  void operatorTypeErrors() {
    assertError(
        () -> Arithmetic.resultType('-', t("varchar(1)"), t("varchar(1)")),
        8117,
        "Operand data type varchar is invalid for subtract operator.");
    assertError(
        () -> Arithmetic.resultType('+', t("bit"), t("bit")),
        402,
        "The data types bit and bit are incompatible in the add operator.");
    assertError(
        () -> Arithmetic.resultType('*', t("bit"), t("bit")),
        8117,
        "Operand data type bit is invalid for multiply operator.");
    assertError(
        () -> Arithmetic.resultType('-', t("varchar(1)"), t("bit")),
        402,
        "The data types varchar and bit are incompatible in the subtract operator.");
    assertError(
        () -> Arithmetic.resultType('-', t("varbinary(1)"), t("varbinary(1)")),
        402,
        "The data types varbinary and varbinary are incompatible in the subtract operator.");
    assertError(
        () -> Arithmetic.resultType('/', t("varbinary(1)"), t("varbinary(1)")),
        8117,
        "Operand data type varbinary is invalid for divide operator.");
    assertError(
        () -> Arithmetic.resultType('%', t("real"), t("float")),
        8117,
        "Operand data type real is invalid for modulo operator.");
    assertError(
        () -> Arithmetic.resultType('+', t("varbinary(2)"), t("real")),
        206,
        "Operand type clash: varbinary is incompatible with real");
    assertError(
        () -> Arithmetic.resultType('%', t("float"), t("int")),
        402,
        "The data types float and int are incompatible in the modulo operator.");
    assertError(
        () -> Arithmetic.resultType('&', t("numeric(2,1)"), t("int")),
        402,
        "The data types numeric and int are incompatible in the '&' operator.");
    assertError(
        () -> Arithmetic.resultType('+', t("datetime2"), t("int")),
        206,
        "Operand type clash: datetime2 is incompatible with int");
    assertError(
        () -> Arithmetic.resultType('*', t("datetime"), t("int")),
        8117,
        "Operand data type datetime is invalid for multiply operator.");
    assertError(
        () -> Arithmetic.resultType('+', t("uniqueidentifier"), t("int")),
        206,
        "Operand type clash: uniqueidentifier is incompatible with int");
  }

  @Test
  void datetimeArithmetic() {
    LocalDateTime d = LocalDateTime.of(2024, 1, 31, 10, 0);
    assertThat(Arithmetic.apply('+', d, t("datetime"), 1, t("int")))
        .isEqualTo(LocalDateTime.of(2024, 2, 1, 10, 0));
    assertThat(Arithmetic.apply('-', d, t("datetime"), 0.5, t("float")))
        .isEqualTo(LocalDateTime.of(2024, 1, 30, 22, 0));
    assertThat(
            Arithmetic.apply(
                '-', d, t("datetime"), LocalDateTime.of(2024, 1, 30, 10, 0), t("datetime")))
        .isEqualTo(LocalDateTime.of(1900, 1, 2, 0, 0));
    assertThat(LocalDate.of(2024, 1, 1)).isNotNull();
  }

  @Test
  void unaryOperators() {
    assertThat(Arithmetic.negate(5, t("int"))).isEqualTo(-5);
    assertThat(Arithmetic.negate(new BigDecimal("1.5"), t("numeric(2,1)")))
        .isEqualTo(new BigDecimal("-1.5"));
    assertThat(Arithmetic.negate(null, t("int"))).isNull();
    assertError(
        () -> Arithmetic.negate(Integer.MIN_VALUE, t("int")),
        8115,
        "Arithmetic overflow error converting expression to data type int.");
    assertThat(Arithmetic.bitwiseNot(0, t("int"))).isEqualTo(-1);
    assertThat(Arithmetic.bitwiseNot(0, t("tinyint"))).isEqualTo(255);
    assertThat(Arithmetic.bitwiseNot(true, t("bit"))).isEqualTo(false);
    assertThat(Arithmetic.apply('&', 12, t("int"), 10, t("int"))).isEqualTo(8);
    assertThat(Arithmetic.apply('|', 12, t("int"), 3, t("tinyint"))).isEqualTo(15);
    assertThat(Arithmetic.apply('^', true, t("bit"), true, t("bit"))).isEqualTo(false);
    assertThat(Arithmetic.apply('&', 255, t("int"), new byte[] {1}, t("varbinary(1)")))
        .isEqualTo(1);
    assertThat(Arithmetic.apply('+', 5, t("tinyint"), new byte[] {1}, t("varbinary(1)")))
        .isEqualTo(6);
    assertThat(SqlTypes.sqlName(Arithmetic.resultType('+', t("tinyint"), t("varbinary(1)"))))
        .isEqualTo("tinyint");
    assertThat(Arithmetic.apply('&', 255, t("int"), new byte[] {1}, t("varbinary(1)")))
        .isEqualTo(1);
    assertThat(Arithmetic.apply('+', 5, t("tinyint"), new byte[] {1}, t("varbinary(1)")))
        .isEqualTo(6);
    assertThat(SqlTypes.sqlName(Arithmetic.resultType('+', t("tinyint"), t("varbinary(1)"))))
        .isEqualTo("tinyint");
  }
}
