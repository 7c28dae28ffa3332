package dev.quern.engine.proc.external;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SqlMessage;
import dev.quern.engine.external.ConfigurationStore;
import dev.quern.engine.external.ExternalScripting;
import dev.quern.engine.external.ServerConfiguration;
import dev.quern.ext.governor.ExternalResourcePool;
import dev.quern.ext.governor.ResourceGovernor;
import dev.quern.ext.pool.PoolSettings;
import dev.quern.ext.spi.ExternalRuntimeContext;
import dev.quern.ext.stats.ExternalScriptStats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * sp_execute_external_script against real Python satellites: cancellation, a killed satellite,
 * load beyond the pool, large output and the memory limit; the session carries on after each.
 */
class ExternalScriptProcedureTest {
  // Not a JUnit @TempDir: satellites' scratch directories may still be going away when the test
  // ends (the fork-server parent exits after close returns), so deletion is best effort.
  private final Path tmp = createScratch();

  private QuernEngine engine;
  private ResourceGovernor governor;

  private EngineSession open(ResourceGovernor g, PoolSettings settings) {
    governor = g;
    engine = QuernEngine.inMemory();
    engine
        .server()
        .useExternalScripting(
            new ExternalScripting(
                new ServerConfiguration(ConfigurationStore.none()),
                new ExternalRuntimeContext(g, new ExternalScriptStats(), settings, tmp.resolve("ext"))));
    EngineSession s = TestSessions.open(engine);
    assertNoErrors(TestSessions.run(s, "EXEC sp_configure 'external scripts enabled', 1; RECONFIGURE;"));
    return s;
  }

  private EngineSession open() {
    return open(new ResourceGovernor(), PoolSettings.defaults().withSpares(1));
  }

  @AfterEach
  void close() {
    if (engine != null) {
      engine.close();
    }
    deleteQuietly(tmp);
  }

  private static Path createScratch() {
    try {
      return Files.createTempDirectory("quern-ext-test");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void deleteQuietly(Path root) {
    try (var paths = Files.walk(root)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      // Best effort: a satellite may still be removing its own directory.
    }
  }

  private static void assertNoErrors(CollectingSink sink) {
    assertThat(sink.errors()).extracting(SqlMessage::text).isEmpty();
  }

  private static void assertStillWorks(EngineSession s) {
    CollectingSink sink =
        TestSessions.run(
            s,
            "EXEC sp_execute_external_script @language = N'Python', @script = N'OutputDataSet = InputDataSet', @input_data_1 = N'SELECT 7 AS a'");
    assertNoErrors(sink);
    assertThat(sink.rows()).as("%s", sink.events).hasSize(1);
    assertThat(sink.rows().getFirst()[0]).isEqualTo(7);
  }

  /** Starts a script that writes its pid to a file and sleeps; returns the pid. */
  private long startSleeper(EngineSession s, CompletableFuture<CollectingSink> outcome) throws Exception {
    Path dir = Files.createTempDirectory(tmp, "pid");
    dir.toFile().setWritable(true, false);
    dir.toFile().setExecutable(true, false); // satellites run as another account when the server is root
    Path pidFile = dir.resolve("pid.txt");
    String sql =
        "EXEC sp_execute_external_script @language = N'Python', @script = N'import os, time\n"
            + "open(path + \".tmp\", \"w\").write(str(os.getpid()))\n"
            + "os.rename(path + \".tmp\", path)\n"
            + "time.sleep(120)', @params = N'@path nvarchar(400)', @path = N'" + pidFile + "'";
    Thread.ofVirtual().start(() -> outcome.complete(TestSessions.run(s, sql)));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline && !outcome.isDone()) {
      if (Files.exists(pidFile)) {
        return Long.parseLong(Files.readString(pidFile).strip());
      }
      Thread.sleep(10);
    }
    throw new AssertionError("the script never started: " + (outcome.isDone() ? outcome.get().messages() : ""));
  }

  @Test
  void attentionKillsTheRunningScriptAndTheSessionCarriesOn() throws Exception {
    EngineSession s = open();
    CompletableFuture<CollectingSink> outcome = new CompletableFuture<>();
    long pid = startSleeper(s, outcome);
    try (EngineSession other = TestSessions.open(engine)) {
      CollectingSink dmv =
          TestSessions.run(other, "SELECT language, degree_of_parallelism FROM sys.dm_external_script_requests");
      assertNoErrors(dmv);
      assertThat(dmv.rows()).hasSize(1);
      assertThat(dmv.rows().getFirst()).containsExactly("Python", 1);
    }
    s.cancel();
    CollectingSink sink = outcome.get(60, TimeUnit.SECONDS);
    assertThat(sink.errors()).isEmpty();
    assertThat(s.wasCancelled()).isTrue();
    ProcessHandle.of(pid).ifPresent(h -> h.onExit().join());
    assertStillWorks(s);
  }

  @Test
  void aSatelliteKilledMidScriptIsError39012AndTheSessionCarriesOn() throws Exception {
    EngineSession s = open();
    CompletableFuture<CollectingSink> outcome = new CompletableFuture<>();
    long pid = startSleeper(s, outcome);
    new ProcessBuilder("kill", "-9", Long.toString(pid)).start().waitFor();
    CollectingSink sink = outcome.get(60, TimeUnit.SECONDS);
    assertThat(sink.errors()).extracting(SqlMessage::number).containsExactly(39012, 39019);
    assertThat(sink.errors().getFirst().procName()).isEqualTo("sp_execute_external_script");
    assertStillWorks(s);
  }

  @Test
  void twentySessionsShareAPoolOfTwoProcessesAndAllSucceed() throws Exception {
    ResourceGovernor g = new ResourceGovernor();
    g.configure(ExternalResourcePool.DEFAULT.withMaxProcesses(2));
    EngineSession first = open(g, PoolSettings.defaults().withSpares(1));
    first.close();
    List<Future<CollectingSink>> results = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < 20; i++) {
        int n = i;
        results.add(pool.submit(() -> {
          try (EngineSession s = TestSessions.open(engine)) {
            return TestSessions.run(s,
                "EXEC sp_execute_external_script @language = N'Python', @script = N'OutputDataSet = InputDataSet * 2', @input_data_1 = N'SELECT "
                    + n + " AS a'");
          }
        }));
      }
      for (int i = 0; i < 20; i++) {
        CollectingSink sink = results.get(i).get(300, TimeUnit.SECONDS);
        assertNoErrors(sink);
        assertThat(sink.rows()).hasSize(1);
        assertThat(((Number) sink.rows().getFirst()[0]).intValue()).isEqualTo(2 * i);
      }
    }
    assertThat(governor.activeProcesses("default")).isZero();
  }

  @Test
  void tenMegabytesOfStdoutComeBackAsMessages() {
    EngineSession s = open();
    CollectingSink sink =
        TestSessions.run(s,
            "EXEC sp_execute_external_script @language = N'Python', @script = N'import sys\n"
                + "for i in range(10 * 1024):\n    sys.stdout.write(\"x\" * 1023 + \"\\n\")'");
    assertNoErrors(sink);
    List<SqlMessage> messages = sink.messages();
    assertThat(messages.getFirst().text()).startsWith("STDOUT message(s) from external script: \nxxx");
    assertThat(messages).allSatisfy(m -> assertThat(m.text().length()).isLessThanOrEqualTo(ScriptOutputMessages.CHUNK));
    long total = messages.stream().mapToLong(m -> m.text().length()).sum();
    assertThat(total).isGreaterThan(1024 * 1024);
    assertStillWorks(s);
  }

  @Test
  void aScriptBeyondItsMemoryLimitFailsCleanly() {
    // 1 % of a pretend 100 GB machine: about 1 GB per satellite.
    ResourceGovernor g = new ResourceGovernor(100L << 30);
    g.configure(ExternalResourcePool.DEFAULT.withMaxMemoryPercent(1));
    EngineSession s = open(g, PoolSettings.defaults().withSpares(1));
    CollectingSink sink =
        TestSessions.run(s,
            "EXEC sp_execute_external_script @language = N'Python', @script = N'import numpy\n"
                + "x = numpy.ones(3 * 1024 * 1024 * 1024 // 8)\nprint(x.sum())'");
    assertThat(sink.errors()).extracting(SqlMessage::number).containsExactly(39004, 39019);
    assertThat(sink.errors().get(1).text()).contains("MemoryError");
    assertStillWorks(s);
  }

  @Test
  void aCatchBlockSeesError39019WithTheTraceback() {
    EngineSession s = open();
    CollectingSink sink =
        TestSessions.run(s,
            "BEGIN TRY\n"
                + "EXEC sp_execute_external_script @language = N'Python', @script = N'raise ValueError(\"boom\")'\n"
                + "END TRY\nBEGIN CATCH\nPRINT CONCAT(ERROR_NUMBER(), ' ', ERROR_PROCEDURE(), ' ', ERROR_MESSAGE())\nEND CATCH");
    SqlMessage printed = sink.messages().getLast();
    assertThat(printed.isError()).isFalse();
    assertThat(printed.text())
        .startsWith("39019 sp_execute_external_script An external script error occurred: \n")
        .contains("Traceback (most recent call last):")
        .contains("ValueError: boom");
    assertStillWorks(s);
  }

  @Test
  void withoutThePermissionTheCallIsRefusedWith297() {
    engine = QuernEngine.inMemory();
    try (EngineSession admin =
        engine.openSession(new dev.quern.engine.api.SessionInfo(52, "sa", "", "", "h", "t", 1, 0x74000004, 4096))) {
      assertNoErrors(TestSessions.run(admin,
          "CREATE LOGIN alice WITH PASSWORD = 'Str0ng!Passw0rd'; CREATE USER alice FOR LOGIN alice"));
      try (EngineSession s =
          engine.openSession(new dev.quern.engine.api.SessionInfo(53, "alice", "", "", "h", "t", 1, 0x74000004, 4096))) {
        engine.server().external().configuration().configure(
            engine.server().external().configuration().option(ServerConfiguration.EXTERNAL_SCRIPTS_ENABLED).orElseThrow(), 1);
        engine.server().external().configuration().reconfigure();
        CollectingSink denied = TestSessions.run(s, "EXEC sp_execute_external_script @language = N'Python', @script = N'pass'");
        assertThat(denied.errors()).extracting(SqlMessage::number).containsExactly(297);
        assertThat(denied.errors().getFirst().state()).isEqualTo(101);
        assertNoErrors(TestSessions.run(admin, "GRANT EXECUTE ANY EXTERNAL SCRIPT TO alice"));
        assertNoErrors(TestSessions.run(s, "EXEC sp_execute_external_script @language = N'Python', @script = N'pass'"));
        assertNoErrors(TestSessions.run(admin, "DENY EXECUTE ANY EXTERNAL SCRIPT TO alice"));
        assertThat(TestSessions.run(s, "EXEC sp_execute_external_script @language = N'Python', @script = N'pass'").errors())
            .extracting(SqlMessage::number).containsExactly(297);
      }
    }
  }
}
