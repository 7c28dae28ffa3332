package dev.quern.engine.sys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * sys.time_zone_info reads the server clock: the same zones show their winter and summer offsets,
 * north and south of the equator, and AT TIME ZONE agrees with the listed offset.
 */
class TimeZoneInfoViewTest {
  private static final String ZONES = """
      SELECT name, current_utc_offset, is_currently_dst FROM sys.time_zone_info
      WHERE name IN ('Pacific Standard Time', 'GMT Standard Time', 'AUS Eastern Standard Time',
        'Chatham Islands Standard Time', 'India Standard Time', 'UTC')
      ORDER BY name""";

  @Test
  void offsetsAndDaylightSavingFollowTheClock() {
    try (QuernEngine engine = QuernEngine.inMemory(); EngineSession s = TestSessions.open(engine)) {
      engine.server().useClock(Clock.fixed(Instant.parse("2024-07-15T12:00:00Z"), ZoneOffset.UTC));
      assertThat(TestSessions.rows(s, ZONES)).containsExactly(
          "AUS Eastern Standard Time,+10:00,false", "Chatham Islands Standard Time,+12:45,false",
          "GMT Standard Time,+01:00,true", "India Standard Time,+05:30,false",
          "Pacific Standard Time,-07:00,true", "UTC,+00:00,false");

      engine.server().useClock(Clock.fixed(Instant.parse("2024-01-15T12:00:00Z"), ZoneOffset.UTC));
      assertThat(TestSessions.rows(s, ZONES)).containsExactly(
          "AUS Eastern Standard Time,+11:00,true", "Chatham Islands Standard Time,+13:45,true",
          "GMT Standard Time,+00:00,false", "India Standard Time,+05:30,false",
          "Pacific Standard Time,-08:00,false", "UTC,+00:00,false");
    }
  }

  @Test
  void atTimeZoneGivesEveryListedOffset() {
    try (QuernEngine engine = QuernEngine.inMemory(); EngineSession s = TestSessions.open(engine)) {
      for (String at : new String[] {"2024-03-31T01:30:00Z", "2024-10-06T16:00:00Z", "2025-12-31T23:59:59Z"}) {
        engine.server().useClock(Clock.fixed(Instant.parse(at), ZoneOffset.UTC));
        assertThat(TestSessions.rows(s, """
            SELECT COUNT(*), SUM(CASE WHEN DATENAME(tzoffset, SYSDATETIMEOFFSET() AT TIME ZONE name) = current_utc_offset
              THEN 1 ELSE 0 END) FROM sys.time_zone_info""")).containsExactly("140,140");
      }
    }
  }
}
