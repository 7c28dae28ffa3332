package dev.quern.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TimedRunTest {

  @Test
  void countsOperationsRowsAndLatenciesOfTheMeasuredWindowOnly() throws Exception {
    AtomicLong calls = new AtomicLong();
    TimedRun.Task task = () -> {
      calls.incrementAndGet();
      Thread.sleep(1);
      return 3;
    };

    TimedRun.Result r = TimedRun.run(List.of(task, task), Duration.ofMillis(20), Duration.ofMillis(50), ownMeter());

    assertThat(r.operations()).isPositive().isLessThanOrEqualTo(calls.get());
    assertThat(r.rows()).isEqualTo(3 * r.operations());
    assertThat(r.latencies().size()).isEqualTo((int) r.operations());
    assertThat(r.seconds()).isGreaterThanOrEqualTo(0.05);
    // r.cpu() is not asserted: a 50 ms window of sleeping threads can read as no CPU at all (the
    // clocks tick in 1/100 s); CpuMeterTest covers the meter.
    assertThat(r.cpu()).isNotNull();
  }

  @Test
  void firstFailureStopsTheRunAndIsRethrown() {
    IllegalStateException boom = new IllegalStateException("statement failed");
    TimedRun.Task failing = () -> {
      throw boom;
    };
    TimedRun.Task fine = () -> 1;

    assertThatThrownBy(() -> TimedRun.run(List.of(fine, failing), Duration.ofMillis(10), Duration.ofSeconds(30), ownMeter()))
        .isSameAs(boom);
  }

  private static CpuMeter ownMeter() {
    return new CpuMeter(ProcessHandle.current().pid());
  }
}
