package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.DateTimeValues;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;

/**
 * GETDATE, CURRENT_TIMESTAMP, GETUTCDATE (datetime), SYSDATETIME, SYSUTCDATETIME (datetime2(7)) and
 * SYSDATETIMEOFFSET (datetimeoffset(7)), read from the session's clock.
 */
final class CurrentTimeFunction extends BuiltinFunction {
  private static final SqlType DATETIME2_7 = SqlType.withScale(TypeId.DATETIME2, 7);
  private static final SqlType DATETIMEOFFSET_7 = SqlType.withScale(TypeId.DATETIMEOFFSET, 7);

  private final SqlType type;
  private final Function<Clock, Object> read;

  private CurrentTimeFunction(String name, SqlType type, Function<Clock, Object> read) {
    super(name, 0, 0);
    this.type = type;
    this.read = read;
  }

  static List<ScalarFunction> all() {
    return List.of(
        new CurrentTimeFunction(
            "GETDATE",
            SqlTypes.DATETIME,
            c -> DateTimeValues.roundToDatetime(LocalDateTime.now(c))),
        new CurrentTimeFunction(
            "CURRENT_TIMESTAMP",
            SqlTypes.DATETIME,
            c -> DateTimeValues.roundToDatetime(LocalDateTime.now(c))),
        new CurrentTimeFunction(
            "GETUTCDATE",
            SqlTypes.DATETIME,
            c -> DateTimeValues.roundToDatetime(LocalDateTime.now(c.withZone(ZoneOffset.UTC)))),
        new CurrentTimeFunction("SYSDATETIME", DATETIME2_7, c -> ticks(LocalDateTime.now(c))),
        new CurrentTimeFunction(
            "SYSUTCDATETIME",
            DATETIME2_7,
            c -> ticks(LocalDateTime.now(c.withZone(ZoneOffset.UTC)))),
        // SQL Server 2025's ANSI CURRENT_DATE (written without parentheses): today as date.
        new CurrentTimeFunction("CURRENT_DATE", SqlTypes.DATE, java.time.LocalDate::now),
        new CurrentTimeFunction(
            "SYSDATETIMEOFFSET",
            DATETIMEOFFSET_7,
            c -> OffsetDateTime.now(c).truncatedTo(ChronoUnit.MICROS)));
  }

  /** datetime2(7) keeps 100 ns ticks. */
  private static LocalDateTime ticks(LocalDateTime t) {
    return t.withNano(t.getNano() / 100 * 100);
  }

  @Override
  SqlType resultType(List<SqlType> types) {
    return type;
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    return read.apply(ctx.clock());
  }

  @Override
  public boolean deterministic() {
    return false;
  }
}
