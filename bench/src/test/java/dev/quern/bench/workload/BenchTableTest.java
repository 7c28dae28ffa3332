package dev.quern.bench.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class BenchTableTest {

  @Test
  void kIsAPermutationSoEveryRangeOfWidthWHoldsWRows() {
    for (int rows : new int[] {1, 10, 20_000, 1_000_000}) {
      BitSet seen = new BitSet(rows);
      for (int id = 1; id <= rows; id++) {
        int k = BenchTable.k(id, rows);
        assertThat(k).isBetween(0, rows - 1);
        assertThat(seen.get(k)).as("k %d repeats at rows=%d", k, rows).isFalse();
        seen.set(k);
      }
      assertThat(seen.cardinality()).isEqualTo(rows);
    }
  }
}
