package dev.quern.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.ext.pool.PoolSettings;
import dev.quern.ext.spi.ExternalScriptRequest;
import dev.quern.python.launch.PythonSettings;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The environment's modules a script imported are imported by the fork-server parent ahead of its
 * next satellites: a later call on a fresh satellite finds them imported before its script runs.
 */
class ImportPreloadTest {
  static RuntimeFixture fx;

  @BeforeAll
  static void start() throws Exception {
    fx = new RuntimeFixture(PoolSettings.defaults().withSpares(1).withIdleTimeout(Duration.ofMinutes(5)), PythonSettings.defaults());
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  private static String run(String script) {
    CollectingSink sink = new CollectingSink();
    fx.runtime.execute(ExternalScriptRequest.builder("Python", script, "alice").build(), sink);
    return sink.stdout.strip();
  }

  private static final String PROBE = "import sys\nprint('colorsys' in sys.modules, 'wave' in sys.modules)";

  @Test
  void aModuleAScriptImportedIsImportedAheadForLaterSatellites() {
    assertThat(run(PROBE)).isEqualTo("False False");
    run("import colorsys\nprint(colorsys.rgb_to_hsv(1, 0, 0))");
    // The spare that was ready before stays as it was; the ones forked after the preload have it.
    // (A satellite serves one call here: the requests have no session.)
    String seen = "";
    for (int i = 0; i < 4 && !seen.equals("True False"); i++) {
      seen = run(PROBE);
    }
    assertThat(seen).isEqualTo("True False");
  }
}
