package dev.quern.tds.type;

/** Checks on the Java values handed to the encoders: the engine's representation per type. */
final class Values {
  private Values() {}

  static <T> T as(Object value, Class<T> cls, TypeInfo type) {
    if (!cls.isInstance(value)) {
      throw mismatch(value, type);
    }
    return cls.cast(value);
  }

  static Number number(Object value, TypeInfo type) {
    if (value instanceof Number n) {
      return n;
    }
    throw mismatch(value, type);
  }

  static long exactLong(Object value, TypeInfo type) {
    Number n = number(value, type);
    if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
      return n.longValue();
    }
    if (n instanceof java.math.BigDecimal d) {
      try {
        return d.longValueExact();
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException("Value " + d + " is not an integer of " + type.type());
      }
    }
    throw mismatch(value, type);
  }

  static CharSequence chars(Object value, TypeInfo type) {
    if (value instanceof CharSequence s) {
      return s;
    }
    throw mismatch(value, type);
  }

  static IllegalArgumentException mismatch(Object value, TypeInfo type) {
    return new IllegalArgumentException(
        "Cannot encode " + value.getClass().getName() + " as " + type.type());
  }

  static IllegalArgumentException outOfRange(Object value, TypeInfo type) {
    return new IllegalArgumentException("Value " + value + " out of range for " + type.type());
  }
}
