package dev.quern.engine.proc.external;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'external scripts enabled' survives a restart once RECONFIGURE installed it. */
class ConfigurationPersistenceTest {
  @TempDir Path dataDir;

  private Object[] option(QuernEngine engine) {
    try (EngineSession s = TestSessions.open(engine)) {
      CollectingSink sink = TestSessions.run(s, "EXEC sp_configure 'external scripts enabled'");
      assertThat(sink.errors()).isEmpty();
      return sink.rows().getFirst();
    }
  }

  @Test
  void reconfiguredValuesPersistAcrossRestarts() {
    try (QuernEngine engine = QuernEngine.open(dataDir)) {
      assertThat(option(engine)).containsExactly("external scripts enabled", 0, 1, 0, 0);
      try (EngineSession s = TestSessions.open(engine)) {
        TestSessions.run(s, "EXEC sp_configure 'external scripts enabled', 1");
      }
    }
    try (QuernEngine engine = QuernEngine.open(dataDir)) {
      // Not installed with RECONFIGURE: not kept.
      assertThat(option(engine)).containsExactly("external scripts enabled", 0, 1, 0, 0);
      try (EngineSession s = TestSessions.open(engine)) {
        TestSessions.run(s, "EXEC sp_configure 'external scripts enabled', 1; RECONFIGURE WITH OVERRIDE");
      }
    }
    try (QuernEngine engine = QuernEngine.open(dataDir)) {
      assertThat(option(engine)).containsExactly("external scripts enabled", 0, 1, 1, 1);
    }
    assertThat(dataDir.resolve("server-config.properties")).content().contains("external scripts enabled=1");
    assertThat(dataDir.resolve("server-config.properties.tmp")).doesNotExist();
  }
}
