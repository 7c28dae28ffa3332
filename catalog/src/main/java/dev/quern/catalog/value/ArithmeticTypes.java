package dev.quern.catalog.value;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;

/** Which types an operator takes and what it returns. */
final class ArithmeticTypes {
  private ArithmeticTypes() {}

  static String operatorName(char op) {
    return switch (op) {
      case '+' -> "add";
      case '-' -> "subtract";
      case '*' -> "multiply";
      case '/' -> "divide";
      case '%' -> "modulo";
      default -> "'" + op + "'";
    };
  }

  static SqlType resultType(char op, SqlType a, SqlType b) {
    if (a.id() == TypeId.VECTOR || b.id() == TypeId.VECTOR) {
      throw ValueErrors.invalidOperand(TypeId.VECTOR, operatorName(op)); // no operator takes a vector
    }
    if (op == '&' || op == '|' || op == '^') {
      return bitwiseType(op, a, b);
    }
    TypeId ia = a.id();
    TypeId ib = b.id();
    if (op == '+' && concatenates(ia, ib)) {
      return Concatenation.resultType(a, b);
    }
    checkOperand(op, a, b);
    checkOperand(op, b, a);
    checkPair(op, a, b);
    SqlType x = operandType(a, b);
    SqlType y = operandType(b, a);
    if (SqlTypes.isTemporal(x.id()) || SqlTypes.isTemporal(y.id())) {
      return DatetimeArithmetic.resultType(op, x, y);
    }
    return numericType(op, x, y);
  }

  /** Strings and binary values take the type of the other operand when it is not a string. */
  static SqlType operandType(SqlType self, SqlType other) {
    boolean selfText = SqlTypes.isCharacter(self.id()) || SqlTypes.isBinary(self.id());
    boolean otherText = SqlTypes.isCharacter(other.id()) || SqlTypes.isBinary(other.id());
    return selfText && !otherText ? other : self;
  }

  private static boolean concatenates(TypeId a, TypeId b) {
    boolean textA = isConcatString(a) || isConcatBinary(a);
    boolean textB = isConcatString(b) || isConcatBinary(b);
    return textA && textB;
  }

  static boolean isConcatString(TypeId id) {
    return id == TypeId.CHAR || id == TypeId.VARCHAR || id == TypeId.NCHAR || id == TypeId.NVARCHAR;
  }

  static boolean isConcatBinary(TypeId id) {
    return id == TypeId.BINARY || id == TypeId.VARBINARY;
  }

  private static void checkOperand(char op, SqlType self, SqlType other) {
    TypeId id = self.id();
    TypeId o = other.id();
    String name = operatorName(op);
    switch (id) {
      case TEXT, NTEXT, IMAGE, XML, SQL_VARIANT, JSON -> {
        if (o == id) {
          throw ValueErrors.invalidOperand(id, name);
        }
        throw ValueErrors.incompatibleInOperator(self.id(), other.id(), name);
      }
      case UNIQUEIDENTIFIER -> {
        if (o == id) {
          throw ValueErrors.invalidOperand(id, name);
        }
        throw ValueErrors.operandClash(id, o);
      }
      default -> {}
    }
  }

  /**
   * Operand pairs SQL Server refuses, split by operator the way it does: {@code * /} raise 8117
   * naming the left operand, {@code + - %} raise 402 naming both in written order (bit pairs, bit
   * with a string, two binaries, two floats under %); a binary beside a float is a 206 clash.
   */
  private static void checkPair(char op, SqlType a, SqlType b) {
    TypeId ia = a.id();
    TypeId ib = b.id();
    String name = operatorName(op);
    boolean multiplicative = op == '*' || op == '/';
    boolean bitPair = ia == TypeId.BIT && ib == TypeId.BIT;
    boolean bitString =
        (ia == TypeId.BIT && SqlTypes.isCharacter(ib))
            || (ib == TypeId.BIT && SqlTypes.isCharacter(ia));
    boolean binaryPair = SqlTypes.isBinary(ia) && SqlTypes.isBinary(ib);
    if (bitPair || bitString || binaryPair) {
      throw multiplicative
          ? ValueErrors.invalidOperand(ia, name)
          : ValueErrors.incompatibleInOperator(ia, ib, name);
    }
    boolean text = SqlTypes.isCharacter(ia) || SqlTypes.isBinary(ia);
    boolean otherText = SqlTypes.isCharacter(ib) || SqlTypes.isBinary(ib);
    if (text && otherText) {
      // Two strings take only + (concatenation).
      throw ValueErrors.invalidOperand(TypePrecedence.resultType(a, b).id(), name);
    }
    if (op == '%' && (SqlTypes.isApproximate(ia) || SqlTypes.isApproximate(ib))) {
      throw SqlTypes.isApproximate(ia) && SqlTypes.isApproximate(ib)
          ? ValueErrors.invalidOperand(ia, name)
          : ValueErrors.incompatibleInOperator(ia, ib, name);
    }
    if ((SqlTypes.isBinary(ia) && SqlTypes.isApproximate(ib))
        || (SqlTypes.isApproximate(ia) && SqlTypes.isBinary(ib))) {
      throw ValueErrors.operandClash(ia, ib);
    }
  }

  private static SqlType numericType(char op, SqlType a, SqlType b) {
    TypeId ia = a.id();
    TypeId ib = b.id();
    String name = operatorName(op);
    SqlType high = TypePrecedence.rank(ia) >= TypePrecedence.rank(ib) ? a : b;
    TypeId h = high.id();
    if (SqlTypes.isApproximate(h) || SqlTypes.isInteger(h) || SqlTypes.isMoney(h)) {
      return SqlType.of(h);
    }
    if (SqlTypes.isDecimal(h)) {
      SqlType r = DecimalArithmetic.resultType(op, SqlTypes.asDecimal(a), SqlTypes.asDecimal(b));
      return new SqlType(h, 0, r.precision(), r.scale());
    }
    throw ValueErrors.invalidOperand(h, name);
  }

  /**
   * {@code & | ^} take integers and bit; a binary operand beside an integer converts to the
   * integer's type ({@code 255 & 0x01} is int 1). Anything else is 402.
   */
  private static SqlType bitwiseType(char op, SqlType a, SqlType b) {
    TypeId ia = a.id();
    TypeId ib = b.id();
    boolean intA = SqlTypes.isInteger(ia) || ia == TypeId.BIT;
    boolean intB = SqlTypes.isInteger(ib) || ib == TypeId.BIT;
    boolean ok =
        (intA && intB)
            || (intA && SqlTypes.isInteger(ia) && isConcatBinary(ib))
            || (intB && SqlTypes.isInteger(ib) && isConcatBinary(ia));
    if (!ok) {
      throw ValueErrors.incompatibleInOperator(ia, ib, "'" + op + "'");
    }
    if (!intA) {
      return SqlType.of(ib);
    }
    if (!intB) {
      return SqlType.of(ia);
    }
    return TypePrecedence.rank(ia) >= TypePrecedence.rank(ib) ? SqlType.of(ia) : SqlType.of(ib);
  }
}
