package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.DateTimeValues;
import dev.quern.catalog.value.SqlValueException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * DATEFROMPARTS, DATETIMEFROMPARTS, DATETIME2FROMPARTS, SMALLDATETIMEFROMPARTS, TIMEFROMPARTS and
 * EOMONTH. Invalid parts are error 289. DATETIME2FROMPARTS/TIMEFROMPARTS round to the precision
 * argument but are typed at precision 7 (the result type cannot see the argument's value).
 */
final class DateConstructionFunctions {
  private DateConstructionFunctions() {}

  static List<ScalarFunction> all() {
    return List.of(
        new FromParts("DATEFROMPARTS", 3, SqlTypes.DATE),
        new FromParts("DATETIMEFROMPARTS", 7, SqlTypes.DATETIME),
        new FromParts("DATETIME2FROMPARTS", 8, SqlType.withScale(TypeId.DATETIME2, 7)),
        new FromParts("SMALLDATETIMEFROMPARTS", 5, SqlTypes.SMALLDATETIME),
        new FromParts("TIMEFROMPARTS", 5, SqlType.withScale(TypeId.TIME, 7)),
        new EoMonth());
  }

  static SqlValueException cannotConstruct(TypeId type) {
    return SqlValueException.of(
        289,
        "Cannot construct data type "
            + SqlTypes.name(type)
            + ", some of the arguments have values which are not valid.");
  }

  static final class FromParts extends BuiltinFunction {
    private final SqlType type;

    FromParts(String name, int args, SqlType type) {
      super(name, args, args);
      this.type = type;
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      for (int i = 0; i < t.size(); i++) {
        if (!SqlTypes.isInteger(t.get(i).id())
            && !SqlTypes.isCharacter(t.get(i).id())
            && !SqlTypes.isDecimal(t.get(i).id())
            && t.get(i).id() != TypeId.BIT) {
          throw Arity.invalidType(name(), t.get(i), i + 1);
        }
      }
      return type;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      int[] p = new int[a.size()];
      for (int i = 0; i < p.length; i++) {
        p[i] = a.integer(i);
      }
      try {
        return build(p);
      } catch (DateTimeException | ArithmeticException e) {
        throw cannotConstruct(type.id());
      }
    }

    private Object build(int[] p) {
      return switch (type.id()) {
        case DATE -> LocalDate.of(p[0], p[1], p[2]);
        case DATETIME -> {
          LocalDateTime t =
              LocalDateTime.of(
                  p[0],
                  p[1],
                  p[2],
                  p[3],
                  p[4],
                  p[5],
                  Math.multiplyExact(checkMillis(p[6]), 1_000_000));
          LocalDateTime r = DateTimeValues.roundToDatetime(t);
          if (!DateTimeValues.inDatetimeRange(r)) {
            throw new DateTimeException("range");
          }
          yield r;
        }
        case SMALLDATETIME -> {
          LocalDateTime t = LocalDateTime.of(p[0], p[1], p[2], p[3], p[4]);
          if (!DateTimeValues.inSmalldatetimeRange(t)) {
            throw new DateTimeException("range");
          }
          yield t;
        }
        case DATETIME2 -> LocalDate.of(p[0], p[1], p[2]).atTime(time(p[3], p[4], p[5], p[6], p[7]));
        default -> time(p[0], p[1], p[2], p[3], p[4]);
      };
    }

    private static int checkMillis(int ms) {
      if (ms < 0 || ms > 999) {
        throw new DateTimeException("ms");
      }
      return ms;
    }

    /** fractions counts units of 10^-precision s and must be below 10^precision. */
    private static LocalTime time(int h, int mi, int s, int fractions, int precision) {
      if (precision < 0 || precision > 7 || fractions < 0 || fractions >= Math.pow(10, precision)) {
        throw new DateTimeException("fractions");
      }
      long nanos = fractions * (long) Math.pow(10, 9 - precision);
      return LocalTime.of(h, mi, s, (int) nanos);
    }
  }

  /** EOMONTH(date [, months]): the last day of the month, as date. */
  static final class EoMonth extends BuiltinFunction {
    EoMonth() {
      super("EOMONTH", 1, 2);
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      if (Arguments.temporalType(t.get(0)).id() == TypeId.TIME) {
        throw Arity.invalidType(name(), t.get(0), 1);
      }
      return SqlTypes.DATE;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      LocalDate d = Temporals.local(a.temporal(0)).toLocalDate();
      if (a.size() == 2) {
        try {
          d = d.plusMonths(a.integer(1));
        } catch (DateTimeException e) {
          throw DateAddFunction.overflow(SqlTypes.DATE);
        }
      }
      return d.withDayOfMonth(d.lengthOfMonth());
    }
  }
}
