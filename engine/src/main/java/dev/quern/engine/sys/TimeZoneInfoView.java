package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.sysname;

import dev.quern.catalog.value.WindowsTimeZones;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.time.Instant;
import java.util.List;

/**
 * sys.time_zone_info ("sys.time_zone_info (Transact-SQL)"): one row per time zone AT TIME ZONE
 * takes ({@link WindowsTimeZones}), with its offset from UTC and whether it observes daylight
 * saving time at the server clock's current instant.
 */
final class TimeZoneInfoView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          sysname("name", false),
          nvarchar("current_utc_offset", 12, false),
          bit("is_currently_dst", false));

  @Override
  public String name() {
    return "time_zone_info";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    Instant now = session.clock().instant();
    return WindowsTimeZones.all().stream()
        .map(z -> new Object[] {z.name(), z.offsetText(now), z.daylightSaving(now)})
        .toList();
  }
}
