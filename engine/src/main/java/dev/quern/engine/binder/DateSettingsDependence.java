package dev.quern.engine.binder;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.ConvertExpr;
import dev.quern.engine.expr.FunctionExpr;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether an expression's value depends on SET DATEFORMAT, DATEFIRST or LANGUAGE, as SQL Server
 * counts such expressions nondeterministic: a string read as a date or time, DATEPART/DATENAME/
 * DATETRUNC (weekday, week and names), FORMAT (the language's culture), and the date functions
 * given a string for a date. A batch binds its statements before any of them runs, so after a SET
 * of one of those options in the same batch such expressions must not be folded with the values the
 * session had when the batch was compiled.
 */
final class DateSettingsDependence {
  private static final Set<String> READ_SETTINGS = Set.of("DATEPART", "DATENAME", "DATETRUNC", "FORMAT");
  private static final Set<String> TAKE_DATES =
      Set.of("DATEADD", "DATEDIFF", "DATEDIFF_BIG", "YEAR", "MONTH", "DAY", "EOMONTH", "ISDATE",
          "SWITCHOFFSET", "TODATETIMEOFFSET", "DATE_BUCKET");

  private DateSettingsDependence() {}

  static boolean dependsOnDateSettings(BoundExpr e) {
    if (e instanceof ConvertExpr c && SqlTypes.isCharacter(c.input().type().id()) && SqlTypes.isTemporal(c.type().id())) {
      return true;
    }
    if (e instanceof FunctionExpr f) {
      String name = f.function().name().toUpperCase(Locale.ROOT);
      if (READ_SETTINGS.contains(name)
          || (TAKE_DATES.contains(name) && f.operands().stream().anyMatch(a -> SqlTypes.isCharacter(a.type().id())))) {
        return true;
      }
    }
    List<BoundExpr> operands = e.operands();
    return operands != null && operands.stream().anyMatch(DateSettingsDependence::dependsOnDateSettings);
  }
}
