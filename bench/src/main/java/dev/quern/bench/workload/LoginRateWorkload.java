package dev.quern.bench.workload;

import dev.quern.bench.BenchConfig;
import dev.quern.bench.harness.Measurement;
import dev.quern.bench.harness.Measurement.Unit;
import dev.quern.bench.harness.Samples;
import dev.quern.bench.target.Target;
import java.sql.Connection;
import java.util.List;

/**
 * Connection + login, one after another from one client thread: TCP connect, PRELOGIN/TLS (when
 * {@code tls}), LOGIN7 and the login reply, then close. Reports p50/p99 latency and logins/s.
 */
public final class LoginRateWorkload implements Workload {
  private final boolean tls;

  public LoginRateWorkload(boolean tls) {
    this.tls = tls;
  }

  @Override
  public String name() {
    return tls ? "login-tls" : "login";
  }

  @Override
  public List<Measurement> run(Target target, BenchConfig config) throws Exception {
    for (int i = 0; i < Math.max(100, config.logins() / 2); i++) { // warm-up: JIT on both ends
      target.connect(tls).close();
    }
    Samples samples = new Samples(config.logins());
    for (int i = 0; i < config.logins(); i++) {
      long start = System.nanoTime();
      try (Connection c = target.connect(tls)) {
        samples.add(System.nanoTime() - start);
      }
    }
    return List.of(
        new Measurement(name(), "p50", target.name(), samples.percentileMillis(50), Unit.MILLISECONDS),
        new Measurement(name(), "p99", target.name(), samples.percentileMillis(99), Unit.MILLISECONDS),
        new Measurement(name(), "rate", target.name(), samples.perSecond(), Unit.PER_SECOND));
  }
}
