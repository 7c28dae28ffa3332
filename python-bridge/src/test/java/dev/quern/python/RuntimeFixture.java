package dev.quern.python;

import dev.quern.ext.governor.ResourceGovernor;
import dev.quern.ext.pool.PoolSettings;
import dev.quern.ext.spi.ExternalRuntimeContext;
import dev.quern.ext.stats.ExternalScriptStats;
import dev.quern.python.launch.PythonSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A real Python runtime for tests: real processes, real shared memory, a private work root. */
final class RuntimeFixture implements AutoCloseable {
  final Path workRoot;
  final ResourceGovernor governor;
  final ExternalScriptStats stats = new ExternalScriptStats();
  final PythonRuntime runtime;

  RuntimeFixture(PoolSettings pool, PythonSettings python) throws IOException {
    this(pool, python, 0);
  }

  /** {@code machineMemory} 0 = the real machine's. */
  RuntimeFixture(PoolSettings pool, PythonSettings python, long machineMemory) throws IOException {
    governor = machineMemory == 0 ? new ResourceGovernor() : new ResourceGovernor(machineMemory);
    workRoot = Files.createTempDirectory("quern-ext-test");
    // Satellites may run as another account (the server is root in CI): let them traverse.
    Files.setPosixFilePermissions(workRoot, java.nio.file.attribute.PosixFilePermissions.fromString("rwx--x--x"));
    runtime = new PythonRuntime(new ExternalRuntimeContext(governor, stats, pool, workRoot), python);
  }

  RuntimeFixture() throws IOException {
    this(PoolSettings.defaults().withSpares(1).withIdleTimeout(Duration.ofMinutes(5)), PythonSettings.defaults());
  }

  @Override
  public void close() {
    runtime.close();
  }
}
