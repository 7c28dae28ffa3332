package dev.quern.bench.harness;

/** One figure from one workload on one target, e.g. ("select1", "p50", "quern", 0.12, "ms"). */
public record Measurement(String workload, String metric, String target, double value, Unit unit) {

  /** Units, and whether a larger number is better (for the ratio column). */
  public enum Unit {
    MILLISECONDS("ms", false),
    MICROSECONDS("µs", false),
    SECONDS("s", false),
    PER_SECOND("/s", true),
    ROWS_PER_SECOND("rows/s", true),
    MEGABYTES_PER_SECOND("MB/s", true);

    private final String label;
    private final boolean higherIsBetter;

    Unit(String label, boolean higherIsBetter) {
      this.label = label;
      this.higherIsBetter = higherIsBetter;
    }

    public String label() {
      return label;
    }

    public boolean higherIsBetter() {
      return higherIsBetter;
    }
  }
}
