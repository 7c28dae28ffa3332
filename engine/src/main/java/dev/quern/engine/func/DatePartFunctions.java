package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.locale.SqlLanguage;
import dev.quern.engine.locale.SqlLanguages;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;

/**
 * DATEPART, DATENAME, YEAR, MONTH and DAY. Week and weekday follow SET DATEFIRST (week 1 holds
 * January 1st); iso_week follows ISO 8601. datetime milliseconds are the rounded tick (.007).
 */
final class DatePartFunctions {
  private DatePartFunctions() {}

  static List<ScalarFunction> all() {
    return List.of(
        new DatePartFunction(),
        new DateNameFunction(),
        new Fixed("YEAR", DatePart.YEAR),
        new Fixed("MONTH", DatePart.MONTH),
        new Fixed("DAY", DatePart.DAY));
  }

  /** The numeric value of a datepart of a date/time value of type {@code type}. */
  static int part(DatePart part, Object value, TypeId type, int dateFirst) {
    LocalDateTime t = Temporals.local(value);
    int nano = t.getNano();
    if (type == TypeId.DATETIME || type == TypeId.SMALLDATETIME) {
      // datetime keeps exact 1/300 s ticks; its parts show the rounded millisecond.
      nano = Math.min(999, (nano + 500_000) / 1_000_000) * 1_000_000;
    }
    return switch (part) {
      case YEAR -> t.getYear();
      case QUARTER -> (t.getMonthValue() - 1) / 3 + 1;
      case MONTH -> t.getMonthValue();
      case DAYOFYEAR -> t.getDayOfYear();
      case DAY -> t.getDayOfMonth();
      case WEEK -> week(t, dateFirst);
      case WEEKDAY -> weekday(t.getDayOfWeek(), dateFirst);
      case HOUR -> t.getHour();
      case MINUTE -> t.getMinute();
      case SECOND -> t.getSecond();
      case MILLISECOND -> nano / 1_000_000;
      case MICROSECOND -> nano / 1_000;
      case NANOSECOND -> nano;
      case TZOFFSET -> Temporals.offset(value).getTotalSeconds() / 60;
      case ISO_WEEK -> t.toLocalDate().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    };
  }

  /** 1 for the DATEFIRST day (7 = Sunday): with DATEFIRST 7, Sunday is 1 and Saturday 7. */
  static int weekday(DayOfWeek day, int dateFirst) {
    return Math.floorMod(day.getValue() - dateFirst, 7) + 1;
  }

  private static int week(LocalDateTime t, int dateFirst) {
    int jan1 = weekday(t.toLocalDate().withDayOfYear(1).getDayOfWeek(), dateFirst) - 1;
    return (t.getDayOfYear() - 1 + jan1) / 7 + 1;
  }

  private static void check(String name, DatePart part, TypeId type) {
    part.checkSupported(type, name);
  }

  /** DATEPART(datepart, date): int. */
  static final class DatePartFunction extends BuiltinFunction {
    DatePartFunction() {
      super("DATEPART", 2, 2);
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      return SqlTypes.INT;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      DatePart p = DatePart.of(a.string(0), name());
      TypeId type = Arguments.temporalType(a.type(1)).id();
      check(name(), p, type);
      return part(p, a.temporal(1), type, ctx.dateFirst());
    }
  }

  /** DATENAME(datepart, date): nvarchar(30); month and weekday by name in the session language. */
  static final class DateNameFunction extends BuiltinFunction {
    DateNameFunction() {
      super("DATENAME", 2, 2);
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      return SqlType.ofLength(TypeId.NVARCHAR, 30);
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      DatePart p = DatePart.of(a.string(0), name());
      TypeId type = Arguments.temporalType(a.type(1)).id();
      check(name(), p, type);
      Object v = a.temporal(1);
      LocalDateTime t = Temporals.local(v);
      return switch (p) {
        case MONTH -> language(ctx).monthName(t.getMonth());
        case WEEKDAY -> language(ctx).dayName(t.getDayOfWeek());
        case TZOFFSET -> offsetText(Temporals.offset(v));
        default -> Integer.toString(part(p, v, type, ctx.dateFirst()));
      };
    }

    /** The session language's sys.syslanguages names (months, days) name the parts. */
    private static SqlLanguage language(FunctionContext ctx) {
      return SqlLanguages.find(ctx.language() == null ? "" : ctx.language()).orElse(SqlLanguages.US_ENGLISH);
    }

    private static String offsetText(ZoneOffset o) {
      int total = o.getTotalSeconds() / 60;
      int abs = Math.abs(total);
      return String.format(Locale.ROOT, "%s%02d:%02d", total < 0 ? "-" : "+", abs / 60, abs % 60);
    }
  }

  /** YEAR, MONTH, DAY: DATEPART with a fixed datepart (an int argument counts days from 1900). */
  static final class Fixed extends BuiltinFunction {
    private final DatePart part;

    Fixed(String name, DatePart part) {
      super(name, 1, 1);
      this.part = part;
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      TypeId type = Arguments.temporalType(t.get(0)).id();
      if (type == TypeId.TIME) {
        throw Arity.invalidType(name(), t.get(0), 1);
      }
      return SqlTypes.INT;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      return part(part, a.temporal(0), Arguments.temporalType(a.type(0)).id(), ctx.dateFirst());
    }
  }
}
