package dev.quern.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.ext.governor.ExternalResourcePool;
import dev.quern.ext.pool.PoolKey;
import dev.quern.ext.pool.PoolSettings;
import dev.quern.ext.spi.ExternalColumn;
import dev.quern.ext.spi.ExternalScriptRequest;
import dev.quern.ext.spi.RowSource;
import dev.quern.python.launch.PythonSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Volume and concurrency through real satellites. Speeds are printed, never asserted (they
 * belong to bench/); what is asserted is correctness and bounded memory.
 */
class LoadTest {
  static RuntimeFixture fx;

  @BeforeAll
  static void start() throws Exception {
    fx = new RuntimeFixture(PoolSettings.defaults().withSpares(2).withIdleTimeout(Duration.ofMinutes(5)), PythonSettings.defaults());
  }

  @AfterAll
  static void stop() {
    assertThat(fx.runtime.allocator().getAllocatedMemory()).isZero();
    fx.close();
  }

  @Test
  void millionRowPassthroughKeepsJavaMemoryBounded() {
    int n = 1_000_000;
    run(1000); // warm the path once
    long peakBefore = fx.runtime.allocator().getPeakMemoryAllocation();
    long t0 = System.nanoTime();
    CountingSink sink = run(n);
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertThat(sink.rows).isEqualTo(n);
    assertThat(sink.sumOfFirstColumn).isEqualTo((long) n * (n - 1) / 2);
    assertThat(sink.columns).extracting(ExternalColumn::name).containsExactly("i", "f", "s");
    long peak = fx.runtime.allocator().getPeakMemoryAllocation();
    // Input goes out a batch at a time and output comes back a region at a time: the Arrow
    // memory in use never approaches the ~30 MB the million rows take as Arrow data.
    assertThat(peak).isLessThan(24L << 20);
    System.out.printf("[measure] 1M-row passthrough (int, float, nvarchar(20)): %.2f s, %.0f rows/s, Arrow peak %d KiB (before %d KiB)%n", seconds, n / seconds, peak >> 10, peakBefore >> 10);
  }

  private static CountingSink run(int rows) {
    CountingSink sink = new CountingSink();
    fx.runtime.execute(ExternalScriptRequest.builder("Python", "OutputDataSet = InputDataSet", "bench").input(new GeneratedRows(rows)).build(), sink);
    return sink;
  }

  @Test
  void warmOneRowLatency() throws InterruptedException {
    for (int i = 0; i < 20; i++) {
      run(1);
    }
    measureLatency("back to back", false);
    measureLatency("spare ready", true);
  }

  /** With {@code paced}, waits (untimed) until the pool's spares are back before each call. */
  private static void measureLatency(String label, boolean paced) throws InterruptedException {
    PoolKey key = new PoolKey("Python", "bench", "default");
    int calls = 100;
    long[] micros = new long[calls];
    for (int i = 0; i < calls; i++) {
      while (paced && fx.runtime.pool().idleCount(key) < fx.runtime.pool().settings().spares()) {
        Thread.sleep(1);
      }
      long t = System.nanoTime();
      CountingSink sink = run(1);
      micros[i] = (System.nanoTime() - t) / 1_000;
      assertThat(sink.rows).isEqualTo(1);
    }
    Arrays.sort(micros);
    System.out.printf("[measure] warm 1-row call (%s), %d calls: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", label, calls, micros[calls / 2] / 1e3, micros[calls * 99 / 100] / 1e3, micros[calls - 1] / 1e3);
  }

  @Test
  void twentyConcurrentCallsWithASmallerPoolAllSucceed() throws Exception {
    fx.governor.configure(new ExternalResourcePool(257, "three", 100, 20, 3, 1));
    AtomicInteger maxConcurrent = new AtomicInteger();
    Set<String> pids = ConcurrentHashMap.newKeySet();
    String script = "import os, time\ntime.sleep(0.05)\nOutputDataSet = InputDataSet.assign(pid=os.getpid())";
    List<Future<CollectingSink>> results = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < 20; i++) {
        int k = i;
        results.add(pool.submit(() -> {
          CollectingSink sink = new CollectingSink();
          List<Object[]> rows = List.<Object[]>of(new Object[] {k, k * 0.5, "r" + k});
          fx.runtime.execute(ExternalScriptRequest.builder("Python", script, "load").resourcePool("three").input(RowSource.of(GeneratedRows.COLUMNS, rows)).build(), new dev.quern.ext.spi.ExternalScriptSink() {
            @Override
            public void onResultSet(List<ExternalColumn> c) {
              maxConcurrent.accumulateAndGet(fx.governor.activeProcesses("three"), Math::max);
              sink.onResultSet(c);
            }

            @Override
            public void onRows(Object[][] b, int n) {
              sink.onRows(b, n);
            }
          });
          return sink;
        }));
      }
      for (int i = 0; i < 20; i++) {
        CollectingSink s = results.get(i).get();
        assertThat(s.rows).hasSize(1);
        assertThat(s.rows.get(0)[0]).isEqualTo(i);
        pids.add(String.valueOf(s.rows.get(0)[3]));
      }
    }
    assertThat(maxConcurrent.get()).isBetween(1, 3);
    assertThat(pids).as("every call had its own satellite").hasSize(20);
    assertThat(fx.governor.activeProcesses("three")).isZero();
  }
}
