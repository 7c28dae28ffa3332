package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.WindowsTimeZones;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * CURRENT_TIMEZONE_ID() and CURRENT_TIMEZONE(): the time zone the server observes, that of the
 * clock GETDATE reads (the JVM's default zone, from the machine's TZ), as SQL Server names it: the
 * Windows zone ID that AT TIME ZONE and sys.time_zone_info take ({@link WindowsTimeZones#observedBy}).
 *
 * <p>CURRENT_TIMEZONE() is SQL Server's display name, "(UTC) Coordinated Universal Time" for UTC.
 * Windows' display names for other zones list cities ("(UTC+01:00) Amsterdam, Berlin, …") that
 * Quern does not carry: it gives the standard offset and the zone ID instead, "(UTC+01:00) W. Europe
 * Standard Time" (decided).
 */
final class CurrentTimeZoneFunction extends BuiltinFunction {
  private static final SqlType RESULT = SqlType.ofLength(TypeId.VARCHAR, 256);

  private final boolean displayName;

  private CurrentTimeZoneFunction(String name, boolean displayName) {
    super(name, 0, 0);
    this.displayName = displayName;
  }

  static List<ScalarFunction> all() {
    return List.of(new CurrentTimeZoneFunction("CURRENT_TIMEZONE_ID", false),
        new CurrentTimeZoneFunction("CURRENT_TIMEZONE", true));
  }

  @Override
  SqlType resultType(List<SqlType> types) {
    return RESULT;
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    Clock clock = ctx.clock();
    Instant now = clock.instant();
    WindowsTimeZones.Zone zone =
        WindowsTimeZones.observedBy(clock.getZone(), LocalDate.ofInstant(now, clock.getZone()).getYear());
    if (!displayName) {
      return zone.name();
    }
    if (zone.name().equals("UTC")) {
      return "(UTC) Coordinated Universal Time";
    }
    return "(UTC" + zone.standardOffsetText(now) + ") " + zone.name();
  }

  @Override
  public boolean deterministic() {
    return false;
  }
}
