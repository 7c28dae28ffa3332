package dev.quern.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.ext.spi.ExternalColumn;
import dev.quern.ext.spi.ExternalParameter;
import dev.quern.ext.spi.ExternalScriptError;
import dev.quern.ext.spi.ExternalScriptException;
import dev.quern.ext.spi.ExternalScriptRequest;
import dev.quern.ext.spi.RowSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** End to end through real satellites: scripts, errors, parameters, streaming, isolation. */
class PythonRuntimeTest {
  static RuntimeFixture fx;

  @BeforeAll
  static void start() throws Exception {
    fx = new RuntimeFixture();
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  @AfterEach
  void nothingLeaked() {
    assertThat(fx.runtime.allocator().getAllocatedMemory()).isZero();
    assertThat(fx.stats.runningRequests()).isEmpty();
  }

  static CollectingSink run(ExternalScriptRequest.Builder b) {
    CollectingSink sink = new CollectingSink();
    fx.runtime.execute(b.build(), sink);
    return sink;
  }

  static ExternalScriptRequest.Builder script(String script) {
    return ExternalScriptRequest.builder("Python", script, "alice");
  }

  @Test
  void satellitesRunAsAnUnprivilegedAccountWhenTheServerIsRoot() throws Exception {
    boolean root = Files.readAllLines(Path.of("/proc/self/status")).stream().anyMatch(l -> l.matches("Uid:\\s+0\\s.*"));
    org.junit.jupiter.api.Assumptions.assumeTrue(root, "the server does not run as root here");
    CollectingSink sink = run(script("import os\nprint(os.getuid(), os.geteuid(), os.getgid())"));
    String[] ids = sink.stdout.strip().split(" ");
    // Needs the interpreter reachable by other accounts (make venv builds .venv from /usr/bin/python3).
    assertThat(Integer.parseInt(ids[0])).isNotZero();
    assertThat(ids).containsOnly(ids[0]);
  }

  @Test
  void trivialScriptReturnsOneRow() {
    List<ExternalColumn> cols = List.of(new ExternalColumn("a", SqlType.of(TypeId.INT)), new ExternalColumn("s", SqlType.ofLength(TypeId.NVARCHAR, 20)));
    List<Object[]> rows = new ArrayList<>();
    rows.add(new Object[] {1, "x"});
    CollectingSink sink = run(script("OutputDataSet = InputDataSet\nprint('hi')").input(RowSource.of(cols, rows)));
    assertThat(sink.columns).extracting(ExternalColumn::name).containsExactly("a", "s");
    assertThat(sink.columns).extracting(ExternalColumn::type).containsExactly(SqlType.of(TypeId.INT), SqlType.ofLength(TypeId.NVARCHAR, SqlType.MAX));
    assertThat(sink.rows).hasSize(1);
    assertThat(sink.rows.get(0)).containsExactly(1, "x");
    assertThat(sink.stdout).isEqualTo("hi\n");
  }

  @Test
  void scriptErrorIs39004Then39019WithTheTraceback() {
    UUID id = UUID.randomUUID();
    assertThatThrownBy(() -> run(script("print('before')\nx = 1\ny = x / 0\n").requestId(id)))
        .isInstanceOfSatisfying(
            ExternalScriptException.class,
            e -> {
              List<ExternalScriptError> errors = e.errors();
              assertThat(errors).extracting(ExternalScriptError::number).containsExactly(39004, 39019);
              assertThat(errors.get(0).severity()).isEqualTo(16);
              assertThat(errors.get(0).state()).isEqualTo(20);
              assertThat(errors.get(0).message())
                  .isEqualTo("A 'Python' script error occurred during execution of 'sp_execute_external_script' with HRESULT 0x80004004. External script request id is " + id.toString().toUpperCase(java.util.Locale.ROOT) + ".");
              assertThat(errors.get(1).state()).isEqualTo(2);
              assertThat(errors.get(1).message())
                  .startsWith("An external script error occurred: \nError in execution.  Check the output for more information.\nTraceback (most recent call last):\n")
                  .contains("sqlindb_0.py\", line 3, in <module>")
                  .contains("ZeroDivisionError: division by zero")
                  .endsWith("SqlSatelliteCall error: Error in execution.  Check the output for more information.");
              assertThat(e.stdout()).isEqualTo("before\n");
            });
  }

  @Test
  void noAssignmentMeansNoResultSet() {
    CollectingSink sink = run(script("x = 1"));
    assertThat(sink.columns).isNull();
    assertThat(sink.rows).isEmpty();
  }

  @Test
  void parametersAreGlobalsAndOutputParametersComeBack() {
    List<ExternalParameter> params =
        List.of(
            new ExternalParameter("@n", SqlType.of(TypeId.INT), 41, false),
            new ExternalParameter("@model", SqlType.ofLength(TypeId.VARBINARY, SqlType.MAX), null, true),
            new ExternalParameter("@label", SqlType.ofLength(TypeId.NVARCHAR, 50), "old", true));
    CollectingSink sink = run(script("import pickle\nmodel = pickle.dumps({'n': n + 1})\nlabel = 'new ✓'").parameters(params));
    assertThat(sink.outputParameters).containsOnlyKeys("@model", "@label");
    assertThat((byte[]) sink.outputParameters.get("@model")).startsWith((byte) 0x80);
    assertThat(sink.outputParameters.get("@label")).isEqualTo("new ✓");
    // The pickled model goes back in: the train-then-score pattern.
    List<ExternalParameter> back = List.of(new ExternalParameter("@model", SqlType.ofLength(TypeId.VARBINARY, SqlType.MAX), sink.outputParameters.get("@model"), false));
    CollectingSink scored = run(script("import pickle\nprint(pickle.loads(model)['n'])").parameters(back));
    assertThat(scored.stdout).isEqualTo("42\n");
  }

  @Test
  void streamingRunsOncePerChunkInOneSessionAndAppends() {
    String s = "try:\n    chunk += 1\nexcept NameError:\n    chunk = 1\nprint('Hello World')\nOutputDataSet = InputDataSet.assign(chunk=chunk)";
    CollectingSink sink = run(script(s).input(new GeneratedRows(10)).rowsPerRead(4));
    assertThat(sink.rows).extracting(r -> r[3]).containsExactly(1L, 1L, 1L, 1L, 2L, 2L, 2L, 2L, 3L, 3L);
    assertThat(sink.stdout).isEqualTo("Hello World\n".repeat(3));
  }

  @Test
  void streamingStopsAfterTheLastFullChunk() {
    String s = "try:\n    chunk += 1\nexcept NameError:\n    chunk = 1\nOutputDataSet = pandas.DataFrame({'chunk': [chunk], 'n': [len(InputDataSet)]})";
    CollectingSink sink = run(script(s).input(new GeneratedRows(8)).rowsPerRead(4));
    assertThat(sink.rows).extracting(r -> r[0] + ":" + r[1]).containsExactly("1:4", "2:4");
  }

  @Test
  void anEmptyInputIsAFrameWithColumnsAndNoRows() {
    CollectingSink sink = run(script("print(list(InputDataSet.columns), len(InputDataSet))\nOutputDataSet = InputDataSet").input(RowSource.empty(GeneratedRows.COLUMNS)));
    assertThat(sink.stdout).isEqualTo("['i', 'f', 's'] 0\n");
    assertThat(sink.columns).extracting(ExternalColumn::name).containsExactly("i", "f", "s");
    assertThat(sink.rows).isEmpty();
  }

  @Test
  void sqlVariantInputIsRefusedAsUnsupported() {
    List<ExternalColumn> cols = List.of(new ExternalColumn("v", SqlType.of(TypeId.SQL_VARIANT)));
    assertThatThrownBy(() -> run(script("OutputDataSet = InputDataSet").input(RowSource.empty(cols))))
        .isInstanceOfSatisfying(ExternalScriptException.class, e -> {
          assertThat(e.errors()).extracting(ExternalScriptError::number).containsExactly(39004, 39019);
          assertThat(e.errors().get(1).message()).contains("unsupported type sql_variant");
        });
  }

  @Test
  void hierarchyIdInputIsRefusedAsUnsupported() {
    List<ExternalColumn> cols = List.of(new ExternalColumn("h", SqlType.of(TypeId.HIERARCHYID)));
    assertThatThrownBy(() -> run(script("OutputDataSet = InputDataSet").input(RowSource.empty(cols))))
        .isInstanceOfSatisfying(ExternalScriptException.class,
            e -> assertThat(e.errors().get(1).message()).contains("unsupported type hierarchyid"));
  }

  @Test
  void parallelKeepsEachPartitionOnOneSatellite() {
    List<ExternalColumn> cols = List.of(new ExternalColumn("k", SqlType.of(TypeId.INT)), new ExternalColumn("v", SqlType.of(TypeId.INT)));
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      rows.add(new Object[] {i % 4, i});
    }
    long before = fx.stats.counter("Python", "parallel_executions");
    String s = "import os\nOutputDataSet = pandas.DataFrame({'k': [InputDataSet.k[0]], 'n': [len(InputDataSet)], 'pid': [os.getpid()]})";
    CollectingSink sink = run(script(s).input(RowSource.of(cols, rows)).partitionBy(List.of("K")).parallel(true));
    assertThat(sink.rows).extracting(r -> r[0]).containsExactlyInAnyOrder(0, 1, 2, 3);
    assertThat(sink.rows).allSatisfy(r -> assertThat(r[1]).isEqualTo(10L));
    long pids = sink.rows.stream().map(r -> r[2]).distinct().count();
    int maxDop = fx.runtime.pool().settings().maxDop();
    assertThat(pids).isBetween(1L, (long) maxDop);
    if (maxDop > 1) {
      assertThat(pids).as("partitions hash over more than one satellite").isGreaterThan(1);
    }
    assertThat(fx.stats.counter("Python", "parallel_executions")).isEqualTo(before + 1);
  }

  @Test
  void parallelWithoutPartitionsSpreadsBatchesAndEveryTaskRuns() {
    int maxDop = fx.runtime.pool().settings().maxDop();
    String s = "import os\nOutputDataSet = pandas.DataFrame({'n': [len(InputDataSet)], 'pid': [os.getpid()]})";
    CollectingSink sink = run(script(s).input(new GeneratedRows(100_000)).parallel(true));
    assertThat(sink.rows).hasSize(maxDop);
    assertThat(sink.rows.stream().mapToLong(r -> (Long) r[0]).sum()).isEqualTo(100_000);
    assertThat(sink.rows.stream().map(r -> r[1]).distinct().count()).isEqualTo(maxDop);
  }

  @Test
  void partitionsRunOnceEach() {
    List<ExternalColumn> cols = List.of(new ExternalColumn("k", SqlType.of(TypeId.INT)), new ExternalColumn("v", SqlType.of(TypeId.INT)));
    List<Object[]> rows = List.of(new Object[] {1, 10}, new Object[] {2, 20}, new Object[] {1, 30});
    CollectingSink sink = run(script("OutputDataSet = pandas.DataFrame({'k': [InputDataSet.k[0]], 'n': [len(InputDataSet)]})").input(RowSource.of(cols, rows)).partitionBy(List.of("k")));
    assertThat(sink.rows).extracting(r -> r[0] + ":" + r[1]).containsExactly("1:2", "2:1");
  }

  @Test
  void workingDirectoryIsPrivateAndRemovedAndEnvironmentHasNoSecrets() throws Exception {
    CollectingSink sink = run(script("import os\nprint(os.getcwd())\nprint(sorted(os.environ))"));
    String[] lines = sink.stdout.split("\n");
    Path cwd = Path.of(lines[0]);
    assertThat(cwd.getFileName().toString()).matches("[0-9a-f-]{36}");
    assertThat(cwd.startsWith(fx.workRoot)).isTrue();
    // Deleted off the caller's path, by the runtime's reaper.
    awaitDeleted(cwd);
    assertThat(lines[1]).doesNotContain("JAVA_HOME", "MAVEN", "QUERN_PYTHON").contains("'HOME'", "'PATH'");
  }

  @Test
  void everyCallGetsAFreshProcessAndNamespace() {
    CollectingSink first = run(script("import os\nleak = 1\nprint(os.getpid())"));
    CollectingSink second = run(script("import os\nprint(os.getpid(), 'leak' in globals())"));
    assertThat(second.stdout).doesNotContain(first.stdout.strip() + " ").endsWith("False\n");
  }

  @Test
  void stateLeftInModulesEnvironmentOrFilesDoesNotReachTheNextCall() {
    run(script("import os, sys, decimal\npandas.leak = 1\nsys.modules['leaky'] = object()\nos.environ['LEAK'] = '1'\ndecimal.getcontext().prec = 5\nopen('leak.txt', 'w').write('x')"));
    CollectingSink next = run(script("import os, sys, decimal\nprint(hasattr(pandas, 'leak'), 'leaky' in sys.modules, 'LEAK' in os.environ, decimal.getcontext().prec, os.listdir('.'))"));
    assertThat(next.stdout).isEqualTo("False False False 38 []\n");
  }

  @Test
  void aSatelliteNeverServesTwoLogins() {
    String s = "import os\nprint(os.getpid(), os.getppid())";
    String a = run(ExternalScriptRequest.builder("Python", s, "alice")).stdout.strip();
    String b = run(ExternalScriptRequest.builder("Python", s, "bob")).stdout.strip();
    String a2 = run(ExternalScriptRequest.builder("Python", s, "alice")).stdout.strip();
    String[] pa = a.split(" ");
    String[] pb = b.split(" ");
    String[] pa2 = a2.split(" ");
    assertThat(pa[0]).isNotEqualTo(pb[0]).isNotEqualTo(pa2[0]);
    assertThat(pa[1]).as("alice's satellites come from alice's host").isEqualTo(pa2[1]).isNotEqualTo(pb[1]);
  }

  @Test
  void tenMegabytesOfStdoutDoNotBlockAndAreCappedWithANote() {
    CollectingSink sink = run(script("import sys\nfor i in range(10 * 1024):\n    sys.stdout.write('x' * 1023 + '\\n')\nOutputDataSet = pandas.DataFrame({'ok': [1]})"));
    assertThat(sink.rows).hasSize(1);
    assertThat(sink.stdout).hasSizeGreaterThan(1 << 20).hasSizeLessThan((1 << 20) + 200);
    assertThat(sink.stdout).endsWith("[Quern: output truncated, " + (10 * 1024 * 1024 - (1 << 20)) + " more bytes of STDOUT were not kept]");
  }

  @Test
  void twoHundredMegabytesPrintedLeaveTheWorkingDirectoryEmptyAndTheScriptRunning() {
    // Found in review: the capture went to files in the working directory, so a script printing
    // without end filled the filesystem the server and other sessions share.
    String line = "x".repeat(9999) + "\n";
    CollectingSink sink = run(script("import os, sys\nfor i in range(20000):\n    sys.stdout.write('x' * 9999 + '\\n')\n"
        + "used = sum(os.lstat(os.path.join(r, n)).st_blocks * 512 for r, ds, fs in os.walk('.') for n in fs + ds)\n"
        + "OutputDataSet = pandas.DataFrame({'used': [used]})"));
    assertThat(sink.rows).hasSize(1);
    assertThat(((Number) sink.rows.get(0)[0]).longValue()).isLessThan(1 << 20);
    assertThat(sink.stdout).startsWith(line.repeat(104) + "x".repeat((1 << 20) - 104 * 10000) + "\n[Quern: output truncated, ");
    assertThat(sink.stdout).endsWith("[Quern: output truncated, " + (200_000_000L - (1 << 20)) + " more bytes of STDOUT were not kept]");
  }

  @Test
  void outputMustBeADataFrame() {
    assertThatThrownBy(() -> run(script("OutputDataSet = 5")))
        .isInstanceOfSatisfying(ExternalScriptException.class, e -> assertThat(e.errors().get(1).message()).contains("OutputDataSet must be a pandas DataFrame"));
  }

  @Test
  void runningRequestsAreListedWhileTheScriptRuns() throws Exception {
    UUID id = UUID.randomUUID();
    Thread t = Thread.ofVirtual().start(() -> run(script("import time\ntime.sleep(1.5)").requestId(id)));
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (fx.stats.runningRequests().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(fx.stats.runningRequests()).singleElement().satisfies(r -> {
      assertThat(r.externalScriptRequestId()).isEqualTo(id);
      assertThat(r.language()).isEqualTo("Python");
      assertThat(r.degreeOfParallelism()).isEqualTo(1);
    });
    t.join();
    assertThat(fx.stats.counter("Python", "script_executions")).isPositive();
  }

  private static void awaitDeleted(Path dir) throws InterruptedException {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
    while (Files.exists(dir) && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(Files.exists(dir)).as("%s deleted", dir).isFalse();
  }
}
