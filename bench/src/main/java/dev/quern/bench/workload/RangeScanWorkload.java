package dev.quern.bench.workload;

import dev.quern.bench.BenchConfig;
import dev.quern.bench.harness.CpuMeter;
import dev.quern.bench.harness.Measurement;
import dev.quern.bench.harness.Measurement.Unit;
import dev.quern.bench.harness.TimedRun;
import dev.quern.bench.target.Target;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Range scans through the index on {@code k}: {@code k BETWEEN ? AND ?} over a random window of
 * 0.1% of the table (1,000 rows of 1M; at least 10), whole rows fetched, prepared, one connection;
 * the row count is checked (k is a permutation). Reports queries/s and rows/s.
 */
public final class RangeScanWorkload implements Workload {
  private static final String SQL = "SELECT id, k, v, s FROM " + BenchTable.NAME + " WHERE k BETWEEN ? AND ?";

  @Override
  public String name() {
    return "range-scan";
  }

  @Override
  public String group() {
    return BenchTable.GROUP;
  }

  @Override
  public List<Measurement> run(Target target, BenchConfig config) throws Exception {
    BenchTable.ensureLoaded(target, config.rows());
    int rows = config.rows();
    int width = Math.min(rows, Math.max(10, rows / 1_000));
    try (Connection c = target.connect(false);
        PreparedStatement p = c.prepareStatement(SQL)) {
      SplittableRandom random = new SplittableRandom(42);
      TimedRun.Task task = () -> scan(p, random.nextInt(rows - width + 1), width);
      TimedRun.Result r = TimedRun.run(
          List.of(task), TimedWindows.warmUp(config), TimedWindows.window(config), new CpuMeter(target.serverPid()));
      List<Measurement> out = new ArrayList<>(List.of(
          new Measurement(name(), "queries", target.name(), r.operationsPerSecond(), Unit.PER_SECOND),
          new Measurement(name(), "rows", target.name(), r.rowsPerSecond(), Unit.ROWS_PER_SECOND)));
      out.addAll(CpuFigures.per("query", name(), target, r.cpu(), r.operations()));
      return out;
    }
  }

  private static long scan(PreparedStatement p, int low, int width) throws StatementFailedException {
    try {
      p.setInt(1, low);
      p.setInt(2, low + width - 1);
      long n = 0;
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          int k = rs.getInt(2);
          rs.getDouble(3);
          rs.getString(4);
          if (k < low || k >= low + width) {
            throw new IllegalStateException(SQL + " returned k=" + k + " outside " + low + ".." + (low + width - 1));
          }
          n++;
        }
      }
      if (n != width) {
        throw new IllegalStateException(SQL + " over " + low + ".." + (low + width - 1) + " returned " + n
            + " rows, expected " + width);
      }
      return n;
    } catch (SQLException e) {
      throw new StatementFailedException(SQL, e);
    }
  }
}
