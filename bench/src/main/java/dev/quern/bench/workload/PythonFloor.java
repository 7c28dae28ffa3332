package dev.quern.bench.workload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The floor of the script throughput benchmark: the same rows converted Arrow → pandas → Arrow
 * inside one Python process (the project's venv), best of three, no IPC and no SQL.
 */
final class PythonFloor {
  private static final String SNIPPET =
      """
      import sys, time
      import pyarrow as pa
      n = int(sys.argv[1])
      ints = pa.array(range(1, n + 1), pa.int32())
      table = pa.table({"a": ints, "b": ints.cast(pa.float64()),
                        "c": pa.array(["row%d" % i for i in range(1, n + 1)], pa.string())})
      best = None
      for _ in range(3):
          t0 = time.perf_counter()
          df = table.to_pandas()
          back = pa.Table.from_pandas(df, preserve_index=False)
          assert back.num_rows == n
          elapsed = time.perf_counter() - t0
          best = elapsed if best is None else min(best, elapsed)
      print(n / best)
      """;

  private PythonFloor() {}

  static double rowsPerSecond(int rows) throws IOException, InterruptedException {
    Path python = venvPython();
    Process p =
        new ProcessBuilder(List.of(python.toString(), "-c", SNIPPET, Integer.toString(rows)))
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IOException("python floor failed: " + output);
    }
    String[] lines = output.split("\n");
    return Double.parseDouble(lines[lines.length - 1].strip());
  }

  private static Path venvPython() throws IOException {
    String env = System.getenv("QUERN_PYTHON");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    Path root = Path.of(System.getProperty("quern.root", "")).toAbsolutePath();
    Path venv = root.resolve(".venv/bin/python");
    if (!Files.isExecutable(venv)) {
      throw new IOException(venv + " is missing: run `make run` or `make test` once to create it");
    }
    return venv;
  }
}
