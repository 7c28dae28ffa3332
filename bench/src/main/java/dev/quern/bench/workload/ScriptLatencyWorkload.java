package dev.quern.bench.workload;

import dev.quern.bench.BenchConfig;
import dev.quern.bench.harness.CpuMeter;
import dev.quern.bench.harness.Measurement;
import dev.quern.bench.harness.Measurement.Unit;
import dev.quern.bench.harness.Samples;
import dev.quern.bench.target.Target;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 4 benchmark 1: latency of a trivial script ({@code OutputDataSet = InputDataSet} over one
 * row) on a warm pool, p50 and p99, from one connection after a warm-up. PostgreSQL runs the same
 * through a PL/Python function.
 *
 * <p>Two series, the same for both servers: back to back (the next call as soon as the last
 * answered: on Quern this also measures how fast the pool makes satellites, one per call), and
 * paced, {@value #PACE_MILLIS} ms of idle time between calls (untimed), so each call finds the
 * pool warm, as a client that does anything between its calls does.
 */
public final class ScriptLatencyWorkload implements Workload {
  private static final int WARM_UP = 200;
  private static final int PACE_MILLIS = 20;
  private static final int PACED_CALLS = 200;

  @Override
  public String name() {
    return "script-latency";
  }

  @Override
  public List<Measurement> run(Target target, BenchConfig config) throws Exception {
    ScriptDialect dialect = ScriptDialect.of(target);
    int calls = Math.max(100, config.selects() / 20);
    try (Connection c = target.connect(false);
        Statement s = c.createStatement()) {
      dialect.prepare(c);
      for (int i = 0; i < WARM_UP; i++) {
        call(s, dialect.trivial());
      }
      Samples samples = new Samples(calls);
      CpuMeter cpu = new CpuMeter(target.serverPid());
      cpu.start();
      for (int i = 0; i < calls; i++) {
        long start = System.nanoTime();
        call(s, dialect.trivial());
        samples.add(System.nanoTime() - start);
      }
      CpuMeter.Use used = cpu.stop();
      Samples paced = new Samples(PACED_CALLS);
      for (int i = 0; i < PACED_CALLS; i++) {
        Thread.sleep(PACE_MILLIS);
        long start = System.nanoTime();
        call(s, dialect.trivial());
        paced.add(System.nanoTime() - start);
      }
      List<Measurement> out = new ArrayList<>(List.of(
          new Measurement(name(), "p50", target.name(), samples.percentileMillis(50), Unit.MILLISECONDS),
          new Measurement(name(), "p99", target.name(), samples.percentileMillis(99), Unit.MILLISECONDS),
          new Measurement(name(), "rate", target.name(), samples.perSecond(), Unit.PER_SECOND),
          new Measurement(name(), "p50 paced " + PACE_MILLIS + " ms", target.name(), paced.percentileMillis(50), Unit.MILLISECONDS),
          new Measurement(name(), "p99 paced " + PACE_MILLIS + " ms", target.name(), paced.percentileMillis(99), Unit.MILLISECONDS)));
      // Back to back only: the paced series' idle time would mostly measure the machine's idle work.
      out.addAll(CpuFigures.per("call", name(), target, used, calls));
      return out;
    }
  }

  private static void call(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      if (!rs.next() || rs.getInt(1) != 1) {
        throw new IllegalStateException(sql + " did not return 1");
      }
    }
  }
}
