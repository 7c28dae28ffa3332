package dev.quern.engine.statistics;

import dev.quern.catalog.meta.StatisticsContent.HistogramStep;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the histogram of a leading column from its distinct values in order with their counts,
 * as SQL Server defines its steps ("Statistics", histogram): RANGE_HI_KEY a value of the column,
 * EQ_ROWS the rows equal to it, RANGE_ROWS and DISTINCT_RANGE_ROWS the rows and distinct values
 * strictly between the previous step's key and it, AVG_RANGE_ROWS their quotient (1 when there
 * are none). NULLs, when present, are a first step of their own with a NULL key.
 *
 * <p>Step choice: when the distinct values fit, each is a step. Otherwise equal height: the first
 * value is a step of its own (as SQL Server's first step, with no range rows), then a step closes
 * at the first value that brings its rows (range and equal) to at least an even share of the
 * rest, and the last value always closes one. Each closed step but the last holds at least a
 * share, so there are never more than {@code maxSteps}.
 */
public final class Histogram {
  /** SQL Server's limit on histogram steps. */
  public static final int MAX_STEPS = 200;

  /** A distinct non-null value and how many rows hold it. */
  public record Group(Object value, long count) {}

  private Histogram() {}

  public static List<HistogramStep> build(List<Group> groups, long nulls, int maxSteps) {
    List<HistogramStep> steps = new ArrayList<>();
    int room = maxSteps;
    if (nulls > 0) {
      steps.add(new HistogramStep(null, 0, nulls, 0, 1));
      room--;
    }
    if (groups.isEmpty()) {
      return steps;
    }
    if (groups.size() <= room) {
      for (Group g : groups) {
        steps.add(new HistogramStep(g.value(), 0, g.count(), 0, 1));
      }
      return steps;
    }
    steps.add(new HistogramStep(groups.getFirst().value(), 0, groups.getFirst().count(), 0, 1));
    long rest = 0;
    for (int i = 1; i < groups.size(); i++) {
      rest += groups.get(i).count();
    }
    // room - 2 full shares leave one step for the remainder: first + (room - 2) + last <= room.
    double share = (double) rest / Math.max(1, room - 2);
    long rangeRows = 0;
    long distinct = 0;
    for (int i = 1; i < groups.size(); i++) {
      Group g = groups.get(i);
      boolean last = i == groups.size() - 1;
      if (last || rangeRows + g.count() >= share) {
        double average = distinct == 0 ? 1 : (double) rangeRows / distinct;
        steps.add(new HistogramStep(g.value(), rangeRows, g.count(), distinct, average));
        rangeRows = 0;
        distinct = 0;
      } else {
        rangeRows += g.count();
        distinct++;
      }
    }
    return steps;
  }
}
