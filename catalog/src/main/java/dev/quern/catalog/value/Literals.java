package dev.quern.catalog.value;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The types SQL Server gives literals ("Constants (Transact-SQL)"): {@code 42} is int, an integer
 * too large for int is numeric(p,0), {@code 1.50} is numeric(3,2), {@code 1e3} float, {@code 'abc'}
 * varchar(3), {@code N'abc'} nvarchar(3), {@code 0xABCD} varbinary(2), {@code $12.5} money.
 */
public final class Literals {
  private Literals() {}

  /**
   * An unsigned number literal without exponent.
   *
   * @throws SqlValueException 1007 when it has more than 38 digits
   */
  public static TypedValue numeric(String text) {
    // "1." is numeric(1,0): a trailing point adds no scale.
    BigDecimal d = new BigDecimal(text.endsWith(".") ? text.substring(0, text.length() - 1) : text);
    if (text.indexOf('.') < 0) {
      BigInteger i = d.toBigIntegerExact();
      if (i.bitLength() < 32) {
        return new TypedValue(i.intValue(), SqlTypes.INT);
      }
    }
    int scale = Math.max(0, d.scale());
    BigInteger unscaled = d.unscaledValue();
    int digits = unscaled.signum() == 0 ? 1 : Numbers.digits(unscaled);
    int precision = Math.max(digits, scale);
    if (precision > SqlTypes.MAX_PRECISION) {
      throw SqlValueException.of(
          1007,
          "The number '"
              + text
              + "' is out of the range for numeric representation (maximum precision 38).");
    }
    return new TypedValue(d, new SqlType(TypeId.NUMERIC, 0, Math.max(1, precision), scale));
  }

  /**
   * A number with an exponent: {@code 1e3} → float. The exponent's digits may be left off, as
   * SQL Server allows ({@code 1e}, {@code 1e+}: exponent 0); Java's parser does not.
   */
  public static TypedValue floating(String text) {
    char last = text.charAt(text.length() - 1);
    boolean noExponentDigits = last == 'e' || last == 'E' || last == '+' || last == '-';
    double d = Double.parseDouble(noExponentDigits ? text + "0" : text);
    if (Double.isInfinite(d)) {
      throw SqlValueException.of(
          1007,
          "The number '"
              + text
              + "' is out of the range for numeric representation (maximum precision 38).");
    }
    return new TypedValue(d, SqlTypes.FLOAT);
  }

  /** {@code $12.5} → money 12.5000 (the text may include the currency sign and a sign). */
  public static TypedValue money(String text) {
    BigDecimal d = DecimalText.parseMoney(text);
    if (d == null) {
      throw ValueErrors.moneyFromString();
    }
    return new TypedValue(ToMoney.fit(d, TypeId.MONEY), SqlTypes.MONEY);
  }

  /** {@code 'abc'} → varchar(3) (varchar(max) beyond 8000); the argument is the unquoted value. */
  public static TypedValue string(String value) {
    int n = value.length();
    return new TypedValue(
        value,
        SqlType.ofLength(TypeId.VARCHAR, n > SqlTypes.MAX_BYTES ? SqlType.MAX : Math.max(1, n)));
  }

  /**
   * {@code N'abc'} → nvarchar(3) (nvarchar(max) beyond 4000); the argument is the unquoted value.
   */
  public static TypedValue nstring(String value) {
    int n = value.length();
    return new TypedValue(
        value,
        SqlType.ofLength(TypeId.NVARCHAR, n > SqlTypes.MAX_NCHARS ? SqlType.MAX : Math.max(1, n)));
  }

  /** {@code 0xABCD} → varbinary(2); the text includes the 0x prefix; odd digits get a leading 0. */
  public static TypedValue binary(String text) {
    byte[] b = Bytes.parseHex(text.substring(2));
    int n = b.length;
    return new TypedValue(
        b,
        SqlType.ofLength(TypeId.VARBINARY, n > SqlTypes.MAX_BYTES ? SqlType.MAX : Math.max(1, n)));
  }
}
