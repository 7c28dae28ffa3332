package dev.quern.bench.workload;

import dev.quern.bench.BenchConfig;
import dev.quern.bench.harness.Measurement;
import dev.quern.bench.harness.Measurement.Unit;
import dev.quern.bench.target.Target;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A full scan with aggregates over every row of {@code bench_t}: {@code COUNT(*)}, {@code SUM(v)}
 * (v is not indexed, so no index-only shortcut), {@code MIN(k)}, {@code MAX(k)}; the answer is
 * checked against the generated data. One warm-up, best of three; reports seconds and rows/s.
 */
public final class FullScanAggregateWorkload implements Workload {
  private static final String SQL = "SELECT COUNT(*), SUM(v), MIN(k), MAX(k) FROM " + BenchTable.NAME;

  @Override
  public String name() {
    return "full-scan";
  }

  @Override
  public String group() {
    return BenchTable.GROUP;
  }

  @Override
  public List<Measurement> run(Target target, BenchConfig config) throws Exception {
    BenchTable.ensureLoaded(target, config.rows());
    long rows = config.rows();
    try (Connection c = target.connect(false);
        Statement s = c.createStatement()) {
      scan(s, rows);
      double best = Double.MAX_VALUE;
      for (int run = 0; run < 3; run++) {
        long start = System.nanoTime();
        scan(s, rows);
        best = Math.min(best, (System.nanoTime() - start) / 1e9);
      }
      return List.of(
          new Measurement(name(), "time", target.name(), best, Unit.SECONDS),
          new Measurement(name(), "rows", target.name(), rows / best, Unit.ROWS_PER_SECOND));
    }
  }

  private static void scan(Statement s, long rows) throws StatementFailedException {
    // sum of id/2 for id 1..n; every partial sum is a multiple of 0.5 below 2^53, so exact in a double
    double sum = rows * (rows + 1) / 4.0;
    try (ResultSet rs = s.executeQuery(SQL)) {
      if (!rs.next()) {
        throw new IllegalStateException(SQL + " returned no row");
      }
      String got = rs.getLong(1) + ", " + rs.getDouble(2) + ", " + rs.getInt(3) + ", " + rs.getInt(4);
      String expected = rows + ", " + sum + ", 0, " + (rows - 1);
      if (!got.equals(expected)) {
        throw new IllegalStateException(SQL + " answered " + got + "; expected " + expected);
      }
    } catch (SQLException e) {
      throw new StatementFailedException(SQL, e);
    }
  }
}
