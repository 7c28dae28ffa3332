package dev.quern.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.ext.pool.Lease;
import dev.quern.ext.pool.PoolKey;
import dev.quern.ext.spi.CancellationHandle;
import dev.quern.ext.spi.ExternalScriptRequest;
import dev.quern.python.launch.PythonSatellite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The directories satellites and their hosts leave once gone, the cases ExternalScriptChaosIT
 * found: a satellite killed before it renamed its spare directory, and the directory of a fork
 * server that died (killed) or was replaced.
 */
class SatelliteDirectoriesTest {
  private RuntimeFixture fx;

  @BeforeEach
  void start() throws IOException {
    fx = new RuntimeFixture();
  }

  @AfterEach
  void stop() {
    fx.close();
  }

  @Test
  void aSatelliteKilledBeforeItsCallBeganLeavesNoSpareDirectory() throws Exception {
    PoolKey key = new PoolKey("Python", "alice", "default");
    Lease<PythonSatellite> lease = fx.runtime.pool().acquire(key, new CancellationHandle());
    PythonSatellite s = lease.satellite();
    Path spare = hostDirectories().getFirst().resolve(".spare-" + s.pid());
    await(() -> Files.isDirectory(spare)); // made by the satellite while it got ready
    s.beginCall("0B8A1F6C-5E4D-4C2B-9A7F-1D2E3F4A5B6C"); // EXECUTE never reaches it
    lease.kill();
    s.dispose(); // as the call's own thread does after a kill
    await(() -> !Files.exists(spare));
  }

  @Test
  void theDirectoryOfAKilledForkServerGoesWithItsLastSatellite() throws Exception {
    call();
    Path first = hostDirectories().getFirst();
    ProcessHandle host = ProcessHandle.current().children().filter(p -> p.info().commandLine().orElse("").contains("quern_satellite")).findFirst().orElseThrow();
    host.destroyForcibly();
    host.onExit().get(30, TimeUnit.SECONDS);
    for (int i = 0; i < 3; i++) {
      call(); // the killed host's spare first, then satellites of a new host
    }
    await(() -> !Files.exists(first));
    assertThat(hostDirectories()).hasSize(1);
  }

  private void call() {
    CollectingSink sink = new CollectingSink();
    fx.runtime.execute(ExternalScriptRequest.builder("Python", "print(1)", "alice").build(), sink);
    assertThat(sink.stdout).isEqualTo("1\n");
  }

  private List<Path> hostDirectories() throws IOException {
    try (Stream<Path> s = Files.list(fx.runtime.root())) {
      return s.filter(p -> p.getFileName().toString().startsWith("host-")).toList();
    }
  }

  /** Polls (bounded) until {@code condition} holds; the cleanup runs in the background. */
  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(condition.getAsBoolean()).isTrue();
  }
}
