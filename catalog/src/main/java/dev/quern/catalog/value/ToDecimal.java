package dev.quern.catalog.value;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDateTime;

/** Conversions to decimal/numeric(p,s): rounding half away from zero, 8114/8115 errors. */
final class ToDecimal {
  private ToDecimal() {}

  static Object convert(Object v, SqlType from, SqlType to) {
    BigDecimal d =
        switch (v) {
          case String s -> parse(s, from);
          case byte[] b -> fromBinary(b);
          case LocalDateTime t -> BigDecimal.valueOf(DateTimeValues.toDays(t));
          default -> Numbers.toBigDecimal(v);
        };
    return fit(d, to, sourceName(from));
  }

  /** Rounds d to the type's scale and checks its precision (8115 names what overflowed). */
  static BigDecimal fit(BigDecimal d, SqlType to, String what) {
    BigDecimal r = Numbers.round(d, to.scale());
    if (!Numbers.fitsPrecision(r, to.precision(), to.scale())) {
      throw ValueErrors.overflowConverting(what, "numeric");
    }
    return r;
  }

  /** SQL Server calls every decimal "numeric" in these messages. */
  static String sourceName(SqlType from) {
    return SqlTypes.isDecimal(from.id()) ? "numeric" : SqlTypes.name(from.id());
  }

  private static BigDecimal parse(String s, SqlType from) {
    BigDecimal d = DecimalText.parseDecimal(s);
    if (d == null) {
      throw ValueErrors.errorConverting(from.id(), "numeric");
    }
    return d;
  }

  /** SQL Server's binary form of a decimal: precision, scale, sign (1 = positive), magnitude LE. */
  private static BigDecimal fromBinary(byte[] b) {
    if (b.length < 4) {
      throw ValueErrors.errorConverting(TypeId.VARBINARY, "numeric");
    }
    int scale = b[1];
    byte[] magnitude = new byte[b.length - 3];
    for (int i = 3; i < b.length; i++) {
      magnitude[b.length - 1 - i] = b[i];
    }
    BigInteger m = new BigInteger(1, magnitude);
    return new BigDecimal(b[2] == 1 ? m : m.negate(), scale);
  }
}
