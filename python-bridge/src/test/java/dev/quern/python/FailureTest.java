package dev.quern.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.ext.governor.ExternalResourcePool;
import dev.quern.ext.spi.CancellationHandle;
import dev.quern.ext.spi.ExternalScriptCancelledException;
import dev.quern.ext.spi.ExternalScriptError;
import dev.quern.ext.spi.ExternalScriptException;
import dev.quern.ext.spi.ExternalScriptRequest;
import dev.quern.ext.pool.PoolKey;
import dev.quern.ext.pool.PoolSettings;
import dev.quern.python.launch.PythonSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Satellites that die, are cancelled or run out of memory: the call fails cleanly, the pool carries on. */
class FailureTest {
  static RuntimeFixture fx;

  @BeforeAll
  static void start() throws Exception {
    fx = new RuntimeFixture(PoolSettings.defaults().withSpares(1).withIdleTimeout(Duration.ofMinutes(5)), PythonSettings.defaults());
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  @AfterEach
  void poolCarriesOn() {
    CollectingSink sink = new CollectingSink();
    fx.runtime.execute(ExternalScriptRequest.builder("Python", "print('still here')", "alice").build(), sink);
    assertThat(sink.stdout).isEqualTo("still here\n");
    assertThat(fx.runtime.allocator().getAllocatedMemory()).isZero();
    assertThat(fx.stats.runningRequests()).isEmpty();
  }

  /** Runs a script that writes its pid to a file and sleeps; returns the future and the pid. */
  private static long startSleeper(Path pidFile, CancellationHandle cancel, CompletableFuture<Throwable> outcome) throws Exception {
    String script = "import os, time\nopen(r'" + pidFile + "', 'w').write(str(os.getpid()))\ntime.sleep(60)";
    Thread.ofVirtual().start(() -> {
      try {
        fx.runtime.execute(ExternalScriptRequest.builder("Python", script, "alice").cancellation(cancel).build(), new CollectingSink());
        outcome.complete(null);
      } catch (Throwable t) {
        outcome.complete(t);
      }
    });
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      if (Files.exists(pidFile) && Files.size(pidFile) > 0) {
        return Long.parseLong(Files.readString(pidFile).trim());
      }
      Thread.sleep(10);
    }
    throw new AssertionError("the script never started");
  }

  @Test
  void sigkillMidScriptGivesTheDocumentedErrorAndTheNextCallWorks() throws Exception {
    Path pidFile = Files.createTempFile(fx.workRoot, "pid", ".txt");
    pidFile.toFile().setWritable(true, false);
    CompletableFuture<Throwable> outcome = new CompletableFuture<>();
    long pid = startSleeper(pidFile, new CancellationHandle(), outcome);
    new ProcessBuilder("kill", "-9", Long.toString(pid)).start().waitFor();
    Throwable t = outcome.get(30, TimeUnit.SECONDS);
    assertThat(t).isInstanceOfSatisfying(ExternalScriptException.class, e -> {
      assertThat(e.errors()).extracting(ExternalScriptError::number).containsExactly(39012, 39019);
      assertThat(e.errors().get(0).message()).matches("Unable to communicate with the runtime for 'Python' script for request id: [0-9A-F-]{36}\\. Please check the requirements of 'Python' runtime\\.");
      assertThat(e.errors().get(0).state()).isEqualTo(14);
      assertThat(e.errors().get(1).message()).startsWith("An external script error occurred: \nThe satellite process " + pid + " ended unexpectedly");
    });
  }

  @Test
  void aSpareKilledWhileIdleIsSkippedAndReplaced() throws Exception {
    PoolKey alice = new PoolKey("Python", "alice", "default");
    fx.runtime.execute(ExternalScriptRequest.builder("Python", "x = 1", "alice").build(), new CollectingSink());
    awaitIdle(alice);
    // The spares are the children of alice's fork-server parent that are still running.
    List<ProcessHandle> spares = ProcessHandle.current().descendants().filter(p -> p.parent().flatMap(ProcessHandle::parent).map(ProcessHandle::pid).orElse(-1L) == ProcessHandle.current().pid()).toList();
    assertThat(spares).isNotEmpty();
    for (ProcessHandle p : spares) {
      new ProcessBuilder("kill", "-9", Long.toString(p.pid())).start().waitFor();
      p.onExit().get(30, TimeUnit.SECONDS);
    }
    CollectingSink sink = new CollectingSink();
    fx.runtime.execute(ExternalScriptRequest.builder("Python", "import os\nprint(os.getpid())", "alice").build(), sink);
    assertThat(spares).extracting(ProcessHandle::pid).doesNotContain(Long.parseLong(sink.stdout.strip()));
    awaitIdle(alice);
    assertThat(fx.runtime.pool().idleCount(alice)).isPositive();
  }

  private static void awaitIdle(PoolKey key) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (fx.runtime.pool().idleCount(key) == 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
  }

  @Test
  void cancellationKillsTheRunningScriptPromptly() throws Exception {
    Path pidFile = Files.createTempFile(fx.workRoot, "pid", ".txt");
    pidFile.toFile().setWritable(true, false);
    CancellationHandle cancel = new CancellationHandle();
    CompletableFuture<Throwable> outcome = new CompletableFuture<>();
    long pid = startSleeper(pidFile, cancel, outcome);
    cancel.cancel();
    assertThat(outcome.get(30, TimeUnit.SECONDS)).isInstanceOf(ExternalScriptCancelledException.class);
    ProcessHandle.of(pid).ifPresent(h -> h.onExit().join());
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
  }

  @Test
  void cancellationWhileQueuedNeverRuns() {
    CancellationHandle cancel = new CancellationHandle();
    cancel.cancel();
    assertThatThrownBy(() -> fx.runtime.execute(ExternalScriptRequest.builder("Python", "print(1)", "alice").cancellation(cancel).build(), new CollectingSink()))
        .isInstanceOf(ExternalScriptCancelledException.class);
  }

  @Test
  void allocatingBeyondTheMemoryLimitIsACleanScriptError() {
    // 1 % of a pretend 100 GB machine: about 1 GB of address space per satellite.
    ExternalResourcePool small = new ExternalResourcePool(256, "small", 100, 1, 0, 1);
    RuntimeFixture limited = null;
    try {
      limited = new RuntimeFixture(PoolSettings.defaults().withSpares(1), PythonSettings.defaults(), 100L << 30);
      limited.governor.configure(small);
      RuntimeFixture rt = limited;
      String script = "import numpy\nx = numpy.ones(3 * 1024 * 1024 * 1024 // 8)\nprint(x.sum())";
      assertThatThrownBy(() -> rt.runtime.execute(ExternalScriptRequest.builder("Python", script, "alice").resourcePool("small").build(), new CollectingSink()))
          .isInstanceOfSatisfying(ExternalScriptException.class, e -> {
            assertThat(e.errors()).extracting(ExternalScriptError::number).containsExactly(39004, 39019);
            assertThat(e.errors().get(1).message()).contains("MemoryError");
          });
      CollectingSink ok = new CollectingSink();
      rt.runtime.execute(ExternalScriptRequest.builder("Python", "print('fine')", "alice").resourcePool("small").build(), ok);
      assertThat(ok.stdout).isEqualTo("fine\n");
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    } finally {
      if (limited != null) {
        limited.close();
      }
    }
  }

  @Test
  void aMissingInterpreterIs39021() throws Exception {
    try (RuntimeFixture broken = new RuntimeFixture(PoolSettings.defaults().withSpares(1), PythonSettings.defaults().withPython("/nonexistent/python3"))) {
      UUID id = UUID.randomUUID();
      assertThatThrownBy(() -> broken.runtime.execute(ExternalScriptRequest.builder("Python", "print(1)", "alice").requestId(id).build(), new CollectingSink()))
          .isInstanceOfSatisfying(ExternalScriptException.class, e -> {
            assertThat(e.errors()).extracting(ExternalScriptError::number).containsExactly(39021, 39019);
            assertThat(e.errors().get(0).message()).isEqualTo("Unable to launch runtime for 'Python' script for request id: " + id.toString().toUpperCase(java.util.Locale.ROOT) + ". Please check the configuration of the 'Python' runtime.");
            assertThat(e.errors().get(1).message()).startsWith("An external script error occurred: \nUnable to launch the runtime. Cannot start '/nonexistent/python3'");
          });
    }
  }
}
