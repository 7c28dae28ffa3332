package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * DATETRUNC(datepart, date) of SQL Server 2022: the date cut down to the start of its year,
 * quarter, month, week (DATEFIRST's first day), ISO week (Monday), day, hour … in the date's type.
 */
final class DateTruncFunction extends BuiltinFunction {
  DateTruncFunction() {
    super("DATETRUNC", 2, 2);
  }

  @Override
  SqlType resultType(List<SqlType> t) {
    SqlType d = t.get(1);
    return SqlTypes.isCharacter(d.id())
        ? SqlType.withScale(TypeId.DATETIME2, 7)
        : Arguments.temporalType(d);
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    DatePart part = DatePart.of(a.string(0), name());
    SqlType type = resultType(List.of(a.type(0), a.type(1)));
    if (part == DatePart.WEEKDAY || part == DatePart.TZOFFSET || part == DatePart.NANOSECOND) {
      throw part.unsupported(type.id(), name());
    }
    part.checkSupported(type.id(), name());
    Object v = a.as(1, type);
    LocalDateTime t = Temporals.local(v);
    return Temporals.like(v, truncate(t, part, ctx.dateFirst()));
  }

  private static LocalDateTime truncate(LocalDateTime t, DatePart part, int dateFirst) {
    LocalDateTime day = t.truncatedTo(ChronoUnit.DAYS);
    return switch (part) {
      case YEAR -> day.withDayOfYear(1);
      case QUARTER -> day.withDayOfMonth(1).withMonth((t.getMonthValue() - 1) / 3 * 3 + 1);
      case MONTH -> day.withDayOfMonth(1);
      case WEEK -> day.minusDays(DatePartFunctions.weekday(t.getDayOfWeek(), dateFirst) - 1);
      case ISO_WEEK -> day.minusDays(t.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
      case DAYOFYEAR, DAY -> day;
      case HOUR -> t.truncatedTo(ChronoUnit.HOURS);
      case MINUTE -> t.truncatedTo(ChronoUnit.MINUTES);
      case SECOND -> t.truncatedTo(ChronoUnit.SECONDS);
      case MILLISECOND -> t.truncatedTo(ChronoUnit.MILLIS);
      case MICROSECOND -> t.truncatedTo(ChronoUnit.MICROS);
      default -> t;
    };
  }
}
