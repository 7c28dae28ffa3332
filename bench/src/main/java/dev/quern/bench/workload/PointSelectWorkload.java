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
 * Primary-key point selects of one whole row of {@code bench_t}, prepared, random ids, from
 * {@code connections} connections at once; every answer is checked. Reports selects/s and p50/p99.
 */
public final class PointSelectWorkload implements Workload {
  private static final String SQL = "SELECT id, k, v, s FROM " + BenchTable.NAME + " WHERE id = ?";

  private final int connections;

  public PointSelectWorkload(int connections) {
    this.connections = connections;
  }

  @Override
  public String name() {
    return "point-select";
  }

  @Override
  public String group() {
    return BenchTable.GROUP;
  }

  @Override
  public List<Measurement> run(Target target, BenchConfig config) throws Exception {
    BenchTable.ensureLoaded(target, config.rows());
    int rows = config.rows();
    List<Connection> opened = new ArrayList<>();
    try {
      List<TimedRun.Task> tasks = new ArrayList<>();
      for (int i = 0; i < connections; i++) {
        Connection c = target.connect(false);
        opened.add(c);
        PreparedStatement p = c.prepareStatement(SQL);
        SplittableRandom random = new SplittableRandom(i);
        tasks.add(() -> selectOne(p, 1 + random.nextInt(rows), rows));
      }
      TimedRun.Result r = TimedRun.run(
          tasks, TimedWindows.warmUp(config), TimedWindows.window(config), new CpuMeter(target.serverPid()));
      List<Measurement> out = new ArrayList<>(List.of(
          new Measurement(name(), "selects", target.name(), r.operationsPerSecond(), Unit.PER_SECOND),
          new Measurement(name(), "p50", target.name(), r.latencies().percentileMillis(50), Unit.MILLISECONDS),
          new Measurement(name(), "p99", target.name(), r.latencies().percentileMillis(99), Unit.MILLISECONDS)));
      out.addAll(CpuFigures.per("select", name(), target, r.cpu(), r.operations()));
      return out;
    } finally {
      for (Connection c : opened) {
        c.close();
      }
    }
  }

  private static long selectOne(PreparedStatement p, int id, int rows) throws StatementFailedException {
    try {
      p.setInt(1, id);
      try (ResultSet rs = p.executeQuery()) {
        if (!rs.next() || rs.getInt(1) != id || rs.getInt(2) != BenchTable.k(id, rows) || rs.getDouble(3) != id / 2.0
            || !("row" + id).equals(rs.getString(4)) || rs.next()) {
          throw new IllegalStateException(SQL + " with id " + id + " did not return exactly row " + id);
        }
      }
      return 1;
    } catch (SQLException e) {
      throw new StatementFailedException(SQL, e);
    }
  }
}
