package dev.quern.bench.workload;

import dev.quern.bench.BenchConfig;
import dev.quern.bench.harness.CpuMeter;
import dev.quern.bench.harness.Measurement;
import dev.quern.bench.harness.Measurement.Unit;
import dev.quern.bench.target.Target;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 4 benchmark 2: {@code OutputDataSet = InputDataSet} over {@code --rows} rows of (int,
 * float, nvarchar(20)), end to end (server generates, Python round-trips, client reads every
 * column); the best of three runs after one untimed run of the same size. On Quern the same run
 * also measures the floor: the Arrow → pandas → Arrow conversion of the same rows inside one
 * Python process with no IPC ({@link PythonFloor}).
 *
 * <p>Two inputs: rows the input query generates ({@code script-stream}, the script path alone), and
 * rows read from a table loaded beforehand, untimed ({@code script-stream-table}, what a user's
 * {@code SELECT ... FROM t} costs: the scan is part of it on both servers).
 */
public final class ScriptThroughputWorkload implements Workload {
  /** The table {@code script-stream-table} reads; (a int PRIMARY KEY, b float, c nvarchar(20)). */
  static final String INPUT_TABLE = "bench_script_in";

  /** Timed runs, after the untimed one; the best counts, and the CPU of all of them. */
  private static final int RUNS = 3;

  private final boolean fromTable;

  /** {@code fromTable}: the input rows come from {@link #INPUT_TABLE} instead of GENERATE_SERIES. */
  public ScriptThroughputWorkload(boolean fromTable) {
    this.fromTable = fromTable;
  }

  @Override
  public String name() {
    return fromTable ? "script-stream-table" : "script-stream";
  }

  @Override
  public List<Measurement> run(Target target, BenchConfig config) throws Exception {
    ScriptDialect dialect = ScriptDialect.of(target);
    int rows = config.rows();
    List<Measurement> out = new ArrayList<>();
    try (Connection c = target.connect(false)) {
      dialect.prepare(c);
      if (fromTable) {
        for (String sql : dialect.loadTable(INPUT_TABLE, rows)) {
          Sql.execute(c, sql);
        }
      }
      String sql = fromTable ? dialect.passThroughTable(INPUT_TABLE) : dialect.passThrough(rows);
      // One untimed run of the same size first, on both servers: the timed runs measure the
      // steady state (JIT-compiled paths on the server and in the client, warm caches), not the
      // first call's warm-up.
      read(c, sql, rows);
      double best = Double.MAX_VALUE;
      CpuMeter cpu = new CpuMeter(target.serverPid());
      cpu.start();
      for (int run = 0; run < RUNS; run++) {
        long start = System.nanoTime();
        read(c, sql, rows);
        best = Math.min(best, (System.nanoTime() - start) / 1e9);
      }
      CpuMeter.Use used = cpu.stop();
      out.add(new Measurement(name(), "rows", target.name(), rows / best, Unit.ROWS_PER_SECOND));
      out.addAll(CpuFigures.per("row", name(), target, used, (long) rows * RUNS));
    }
    if (target.name().equals("quern") && !fromTable) {
      out.add(new Measurement(name(), "floor rows (1 process)", target.name(), PythonFloor.rowsPerSecond(rows), Unit.ROWS_PER_SECOND));
    }
    return out;
  }

  private static void read(Connection c, String sql, int expected) throws Exception {
    int n = 0;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        int i = rs.getInt(1);
        if (rs.getDouble(2) != i || rs.getString(3).isEmpty()) {
          throw new IllegalStateException("bad row " + i);
        }
        n++;
      }
    }
    if (n != expected) {
      throw new IllegalStateException("expected " + expected + " rows, read " + n);
    }
  }
}
