package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.SqlValueException;
import java.time.temporal.Temporal;
import java.util.List;

/**
 * FORMAT(value, format [, culture]): .NET Framework format strings for numbers and dates, as SQL
 * Server (which calls .NET) produces them for en-US: standard formats (N2, C, P, D5, X, E, F, G; d,
 * D, t, T, g, G, s, u, o, M, Y) and custom patterns (#,##0.00; yyyy-MM-dd HH:mm:ss.fff tt). An
 * invalid format gives NULL, as in SQL Server; only en-US (or no culture) is supported.
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
    if (a.size() == 3) {
      String culture = a.string(2).trim();
      if (!culture.isEmpty()
          && !culture.equalsIgnoreCase("en-US")
          && !culture.equalsIgnoreCase("en")) {
        throw SqlValueException.of(
            9818,
            "The culture parameter '"
                + culture
                + "' provided in the function call is not supported.");
      }
    }
    String format = a.string(1);
    try {
      if (a.value(0) instanceof Temporal t) {
        return DateFormats.format(t, format);
      }
      return NumberFormats.format(a.value(0), a.type(0), format.isBlank() ? "G" : format);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
