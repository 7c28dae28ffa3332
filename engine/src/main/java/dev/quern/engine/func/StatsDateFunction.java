package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.value.DateTimeValues;
import java.util.List;

/**
 * STATS_DATE(object_id, stats_id): datetime, when the statistics were last updated ("STATS_DATE
 * (Transact-SQL)"); NULL for statistics never built, or a table or statistics that does not exist.
 */
final class StatsDateFunction extends BuiltinFunction {
  StatsDateFunction() {
    super("STATS_DATE", 2, 2);
  }

  @Override
  public boolean deterministic() {
    return false;
  }

  @Override
  SqlType resultType(List<SqlType> types) {
    return SqlTypes.DATETIME;
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    if (a.isNull(0) || a.isNull(1)) {
      return null;
    }
    int objectId = ((Number) a.value(0)).intValue();
    int statsId = ((Number) a.value(1)).intValue();
    return ctx.statsDate(objectId, statsId).map(DateTimeValues::roundToDatetime).orElse(null);
  }
}
