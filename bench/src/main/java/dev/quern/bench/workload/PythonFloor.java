package dev.quern.bench.workload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The floor of the script throughput benchmark: what the satellite itself does with the rows,
 * inside one Python process (the project's venv), best of three, no IPC and no SQL. Input: Arrow IPC
 * streams of 32 768-row batches (as Java writes them), copied out as the satellite copies them out
 * of shared memory; then {@code quern_satellite.typemap}'s own conversions (Arrow → the
 * InputDataSet DataFrame with object-of-str strings → the OutputDataSet record batch), and the
 * output written back as IPC streams in ~4 MiB chunks; with the satellites' malloc settings
 * ({@code quern_satellite.memory}). (A bare {@code to_pandas()}/{@code
 * from_pandas()} round trip measures nothing under pandas 3: its strings stay Arrow-backed.)
 */
final class PythonFloor {
  private static final String SNIPPET =
      """
      import sys, time
      import pyarrow as pa
      import pyarrow.compute as pc
      from quern_satellite import memory, typemap

      memory.keep_freed_memory()  # as the satellites' fork server does, before the data is made
      n = int(sys.argv[1])
      BATCH_ROWS = 32768        # rows per input chunk (PythonSettings.batchRows)
      OUT_CHUNK = 4 << 20       # bytes per output chunk (the satellite's _CHUNK_TARGET)

      def field(name, t, sql):
          return pa.field(name, t, True, {typemap.SQL_TYPE_KEY: sql.encode()})

      schema = pa.schema([field("i", pa.int32(), "int"), field("f", pa.float64(), "float"),
                          field("s", pa.string(), "nvarchar(20)")])
      ints = pa.array(range(n), pa.int32())
      table = pa.table([ints, pc.multiply(ints.cast(pa.float64()), 0.5),
                        pa.array(["row-%d" % i for i in range(n)], pa.string())], schema=schema)

      def ipc(batch):
          sink = pa.BufferOutputStream()
          with pa.ipc.new_stream(sink, batch.schema) as w:
              w.write_batch(batch)
          return sink.getvalue()

      # The input as the satellite receives it: one IPC stream per batch of BATCH_ROWS rows.
      chunks = [ipc(b).to_pybytes() for b in table.to_batches(max_chunksize=BATCH_ROWS)]
      best = None
      for _ in range(3):
          t0 = time.perf_counter()
          batches = []
          for c in chunks:
              batches.extend(pa.ipc.open_stream(pa.py_buffer(bytes(c))))  # bytes(): the copy out of shm
          df = typemap.table_to_frame(pa.Table.from_batches(batches, schema=schema))
          out = typemap.frame_to_batch(df)
          step = max(1, int(out.num_rows * OUT_CHUNK / max(1, out.nbytes)))
          size = sum(ipc(out.slice(o, step)).size for o in range(0, out.num_rows, step))
          elapsed = time.perf_counter() - t0
          assert out.num_rows == n and size > 0 and df["s"].iloc[n - 1] == "row-%d" % (n - 1)
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
