package dev.quern.catalog.value;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import java.time.LocalDateTime;

/** Conversions to float (Double) and real (Float). */
final class ToFloat {
  private ToFloat() {}

  static Object convert(Object v, SqlType from, SqlType to) {
    double d =
        switch (v) {
          case String s -> parse(s, from, to);
          case LocalDateTime t -> DateTimeValues.toDays(t);
          default -> Numbers.toDouble(v);
        };
    if (to.id() == TypeId.REAL) {
      float f = (float) d;
      if (Float.isInfinite(f)) {
        throw ValueErrors.expressionOverflow(TypeId.REAL);
      }
      return f;
    }
    return d;
  }

  private static double parse(String s, SqlType from, SqlType to) {
    Double d = DecimalText.parseFloat(s);
    if (d == null || d.isInfinite()) {
      throw ValueErrors.errorConverting(from.id(), to.id() == TypeId.REAL ? "real" : "float");
    }
    return d;
  }
}
