package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * DATETIMEOFFSETFROMPARTS(year, month, day, hour, minute, seconds, fractions, hour_offset,
 * minute_offset, precision): fractions count units of 10^-precision s; the offset is at most
 * ±14:00, its minutes take the hours' sign (either may be 0). Invalid parts are 289. Typed
 * datetimeoffset(7), as DATETIME2FROMPARTS is datetime2(7): the type cannot see the precision's value.
 */
final class DateTimeOffsetFromParts extends BuiltinFunction {
  private static final int MAX_OFFSET_MINUTES = 14 * 60;

  DateTimeOffsetFromParts() {
    super("DATETIMEOFFSETFROMPARTS", 10, 10);
  }

  @Override
  SqlType resultType(List<SqlType> t) {
    for (int i = 0; i < t.size(); i++) {
      TypeId id = t.get(i).id();
      if (!SqlTypes.isInteger(id) && !SqlTypes.isCharacter(id) && !SqlTypes.isDecimal(id) && id != TypeId.BIT) {
        throw Arity.invalidType(name(), t.get(i), i + 1);
      }
    }
    return SqlType.withScale(TypeId.DATETIMEOFFSET, SqlTypes.DEFAULT_TIME_SCALE);
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    int[] p = new int[10];
    for (int i = 0; i < p.length; i++) {
      p[i] = a.integer(i);
    }
    try {
      int precision = p[9];
      int fractions = p[6];
      if (precision < 0 || precision > 7 || fractions < 0 || fractions >= Math.pow(10, precision)) {
        throw new DateTimeException("fractions");
      }
      int hours = p[7];
      int minutes = p[8];
      if (minutes < -59 || minutes > 59 || hours != 0 && minutes != 0 && Integer.signum(hours) != Integer.signum(minutes)) {
        throw new DateTimeException("offset minutes");
      }
      int offset = hours * 60 + minutes;
      if (Math.abs(offset) > MAX_OFFSET_MINUTES) {
        throw new DateTimeException("offset");
      }
      long nanos = fractions * (long) Math.pow(10, 9 - precision);
      LocalTime time = LocalTime.of(p[3], p[4], p[5], (int) nanos);
      return OffsetDateTime.of(LocalDate.of(p[0], p[1], p[2]), time, ZoneOffset.ofTotalSeconds(offset * 60));
    } catch (DateTimeException | ArithmeticException e) {
      throw DateConstructionFunctions.cannotConstruct(TypeId.DATETIMEOFFSET);
    }
  }
}
