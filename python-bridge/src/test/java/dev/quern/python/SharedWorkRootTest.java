package dev.quern.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.ext.governor.ResourceGovernor;
import dev.quern.ext.pool.PoolSettings;
import dev.quern.ext.spi.ExternalRuntimeContext;
import dev.quern.ext.spi.ExternalScriptRequest;
import dev.quern.ext.stats.ExternalScriptStats;
import dev.quern.python.launch.PythonSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two runtimes on one work root (as {@code ExternalRuntimeContext.defaults()} gives them). */
class SharedWorkRootTest {
  @Test
  void closingOneRuntimeLeavesTheOthersSatellitesAndWaitsForItsOwn() throws Exception {
    Path shared = Files.createTempDirectory("quern-ext-shared");
    Files.setPosixFilePermissions(shared, java.nio.file.attribute.PosixFilePermissions.fromString("rwx--x--x"));
    PoolSettings pool = PoolSettings.defaults().withSpares(1).withIdleTimeout(Duration.ofMinutes(5));
    PythonRuntime a = new PythonRuntime(new ExternalRuntimeContext(new ResourceGovernor(), new ExternalScriptStats(), pool, shared), PythonSettings.defaults());
    PythonRuntime b = new PythonRuntime(new ExternalRuntimeContext(new ResourceGovernor(), new ExternalScriptStats(), pool, shared), PythonSettings.defaults());
    try {
      assertThat(a.root()).isNotEqualTo(b.root());
      assertThat(a.root().getParent()).isEqualTo(shared);
      assertThat(call(a)).isEqualTo("ok\n");
      assertThat(call(b)).isEqualTo("ok\n");
      List<ProcessHandle> ofA = processesUnder(a.root());
      List<ProcessHandle> ofB = processesUnder(b.root());
      assertThat(ofA).isNotEmpty();
      assertThat(ofB).isNotEmpty();

      a.close();

      assertThat(ofA).noneMatch(ProcessHandle::isAlive);
      assertThat(a.root()).doesNotExist();
      // b's fork server lives on (the child that served b's call may be exiting on its own now:
      // each child serves one call, so only the long-lived parent is checked). A process that has
      // exited reports no parent: it is not taken for the server, and a dead server leaves none.
      List<ProcessHandle> serversOfB =
          ofB.stream().filter(p -> p.parent().map(parent -> !ofB.contains(parent)).orElse(false)).toList();
      assertThat(serversOfB).isNotEmpty().allMatch(ProcessHandle::isAlive);
      assertThat(b.root()).isDirectory();
      assertThat(call(b)).isEqualTo("ok\n");
    } finally {
      a.close();
      b.close();
    }
    assertThat(b.root()).doesNotExist();
    Files.delete(shared); // empty: nothing of either runtime is left
  }

  private static String call(PythonRuntime rt) {
    CollectingSink sink = new CollectingSink();
    rt.execute(ExternalScriptRequest.builder("Python", "print('ok')", "shared").build(), sink);
    return sink.stdout;
  }

  /** The fork-server parent and its children carry the runtime's directory on their command line. */
  private static List<ProcessHandle> processesUnder(Path root) {
    return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().map(c -> c.contains(root.toString())).orElse(false)).toList();
  }
}
