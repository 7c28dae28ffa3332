package dev.quern.catalog.value;

import dev.quern.catalog.type.SqlType;

/** The arithmetic, concatenation and bitwise operators with SQL Server's result types and errors. */
public final class Arithmetic {
  private Arithmetic() {}

  /** Result type of {@code a op b} for op one of {@code + - * / % & | ^}. */
  public static SqlType resultType(char op, SqlType a, SqlType b) {
    throw new UnsupportedOperationException("in progress");
  }

  /** {@code a op b}; null if either is null. */
  public static Object apply(char op, Object a, SqlType ta, Object b, SqlType tb) {
    throw new UnsupportedOperationException("in progress");
  }

  /** Unary minus. */
  public static Object negate(Object v, SqlType t) {
    throw new UnsupportedOperationException("in progress");
  }

  /** Unary {@code ~}. */
  public static Object bitwiseNot(Object v, SqlType t) {
    throw new UnsupportedOperationException("in progress");
  }
}
