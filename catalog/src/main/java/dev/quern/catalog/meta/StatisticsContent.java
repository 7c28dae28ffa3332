package dev.quern.catalog.meta;

import dev.quern.catalog.type.SqlType;
import java.time.Instant;
import java.util.List;

/**
 * What one update of a statistics object found ("DBCC SHOW_STATISTICS"): when, how many rows the
 * table (and its filter) had and how many were read, the density vector (1 / distinct count and
 * the average length in bytes of each leading prefix of the statistics' columns) and the histogram
 * of the leading column, whose RANGE_HI_KEY values are of {@code keyType}.
 */
public record StatisticsContent(
    Instant updated,
    long rows,
    long rowsSampled,
    long unfilteredRows,
    List<Double> densities,
    List<Double> averageLengths,
    SqlType keyType,
    List<HistogramStep> steps) {
  public StatisticsContent {
    densities = List.copyOf(densities);
    averageLengths = List.copyOf(averageLengths);
    steps = List.copyOf(steps);
  }

  /**
   * One histogram step: the rows equal to its upper bound ({@code highKey}, null for the step of
   * NULLs), and the rows and distinct values strictly between the previous step's bound and it.
   */
  public record HistogramStep(
      Object highKey, double rangeRows, double equalRows, long distinctRangeRows, double averageRangeRows) {}
}
