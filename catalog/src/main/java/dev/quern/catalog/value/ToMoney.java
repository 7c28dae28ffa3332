package dev.quern.catalog.value;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** Conversions to money and smallmoney: four decimals, rounded half away from zero. */
final class ToMoney {
  private ToMoney() {}

  static Object convert(Object v, SqlType from, SqlType to) {
    BigDecimal d =
        switch (v) {
          case String s -> parse(s);
          case byte[] b -> BigDecimal.valueOf(Bytes.toLong(b, to.id() == TypeId.MONEY ? 8 : 4), 4);
          case LocalDateTime t -> BigDecimal.valueOf(DateTimeValues.toDays(t));
          default -> Numbers.toBigDecimal(v);
        };
    return fit(d, to.id());
  }

  static BigDecimal fit(BigDecimal d, TypeId target) {
    BigDecimal r = Numbers.round(d, 4);
    boolean small = target == TypeId.SMALLMONEY;
    BigDecimal min = small ? Numbers.SMALLMONEY_MIN : Numbers.MONEY_MIN;
    BigDecimal max = small ? Numbers.SMALLMONEY_MAX : Numbers.MONEY_MAX;
    if (r.compareTo(min) < 0 || r.compareTo(max) > 0) {
      throw ValueErrors.expressionOverflow(target);
    }
    return r;
  }

  private static BigDecimal parse(String s) {
    BigDecimal d = DecimalText.parseMoney(s);
    if (d == null) {
      throw ValueErrors.moneyFromString();
    }
    return d;
  }
}
