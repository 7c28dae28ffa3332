package dev.quern.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.ext.pool.PoolSettings;
import dev.quern.ext.spi.ExternalLibraries;
import dev.quern.ext.spi.ExternalScriptException;
import dev.quern.ext.spi.ExternalScriptRequest;
import dev.quern.ext.spi.ScriptSession;
import dev.quern.python.launch.PythonSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A satellite kept between the calls of one session (protocol version 5): the next call of the
 * same session runs in the same process, with a fresh namespace, working directory, environment
 * and sys.path; no other session or login ever gets it; it goes when the session ends.
 */
class SessionSatellitesTest {
  static RuntimeFixture fx;

  @BeforeAll
  static void start() throws Exception {
    fx = new RuntimeFixture(
        PoolSettings.defaults().withSpares(1).withIdleTimeout(Duration.ofMinutes(5)).withMaxParked(2),
        PythonSettings.defaults());
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  @AfterEach
  void nothingLeaked() {
    assertThat(fx.runtime.allocator().getAllocatedMemory()).isZero();
  }

  /** Runs {@code script} for {@code session} (null: none) as alice; returns its stdout. */
  private static String run(ScriptSession session, String script) {
    return run(ExternalScriptRequest.builder("Python", script, "alice").session(session));
  }

  private static String run(ExternalScriptRequest.Builder request) {
    CollectingSink sink = new CollectingSink();
    fx.runtime.execute(request.build(), sink);
    return sink.stdout.strip();
  }

  private static final String PID = "import os\nprint(os.getpid())";

  @Test
  void aSessionsNextCallRunsInTheSameSatellite() {
    try (ScriptSession session = new ScriptSession()) {
      String first = run(session, PID);
      assertThat(run(session, PID)).isEqualTo(first);
      assertThat(run(session, PID)).isEqualTo(first);
    }
  }

  @Test
  void anotherSessionOrNoSessionNeverGetsIt() {
    try (ScriptSession a = new ScriptSession(); ScriptSession b = new ScriptSession()) {
      String pidA = run(a, PID);
      assertThat(run(b, PID)).isNotEqualTo(pidA);
      assertThat(run((ScriptSession) null, PID)).isNotEqualTo(pidA);
      assertThat(run(a, PID)).isEqualTo(pidA);
    }
  }

  @Test
  void anotherLoginNeverGetsIt() {
    try (ScriptSession session = new ScriptSession()) {
      String alice = run(session, PID);
      String bob = run(ExternalScriptRequest.builder("Python", PID, "bob").session(session));
      assertThat(bob).isNotEqualTo(alice);
    }
  }

  @Test
  void eachCallStartsWithAFreshNamespaceDirectoryEnvironmentAndPath() {
    try (ScriptSession session = new ScriptSession()) {
      String first = run(session, """
          import os, sys, warnings, decimal
          leftover = 42
          os.environ['QUERN_LEFTOVER'] = '1'
          sys.path.append('/leftover')
          warnings.simplefilter('ignore')
          decimal.getcontext().rounding = decimal.ROUND_FLOOR
          open('file.txt', 'w').write('x')
          print(os.getcwd())""");
      String second = run(session, """
          import os, sys, warnings, decimal
          print('leftover' in globals(), 'QUERN_LEFTOVER' in os.environ, '/leftover' in sys.path,
                warnings.filters[:1] == [('ignore', None, Warning, None, 0)],
                decimal.getcontext().rounding == decimal.ROUND_FLOOR, decimal.getcontext().prec,
                os.path.exists('file.txt'), os.getcwd() != %s)""".formatted(pythonString(first)));
      assertThat(second).isEqualTo("False False False False False 38 False True");
    }
  }

  @Test
  void importedModulesStayImportedForTheSessionsNextCall() {
    try (ScriptSession session = new ScriptSession()) {
      run(session, "import json\njson.quern_marker = 'kept'");
      assertThat(run(session, "import sys\nprint(getattr(sys.modules['json'], 'quern_marker', None))"))
          .isEqualTo("kept");
    }
  }

  @Test
  void aKeptSatelliteKilledBetweenCallsIsReplacedWithoutFailingTheNextCall() {
    try (ScriptSession session = new ScriptSession()) {
      for (int i = 0; i < 20; i++) {
        long pid = Long.parseLong(run(session, PID));
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly); // often still dying below
        assertThat(Long.parseLong(run(session, PID))).isNotEqualTo(pid);
      }
    }
  }

  @Test
  void aScriptErrorEndsTheSatellite() {
    try (ScriptSession session = new ScriptSession()) {
      String first = run(session, PID);
      assertThatThrownBy(() -> run(session, "raise ValueError('boom')")).isInstanceOf(ExternalScriptException.class);
      assertThat(run(session, PID)).isNotEqualTo(first);
    }
  }

  @Test
  void aThreadLeftRunningByTheScriptEndsTheSatellite() {
    try (ScriptSession session = new ScriptSession()) {
      String first = run(session, """
          import os, threading, time
          threading.Thread(target=time.sleep, args=(30,), daemon=True).start()
          print(os.getpid())""");
      assertThat(run(session, PID)).isNotEqualTo(first);
    }
  }

  @Test
  void otherLibrariesMeanAFreshSatellite() {
    try (ScriptSession session = new ScriptSession()) {
      String first = run(session, PID);
      ExternalLibraries libs = new ExternalLibraries(List.of(), List.of(new ExternalLibraries.Library("nothing", "00", () -> new byte[0])));
      ExternalScriptRequest.Builder other = ExternalScriptRequest.builder("Python", PID, "alice").session(session).libraries(libs);
      String second;
      try {
        second = run(other);
      } catch (ExternalScriptException e) {
        second = "failed"; // an empty archive may not install; what matters is which satellite ran
      }
      assertThat(second).isNotEqualTo(first);
    }
  }

  @Test
  void endingTheSessionEndsItsSatellite() throws Exception {
    ScriptSession session = new ScriptSession();
    long pid = Long.parseLong(run(session, PID));
    assertThat(fx.runtime.pool().parkedCount()).isPositive();
    session.close();
    await(() -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
    assertThat(run(session, PID)).isNotEqualTo(Long.toString(pid)); // a closed session keeps nothing
  }

  @Test
  void noMoreThanTheCapAreKept() throws Exception {
    ScriptSession[] sessions = {new ScriptSession(), new ScriptSession(), new ScriptSession()};
    try {
      long eldest = Long.parseLong(run(sessions[0], PID));
      run(sessions[1], PID);
      run(sessions[2], PID);
      assertThat(fx.runtime.pool().parkedCount()).isLessThanOrEqualTo(2);
      await(() -> ProcessHandle.of(eldest).map(p -> !p.isAlive()).orElse(true));
    } finally {
      for (ScriptSession s : sessions) {
        s.close();
      }
    }
  }

  @Test
  void theLastCallsWorkingDirectoryIsDeletedWhileTheSatelliteLivesOn() throws Exception {
    try (ScriptSession session = new ScriptSession()) {
      Path dir = Path.of(run(session, "import os\nopen('big.bin', 'wb').write(b'x' * 1000)\nprint(os.getcwd())"));
      await(() -> !Files.exists(dir));
      assertThat(run(session, "import os\nprint(sorted(os.listdir('.')))")).isEqualTo("[]");
    }
  }

  private static String pythonString(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(condition.getAsBoolean()).isTrue();
  }
}
