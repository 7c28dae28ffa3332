package dev.quern.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.ext.governor.ResourceGovernor;
import dev.quern.ext.pool.PoolSettings;
import dev.quern.ext.spi.ExternalRuntimeContext;
import dev.quern.ext.spi.ExternalRuntimes;
import dev.quern.ext.stats.ExternalScriptStats;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class ServiceLoadingTest {
  @Test
  void thePythonRuntimeIsFoundByLanguageNameCaseInsensitively() throws Exception {
    ExternalRuntimeContext ctx = new ExternalRuntimeContext(new ResourceGovernor(), new ExternalScriptStats(), PoolSettings.defaults(), Files.createTempDirectory("quern-sl"));
    try (ExternalRuntimes runtimes = new ExternalRuntimes(ctx)) {
      assertThat(runtimes.runtime("PYTHON")).get().isInstanceOf(PythonRuntime.class);
      assertThat(runtimes.runtime("python")).get().isSameAs(runtimes.runtime("Python").orElseThrow());
      assertThat(runtimes.runtime("R")).isEmpty();
    }
  }
}
