package dev.quern.bench.workload;

import dev.quern.bench.BenchConfig;
import java.time.Duration;

/** The warm-up and measured window of the timed table workloads, from {@code --seconds}. */
final class TimedWindows {
  private TimedWindows() {}

  static Duration window(BenchConfig config) {
    return Duration.ofSeconds(config.seconds());
  }

  /** A third of the window, at least one second: JIT on both ends, caches, connection setup. */
  static Duration warmUp(BenchConfig config) {
    return Duration.ofMillis(Math.max(1_000, config.seconds() * 1_000L / 3));
  }
}
