package dev.quern.bench.harness;

import java.util.Arrays;

/** Latency samples in nanoseconds, with percentiles by the nearest-rank method. */
public final class Samples {
  private long[] nanos;
  private int size;

  public Samples(int expected) {
    nanos = new long[Math.max(16, expected)];
  }

  public void add(long elapsedNanos) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = elapsedNanos;
  }

  /** Adds every sample of {@code other} (per-thread samples merged after a concurrent run). */
  public void addAll(Samples other) {
    for (int i = 0; i < other.size; i++) {
      add(other.nanos[i]);
    }
  }

  public int size() {
    return size;
  }

  /** The p-th percentile (0 &lt; p &le; 100) in milliseconds. */
  public double percentileMillis(double p) {
    if (size == 0) {
      throw new IllegalStateException("no samples");
    }
    long[] sorted = Arrays.copyOf(nanos, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * size);
    return sorted[Math.max(0, rank - 1)] / 1_000_000.0;
  }

  /** Events per second if the samples ran back to back. */
  public double perSecond() {
    long total = 0;
    for (int i = 0; i < size; i++) {
      total += nanos[i];
    }
    return size * 1_000_000_000.0 / total;
  }
}
