package dev.quern.bench.workload;

import dev.quern.bench.BenchConfig;
import dev.quern.bench.harness.Measurement;
import dev.quern.bench.harness.Measurement.Unit;
import dev.quern.bench.harness.Samples;
import dev.quern.bench.target.Target;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Round-trip latency of {@code SELECT 1} on one warm connection (no TLS), after a warm-up. */
public final class SelectOneLatencyWorkload implements Workload {

  @Override
  public String name() {
    return "select1";
  }

  @Override
  public List<Measurement> run(Target target, BenchConfig config) throws Exception {
    String sql = target.dialect().selectOne();
    try (Connection c = target.connect(false);
        Statement s = c.createStatement()) {
      for (int i = 0; i < Math.max(1_000, config.selects() / 4); i++) {
        roundTrip(s, sql);
      }
      Samples samples = new Samples(config.selects());
      for (int i = 0; i < config.selects(); i++) {
        long start = System.nanoTime();
        roundTrip(s, sql);
        samples.add(System.nanoTime() - start);
      }
      return List.of(
          new Measurement(name(), "p50", target.name(), samples.percentileMillis(50), Unit.MILLISECONDS),
          new Measurement(name(), "p99", target.name(), samples.percentileMillis(99), Unit.MILLISECONDS),
          new Measurement(name(), "rate", target.name(), samples.perSecond(), Unit.PER_SECOND));
    }
  }

  private static void roundTrip(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      if (!rs.next() || rs.getInt(1) != 1) {
        throw new IllegalStateException(sql + " did not return 1");
      }
    }
  }
}
