package dev.quern.catalog.value;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import java.util.Locale;

/** SQL Server's value errors with their numbers and texts, built in one place. */
public final class ValueErrors {
  private ValueErrors() {}

  /** 245: a string that is not a number of the target type. */
  public static SqlValueException conversionFailed(SqlType from, String value, SqlType to) {
    return SqlValueException.of(
        245,
        "Conversion failed when converting the "
            + SqlTypes.name(from.id())
            + " value '"
            + value
            + "' to data type "
            + SqlTypes.name(to.id())
            + ".");
  }

  /** 8114: "Error converting data type varchar to numeric." */
  public static SqlValueException errorConverting(TypeId from, String to) {
    return SqlValueException.of(
        8114, "Error converting data type " + SqlTypes.name(from) + " to " + to + ".");
  }

  /** 8115: "Arithmetic overflow error converting expression to data type int." */
  public static SqlValueException overflowConverting(String what, String to) {
    return SqlValueException.of(
        8115, "Arithmetic overflow error converting " + what + " to data type " + to + ".");
  }

  /** 8115 for an expression overflowing its result type. */
  public static SqlValueException expressionOverflow(TypeId to) {
    return overflowConverting("expression", SqlTypes.name(to));
  }

  /**
   * 8115 state 2: an arithmetic result that overflows its type (SQL Server keeps the operand
   * width).
   */
  public static SqlValueException arithmeticOverflow(TypeId type) {
    return new SqlValueException(
        8115,
        16,
        2,
        "Arithmetic overflow error converting expression to data type "
            + SqlTypes.name(type)
            + ".");
  }

  /** 220: an integer value that does not fit tinyint or smallint. */
  public static SqlValueException integerOverflow(TypeId to, long value) {
    return SqlValueException.of(
        220,
        "Arithmetic overflow error for data type "
            + SqlTypes.name(to)
            + ", value = "
            + value
            + ".");
  }

  /** 232: a float value that does not fit an integer type. */
  public static SqlValueException floatToIntegerOverflow(TypeId to, double value) {
    return SqlValueException.of(
        232,
        "Arithmetic overflow error for type "
            + SqlTypes.name(to)
            + ", value = "
            + String.format(Locale.ROOT, "%f", value)
            + ".");
  }

  /** 244/248: a string holding an integer too large for the target. */
  public static SqlValueException stringIntegerOverflow(TypeId from, String value, TypeId to) {
    String kind = SqlTypes.name(from);
    if (to == TypeId.INT) {
      return SqlValueException.of(
          248,
          "The conversion of the " + kind + " value '" + value + "' overflowed an int column.");
    }
    String column = to == TypeId.TINYINT ? "INT1" : "INT2";
    return SqlValueException.of(
        244,
        "The conversion of the "
            + kind
            + " value '"
            + value
            + "' overflowed an "
            + column
            + " column. Use a larger integer column.");
  }

  /** 241: a string that is not a date or time. */
  public static SqlValueException dateFromString() {
    return SqlValueException.of(
        241, "Conversion failed when converting date and/or time from character string.");
  }

  /** 242: a value outside the target date type's range. */
  public static SqlValueException dateOutOfRange(TypeId from, TypeId to) {
    return SqlValueException.of(
        242,
        "The conversion of a "
            + SqlTypes.name(from)
            + " data type to a "
            + SqlTypes.name(to)
            + " data type resulted in an out-of-range value.");
  }

  /** 8169: a string that is not a GUID. */
  public static SqlValueException guidFromString() {
    return SqlValueException.of(
        8169, "Conversion failed when converting from a character string to uniqueidentifier.");
  }

  /** 8170: a char too short for a GUID. */
  public static SqlValueException guidResultSpace() {
    return SqlValueException.of(
        8170, "Insufficient result space to convert uniqueidentifier value to char.");
  }

  /** 235: a string that is not money. */
  public static SqlValueException moneyFromString() {
    return SqlValueException.of(
        235, "Cannot convert a char value to money. The char value has incorrect syntax.");
  }

  /** 529: CAST between types SQL Server never converts. */
  public static SqlValueException explicitNotAllowed(TypeId from, TypeId to) {
    return SqlValueException.of(
        529,
        "Explicit conversion from data type "
            + SqlTypes.name(from)
            + " to data type "
            + SqlTypes.name(to)
            + " is not allowed.");
  }

  /** 257: an implicit conversion that needs CAST/CONVERT. */
  public static SqlValueException implicitNotAllowed(TypeId from, TypeId to) {
    return SqlValueException.of(
        257,
        "Implicit conversion from data type "
            + SqlTypes.name(from)
            + " to data type "
            + SqlTypes.name(to)
            + " is not allowed. Use the CONVERT function to run this query.");
  }

  /** 206: types that never meet (no trailing period, as SQL Server prints it). */
  public static SqlValueException operandClash(TypeId a, TypeId b) {
    return SqlValueException.of(
        206,
        "Operand type clash: " + SqlTypes.name(a) + " is incompatible with " + SqlTypes.name(b));
  }

  /** 402: operand types an operator does not combine. */
  public static SqlValueException incompatibleInOperator(TypeId a, TypeId b, String operator) {
    return SqlValueException.of(
        402,
        "The data types "
            + SqlTypes.name(a)
            + " and "
            + SqlTypes.name(b)
            + " are incompatible in the "
            + operator
            + " operator.");
  }

  /** 8117: an operand type an operator does not take. */
  public static SqlValueException invalidOperand(TypeId t, String operator) {
    return SqlValueException.of(
        8117,
        "Operand data type " + SqlTypes.name(t) + " is invalid for " + operator + " operator.");
  }

  /** 8134, severity 16. */
  public static SqlValueException divideByZero() {
    return SqlValueException.of(8134, "Divide by zero error encountered.");
  }

  /** 281: an unknown style for a conversion to a character string. */
  public static SqlValueException badStyleToString(int style, TypeId from) {
    return SqlValueException.of(
        281,
        style
            + " is not a valid style number when converting from "
            + SqlTypes.name(from)
            + " to a character string.");
  }

  /** 9809: a style a conversion does not support. */
  public static SqlValueException unsupportedStyle(int style, TypeId from, TypeId to) {
    return SqlValueException.of(
        9809,
        "The style "
            + style
            + " is not supported for conversions from "
            + SqlTypes.name(from)
            + " to "
            + SqlTypes.name(to)
            + ".");
  }

  /** 3623: SQRT(-1), LOG(0) and other invalid floating point operations. */
  public static SqlValueException invalidFloatingPoint() {
    return SqlValueException.of(3623, "An invalid floating point operation occurred.");
  }
}
