package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.error.FunctionErrors;
import java.math.BigInteger;
import java.util.List;

/**
 * SQL Server 2022's bit manipulation functions: LEFT_SHIFT, RIGHT_SHIFT, BIT_COUNT, GET_BIT and
 * SET_BIT over tinyint, smallint, int, bigint, binary(n) and varbinary(n) (not max). A value is
 * taken as the unsigned bits of its type's width (a binary value: all its bytes, bit 0 the lowest
 * bit of the rightmost byte); shifts are logical, a negative distance shifts the other way and one
 * at or past the width gives 0. Bit positions outside the width are 9838; SET_BIT's value must be
 * 0 or 1 (9839). Positions and distances must be integers (8116).
 */
final class BitFunctions {
  private BitFunctions() {}

  static List<ScalarFunction> all() {
    return List.of(new Shift("LEFT_SHIFT", true), new Shift("RIGHT_SHIFT", false), new BitCount(), new GetBit(),
        new SetBit());
  }

  /** Checks the operand (argument 1) and integer arguments from position 2 on. */
  private static void checkTypes(String name, List<SqlType> types) {
    SqlType t = types.getFirst();
    boolean binary = (t.id() == TypeId.BINARY || t.id() == TypeId.VARBINARY) && !t.isMax();
    if (!SqlTypes.isInteger(t.id()) && !binary) {
      throw Arity.invalidType(name, t, 1);
    }
    for (int i = 1; i < types.size(); i++) {
      boolean bitValue = i == 2 && types.get(i).id() == TypeId.BIT; // SET_BIT's value alone takes a bit
      if (!SqlTypes.isInteger(types.get(i).id()) && !bitValue) {
        throw Arity.invalidType(name, types.get(i), i + 1);
      }
    }
  }

  /** The value's bits as an unsigned number of {@code width(value)} bits. */
  private static BigInteger bits(Object value, TypeId type) {
    if (value instanceof byte[] b) {
      return new BigInteger(1, b);
    }
    long v = ((Number) value).longValue();
    return type == TypeId.BIGINT ? new BigInteger(Long.toUnsignedString(v)) : BigInteger.valueOf(v & mask(type));
  }

  private static long mask(TypeId type) {
    return switch (type) {
      case TINYINT -> 0xFFL;
      case SMALLINT -> 0xFFFFL;
      case INT -> 0xFFFF_FFFFL;
      default -> -1L;
    };
  }

  private static int width(Object value, TypeId type) {
    if (value instanceof byte[] b) {
      return b.length * 8;
    }
    return switch (type) {
      case TINYINT -> 8;
      case SMALLINT -> 16;
      case INT -> 32;
      default -> 64;
    };
  }

  /** {@code bits} (already within the width) back as a value of the operand's type. */
  private static Object value(BigInteger bits, Object like, TypeId type) {
    if (like instanceof byte[] b) {
      byte[] out = new byte[b.length];
      byte[] raw = bits.toByteArray();
      int copy = Math.min(raw.length, out.length);
      System.arraycopy(raw, raw.length - copy, out, out.length - copy, copy);
      return out;
    }
    long v = bits.longValue();
    return switch (type) {
      case TINYINT -> (int) v;
      case SMALLINT -> (int) (short) v;
      case INT -> (int) v;
      default -> v;
    };
  }

  private static BigInteger truncate(BigInteger bits, int width) {
    return bits.and(BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE));
  }

  private static int offset(String name, int state, Arguments a, int width) {
    long offset = a.bigint(1);
    if (offset < 0 || offset >= width) {
      throw FunctionErrors.BIT_OFFSET_RANGE.raiseWithState(state, name, width - 1);
    }
    return (int) offset;
  }

  /** LEFT_SHIFT / RIGHT_SHIFT(value, distance): the operand's type. */
  private static final class Shift extends BuiltinFunction {
    private final boolean left;

    Shift(String name, boolean left) {
      super(name, 2, 2);
      this.left = left;
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      checkTypes(name(), types);
      return types.getFirst();
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      TypeId type = a.type(0).id();
      Object v = a.value(0);
      int width = width(v, type);
      long distance = a.bigint(1);
      boolean toLeft = left == (distance >= 0);
      // Math.abs(Long.MIN_VALUE) stays negative: that distance is past any width too.
      long magnitude = Math.abs(distance);
      if (magnitude >= width || magnitude < 0) {
        return value(BigInteger.ZERO, v, type);
      }
      BigInteger bits = bits(v, type);
      bits = toLeft ? truncate(bits.shiftLeft((int) magnitude), width) : bits.shiftRight((int) magnitude);
      return value(bits, v, type);
    }
  }

  /** BIT_COUNT(value): bigint, the bits set to 1. */
  private static final class BitCount extends BuiltinFunction {
    BitCount() {
      super("BIT_COUNT", 1, 1);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      checkTypes(name(), types);
      return SqlTypes.BIGINT;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      return (long) bits(a.value(0), a.type(0).id()).bitCount();
    }
  }

  /** GET_BIT(value, offset): bit. */
  private static final class GetBit extends BuiltinFunction {
    GetBit() {
      super("GET_BIT", 2, 2);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      checkTypes(name(), types);
      return SqlTypes.BIT;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      TypeId type = a.type(0).id();
      int offset = offset("get_bit", 1, a, width(a.value(0), type));
      return bits(a.value(0), type).testBit(offset);
    }
  }

  /** SET_BIT(value, offset [, 0 | 1]): the operand's type with that bit set (or cleared). */
  private static final class SetBit extends BuiltinFunction {
    SetBit() {
      super("SET_BIT", 2, 3);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      checkTypes(name(), types);
      return types.getFirst();
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      TypeId type = a.type(0).id();
      Object v = a.value(0);
      int offset = offset("set_bit", 2, a, width(v, type));
      long bit = 1;
      if (a.size() == 3) {
        Object b = a.value(2);
        bit = b instanceof Boolean flag ? (flag ? 1 : 0) : ((Number) b).longValue();
        if (bit != 0 && bit != 1) {
          throw FunctionErrors.SET_BIT_VALUE.raise();
        }
      }
      BigInteger bits = bits(v, type);
      return value(bit == 1 ? bits.setBit(offset) : bits.clearBit(offset), v, type);
    }
  }
}
