package dev.quern.catalog.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WindowsTimeZonesTest {
  @Test
  void aZoneWindowsFollowsIsNamedDirectly() {
    assertThat(WindowsTimeZones.observedBy(ZoneId.of("America/Los_Angeles"), 2026).name())
        .isEqualTo("Pacific Standard Time");
    assertThat(WindowsTimeZones.observedBy(ZoneId.of("Asia/Kolkata"), 2026).name()).isEqualTo("India Standard Time");
  }

  @Test
  void utcInAnySpellingIsUtc() {
    assertThat(WindowsTimeZones.observedBy(ZoneOffset.UTC, 2026).name()).isEqualTo("UTC");
    assertThat(WindowsTimeZones.observedBy(ZoneId.of("Etc/UTC"), 2026).name()).isEqualTo("UTC");
    assertThat(WindowsTimeZones.observedBy(ZoneId.of("GMT"), 2026).name()).isEqualTo("UTC");
  }

  @Test
  void anotherCityOfAZoneGetsTheFirstZoneKeepingItsOffsetsAllYear() {
    // Amsterdam keeps Berlin's offsets winter and summer; Dublin keeps London's.
    assertThat(WindowsTimeZones.observedBy(ZoneId.of("Europe/Amsterdam"), 2026).name())
        .isEqualTo("W. Europe Standard Time");
    assertThat(WindowsTimeZones.observedBy(ZoneId.of("Europe/Dublin"), 2026).name()).isEqualTo("GMT Standard Time");
  }

  @Test
  void aFixedOffsetIsTheZoneOfThatOffsetWithoutDaylightSaving() {
    assertThat(WindowsTimeZones.observedBy(ZoneOffset.ofHours(-8), 2026).name()).isEqualTo("UTC-08");
  }

  @Test
  void theStandardOffsetIgnoresDaylightSaving() {
    var zone = WindowsTimeZones.find("Pacific Standard Time").orElseThrow();
    assertThat(zone.standardOffsetText(java.time.Instant.parse("2026-07-01T00:00:00Z"))).isEqualTo("-08:00");
    assertThat(zone.offsetText(java.time.Instant.parse("2026-07-01T00:00:00Z"))).isEqualTo("-07:00");
  }
}
