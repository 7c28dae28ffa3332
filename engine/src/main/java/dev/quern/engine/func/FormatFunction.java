package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.error.FunctionErrors;
import dev.quern.engine.locale.Culture;
import dev.quern.engine.locale.Cultures;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.List;

/**
 * FORMAT(value, format [, culture]): .NET Framework format strings for numbers and dates, as SQL
 * Server (which calls .NET) produces them: standard formats (N2, C, P, D5, X, E, F, G, R; d, D, f,
 * F, g, G, M, O, R, s, t, T, u, U, Y) and custom patterns (#,##0.00; dddd d MMMM yyyy) in the
 * culture named (one of {@link Cultures}, else 9818), or without one in the culture of the session
 * language (SET LANGUAGE Deutsch: de-DE). A time value formats as a .NET TimeSpan ({@link
 * TimeSpanFormats}). An invalid format gives NULL, as in SQL Server.
 */
final class FormatFunction extends BuiltinFunction {
  FormatFunction() {
    super("FORMAT", 2, 3);
  }

  @Override
  SqlType resultType(List<SqlType> t) {
    TypeId id = t.get(0).id();
    if (!SqlTypes.isNumeric(id) && !SqlTypes.isTemporal(id)) {
      throw Arity.invalidType(name(), t.get(0), 1);
    }
    return SqlType.ofLength(TypeId.NVARCHAR, SqlTypes.MAX_NCHARS);
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    Culture culture = a.size() == 3 ? culture(a.string(2)) : Cultures.ofLanguage(ctx.language());
    String format = a.string(1);
    try {
      if (a.value(0) instanceof LocalTime t) {
        return TimeSpanFormats.format(t, format.isEmpty() ? "c" : format, culture);
      }
      if (a.value(0) instanceof Temporal t) {
        return DateFormats.format(t, format.isEmpty() ? "G" : format, culture);
      }
      return NumberFormats.format(a.value(0), a.type(0), format.isBlank() ? "G" : format, culture);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Culture culture(String name) {
    return Cultures.find(name).orElseThrow(() -> FunctionErrors.PARSE_CULTURE.raise(name));
  }
}
