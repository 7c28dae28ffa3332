package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.value.Conversions;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code msdb.dbo.agent_datetime(@date int, @time int) RETURNS datetime}: the scalar function msdb
 * ships for the agent's int dates (yyyymmdd) and times (hhmmss), which every job history query
 * calls. It is undocumented; msdb's own definition spells the parts out as {@code y-m-d h:m:s} and
 * converts that text to datetime with style 120, so Quern does the same: a NULL argument gives
 * NULL, 20240305 with 134501 gives 2024-03-05 13:45:01.000, and what is no date (a run_date of 0)
 * fails as that conversion fails (241, or 242 out of range).
 */
public final class AgentDatetimeFunction extends BuiltinFunction {
  public static final String NAME = "agent_datetime";
  /** The two parameters, as the function declares them. */
  public static final List<SqlType> PARAMETERS = List.of(SqlTypes.INT, SqlTypes.INT);
  private static final int ODBC_CANONICAL = 120;
  private static final SqlType TEXT = SqlType.ofLength(dev.quern.catalog.type.TypeId.NVARCHAR, 20);

  private AgentDatetimeFunction() {
    super(NAME, 2, 2);
  }

  /**
   * The msdb function {@code parts} names, as seen from {@code currentDatabase}: {@code
   * msdb.dbo.agent_datetime} anywhere, {@code dbo.agent_datetime} in msdb.
   */
  public static Optional<ScalarFunction> lookup(List<String> parts, String currentDatabase) {
    if (parts.size() < 2 || parts.size() > 3 || !parts.getLast().equalsIgnoreCase(NAME)) {
      return Optional.empty();
    }
    String db = parts.size() == 3 ? parts.getFirst() : currentDatabase;
    String schema = parts.get(parts.size() - 2);
    return "msdb".equalsIgnoreCase(db) && schema.equalsIgnoreCase("dbo") ? Optional.of(new AgentDatetimeFunction()) : Optional.empty();
  }

  @Override
  SqlType resultType(List<SqlType> types) {
    return SqlTypes.DATETIME;
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    int date = a.integer(0);
    int time = a.integer(1);
    String text = String.format(Locale.ROOT, "%d-%d-%d %d:%d:%d",
        date / 10000, date % 10000 / 100, date % 100, time / 10000, time % 10000 / 100, time % 100);
    return Conversions.convert(text, TEXT, SqlTypes.DATETIME, ODBC_CANONICAL);
  }
}
