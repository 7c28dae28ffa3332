package dev.quern.engine.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The index counters behind sys.dm_db_index_usage_stats and sys.dm_db_index_operational_stats. */
class IndexUsageTest {
  @Test
  void countsUsesAndTheRowsEachStatementChanged() {
    IndexUsage usage = new IndexUsage();
    IndexUsage.Counters c = usage.used(5, 100, 1, IndexUsage.Use.UPDATE);
    IndexUsage.rows(c, IndexUsage.Leaf.INSERT, 3);
    IndexUsage.rows(usage.used(5, 100, 1, IndexUsage.Use.UPDATE), IndexUsage.Leaf.UPDATE, 2);
    IndexUsage.rows(usage.used(5, 100, 1, IndexUsage.Use.UPDATE), IndexUsage.Leaf.DELETE, 0);
    usage.used(5, 100, 1, IndexUsage.Use.SEEK);

    IndexUsage.Counters counted = usage.of(5, 100, 1);
    assertThat(counted).isSameAs(c);
    assertThat(counted.updates()).isEqualTo(3);
    assertThat(counted.seeks()).isEqualTo(1);
    assertThat(counted.leafInserts()).isEqualTo(3);
    assertThat(counted.leafUpdates()).isEqualTo(2);
    assertThat(counted.leafDeletes()).as("a statement that changed no rows").isZero();
    assertThat(usage.of(5, 100, 2)).isNull();
  }
}
