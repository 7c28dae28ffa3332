package dev.quern.bench.workload;

import dev.quern.bench.BenchConfig;
import dev.quern.bench.harness.CpuMeter;
import dev.quern.bench.harness.Measurement;
import dev.quern.bench.harness.Measurement.Unit;
import dev.quern.bench.harness.TimedRun;
import dev.quern.bench.target.Target;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Single-row autocommit inserts, one durable commit each, from {@code connections} connections at
 * once into a fresh table of the shared schema (primary key and index on k maintained); ids come
 * from one counter so connections never collide. Reports commits/s and per-insert p50/p99.
 */
public final class SingleRowInsertWorkload implements Workload {
  private static final String TABLE = "bench_ins";
  /** The k values wrap around this many, as in a table of this size. */
  private static final int K_RANGE = 1_000_000;

  private final int connections;

  public SingleRowInsertWorkload(int connections) {
    this.connections = connections;
  }

  @Override
  public String name() {
    return "insert-" + connections;
  }

  @Override
  public String group() {
    return BenchTable.GROUP;
  }

  @Override
  public List<Measurement> run(Target target, BenchConfig config) throws Exception {
    try (Connection setup = target.connect(false)) {
      BenchTable.recreate(setup, target, TABLE);
    }
    String sql = BenchTable.insert(TABLE);
    AtomicInteger nextId = new AtomicInteger();
    List<Connection> opened = new ArrayList<>();
    try {
      List<TimedRun.Task> tasks = new ArrayList<>();
      for (int i = 0; i < connections; i++) {
        Connection c = target.connect(false);
        opened.add(c);
        PreparedStatement p = c.prepareStatement(sql);
        tasks.add(() -> insertOne(p, sql, nextId.incrementAndGet()));
      }
      TimedRun.Result r = TimedRun.run(
          tasks, TimedWindows.warmUp(config), TimedWindows.window(config), new CpuMeter(target.serverPid()));
      List<Measurement> out = new ArrayList<>(List.of(
          new Measurement(name(), "commits", target.name(), r.operationsPerSecond(), Unit.PER_SECOND),
          new Measurement(name(), "p50", target.name(), r.latencies().percentileMillis(50), Unit.MILLISECONDS),
          new Measurement(name(), "p99", target.name(), r.latencies().percentileMillis(99), Unit.MILLISECONDS)));
      out.addAll(CpuFigures.per("commit", name(), target, r.cpu(), r.operations()));
      return out;
    } finally {
      for (Connection c : opened) {
        c.close();
      }
    }
  }

  private static long insertOne(PreparedStatement p, String sql, int id) throws StatementFailedException {
    try {
      p.setInt(1, id);
      p.setInt(2, BenchTable.k(id, K_RANGE));
      p.setDouble(3, id / 2.0);
      p.setString(4, "row" + id);
      if (p.executeUpdate() != 1) {
        throw new IllegalStateException(sql + " did not report one row for id " + id);
      }
      return 1;
    } catch (SQLException e) {
      throw new StatementFailedException(sql, e);
    }
  }
}
