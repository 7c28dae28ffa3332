package dev.quern.catalog.value;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import java.time.LocalDateTime;

/**
 * {@code +} and {@code -} on datetime and smalldatetime, which count days since 1900-01-01: a
 * number adds days (a fraction adds time), and two datetimes add or subtract as day counts. The
 * newer types (date, time, datetime2, datetimeoffset) take no arithmetic: 206, or 8117 between two
 * of them.
 */
final class DatetimeArithmetic {
  private DatetimeArithmetic() {}

  static SqlType resultType(char op, SqlType a, SqlType b) {
    TypeId ia = a.id();
    TypeId ib = b.id();
    if (isNewType(ia) || isNewType(ib)) {
      if (SqlTypes.isTemporal(ia) && SqlTypes.isTemporal(ib)) {
        throw ValueErrors.invalidOperand(isNewType(ia) ? ia : ib, ArithmeticTypes.operatorName(op));
      }
      throw ValueErrors.operandClash(ia, ib);
    }
    SqlType high = TypePrecedence.rank(ia) >= TypePrecedence.rank(ib) ? a : b;
    if (op != '+' && op != '-') {
      throw ValueErrors.invalidOperand(high.id(), ArithmeticTypes.operatorName(op));
    }
    TypeId other = high == a ? ib : ia;
    if (!SqlTypes.isNumeric(other) && !SqlTypes.isTemporal(other)) {
      throw ValueErrors.operandClash(ia, ib);
    }
    return SqlType.of(high.id());
  }

  private static boolean isNewType(TypeId id) {
    return id == TypeId.DATE
        || id == TypeId.TIME
        || id == TypeId.DATETIME2
        || id == TypeId.DATETIMEOFFSET;
  }

  static Object apply(char op, Object a, SqlType ta, Object b, SqlType tb, SqlType rt) {
    double x = days(a, ta, tb);
    double y = days(b, tb, ta);
    double r = op == '+' ? x + y : x - y;
    if (r < -53690 || r >= 2958464) {
      throw SqlValueException.of(
          517, "Adding a value to a '" + SqlTypes.name(rt.id()) + "' column caused an overflow.");
    }
    LocalDateTime t = DateTimeValues.fromDays(r);
    if (rt.id() == TypeId.SMALLDATETIME) {
      t = DateTimeValues.roundToSmalldatetime(t);
      if (!DateTimeValues.inSmalldatetimeRange(t)) {
        throw SqlValueException.of(
            517, "Adding a value to a 'smalldatetime' column caused an overflow.");
      }
    }
    return t;
  }

  /** An operand as days since 1900-01-01 (strings become the other operand's datetime type). */
  private static double days(Object v, SqlType t, SqlType other) {
    SqlType type = ArithmeticTypes.operandType(t, other);
    Object value = type.equals(t) ? v : Conversions.convert(v, t, type);
    if (value instanceof LocalDateTime dt) {
      return DateTimeValues.toDays(dt);
    }
    return Numbers.toDouble(value);
  }
}
