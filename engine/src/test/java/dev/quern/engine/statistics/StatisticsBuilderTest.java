package dev.quern.engine.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.meta.StatisticsContent;
import dev.quern.catalog.meta.StatisticsContent.HistogramStep;
import dev.quern.catalog.type.SqlTypes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatisticsBuilderTest {
  /** Builds statistics on (a, b) of random rows and checks every step against a brute-force count. */
  private static void checkAgainstBruteForce(long seed, int rows, int distinctA, double nullShare) {
    Random random = new Random(seed);
    List<Integer[]> data = new ArrayList<>();
    StatisticsBuilder builder = new StatisticsBuilder(List.of(SqlTypes.INT, SqlTypes.INT));
    for (int i = 0; i < rows; i++) {
      Integer a = random.nextDouble() < nullShare ? null : (int) Math.floor(Math.pow(random.nextDouble(), 2) * distinctA);
      Integer b = random.nextInt(5);
      data.add(new Integer[] {a, b});
      builder.add(new Object[] {a, b});
    }
    StatisticsContent c = builder.build(Instant.EPOCH, rows + 7);

    assertThat(c.rows()).isEqualTo(rows);
    assertThat(c.rowsSampled()).isEqualTo(rows);
    assertThat(c.unfilteredRows()).isEqualTo(rows + 7);
    List<HistogramStep> steps = c.steps();
    assertThat(steps.size()).isLessThanOrEqualTo(Histogram.MAX_STEPS);
    double total = steps.stream().mapToDouble(s -> s.rangeRows() + s.equalRows()).sum();
    assertThat(total).isEqualTo(rows);

    long nulls = data.stream().filter(r -> r[0] == null).count();
    int first = 0;
    if (nulls > 0) {
      assertThat(steps.getFirst().highKey()).isNull();
      assertThat(steps.getFirst().equalRows()).isEqualTo(nulls);
      first = 1;
    }
    List<Integer> values = data.stream().filter(r -> r[0] != null).map(r -> r[0]).sorted().toList();
    if (values.isEmpty()) {
      assertThat(steps).hasSize(first);
      return;
    }
    assertThat(steps.get(first).highKey()).isEqualTo(values.getFirst());
    assertThat(steps.get(first).rangeRows()).isZero();
    assertThat(steps.getLast().highKey()).isEqualTo(values.getLast());
    Integer previous = null;
    for (int i = first; i < steps.size(); i++) {
      HistogramStep s = steps.get(i);
      int hi = (Integer) s.highKey();
      if (previous != null) {
        assertThat(hi).isGreaterThan(previous);
      }
      Integer low = previous;
      List<Integer> between = values.stream().filter(v -> (low == null || v > low) && v < hi).toList();
      assertThat(s.equalRows()).isEqualTo(values.stream().filter(v -> v == hi).count());
      assertThat(s.rangeRows()).isEqualTo(between.size());
      long distinct = new HashSet<>(between).size();
      assertThat(s.distinctRangeRows()).isEqualTo(distinct);
      assertThat(s.averageRangeRows()).isEqualTo(distinct == 0 ? 1.0 : (double) between.size() / distinct);
      previous = hi;
    }

    Set<Integer> distinctA2 = new HashSet<>();
    Set<List<Integer>> distinctAb = new HashSet<>();
    for (Integer[] r : data) {
      distinctA2.add(r[0]);
      distinctAb.add(java.util.Arrays.asList(r));
    }
    assertThat(c.densities()).containsExactly(1.0 / distinctA2.size(), 1.0 / distinctAb.size());
    double averageA = data.stream().mapToInt(r -> r[0] == null ? 0 : 4).average().orElse(0);
    assertThat(c.averageLengths().getFirst()).isCloseTo(averageA, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(c.averageLengths().getLast()).isCloseTo(averageA + 4, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void manyDistinctValuesFitInAtMost200StepsThatCountEveryRow() {
    for (long seed = 1; seed <= 20; seed++) {
      checkAgainstBruteForce(seed, 5_000, 3_000, 0.05);
    }
  }

  @Test
  void fewDistinctValuesAreAStepEach() {
    checkAgainstBruteForce(7, 1_000, 150, 0.0);
    StatisticsBuilder b = new StatisticsBuilder(List.of(SqlTypes.INT));
    for (int i = 0; i < 300; i++) {
      b.add(new Object[] {i % 199});
    }
    assertThat(b.build(Instant.EPOCH, 300).steps()).hasSize(199).allSatisfy(s -> assertThat(s.rangeRows()).isZero());
  }

  @Test
  void nullsAreAFirstStepOfTheirOwn() {
    checkAgainstBruteForce(3, 2_000, 1_000, 0.3);
    checkAgainstBruteForce(4, 50, 10, 1.0);
  }

  @Test
  void anEmptyTableHasNoSteps() {
    StatisticsContent c = new StatisticsBuilder(List.of(SqlTypes.INT)).build(Instant.EPOCH, 0);
    assertThat(c.rows()).isZero();
    assertThat(c.steps()).isEmpty();
    assertThat(c.densities()).containsExactly(0.0);
  }

  @Test
  void stringsGroupUnderTheDefaultCollation() {
    StatisticsBuilder b = new StatisticsBuilder(List.of(SqlTypes.VARCHAR_MAX));
    for (String s : List.of("b", "A", "a", "B", "c")) {
      b.add(new Object[] {s});
    }
    StatisticsContent c = b.build(Instant.EPOCH, 5);
    assertThat(c.steps()).extracting(HistogramStep::equalRows).containsExactly(2.0, 2.0, 1.0);
    assertThat(c.densities()).containsExactly(1.0 / 3);
  }
}
