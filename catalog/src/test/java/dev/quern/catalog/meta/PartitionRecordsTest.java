package dev.quern.catalog.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Partition functions map values to partitions; their records round-trip through their codecs. */
class PartitionRecordsTest {
  private static final Instant CREATED = Instant.ofEpochMilli(1_700_000_000_000L);

  private static PartitionFunction ints(boolean right, Object... boundaries) {
    return new PartitionFunction(5, 65536, "pf", SqlTypes.INT, null, right, Arrays.asList(boundaries), CREATED,
        CREATED);
  }

  @Test
  void rangeLeftPutsABoundaryInThePartitionOnItsLeft() {
    PartitionFunction f = ints(false, 10, 20);
    assertThat(List.of(f.partitionOf(9), f.partitionOf(10), f.partitionOf(11), f.partitionOf(20), f.partitionOf(21)))
        .containsExactly(1, 1, 2, 2, 3);
  }

  @Test
  void rangeRightPutsABoundaryInThePartitionOnItsRight() {
    PartitionFunction f = ints(true, 10, 20);
    assertThat(List.of(f.partitionOf(9), f.partitionOf(10), f.partitionOf(19), f.partitionOf(20)))
        .containsExactly(1, 2, 2, 3);
  }

  @Test
  void nullSortsBeforeEveryValueAndEqualsANullBoundary() {
    assertThat(ints(false, 0).partitionOf(null)).isEqualTo(1);
    assertThat(ints(true, null, 0).partitionOf(null)).isEqualTo(2);
    assertThat(ints(false, null, 0).partitionOf(null)).isEqualTo(1);
    assertThat(ints(true, 0).fanout()).isEqualTo(2);
  }

  @Test
  void aFunctionRoundTripsWithItsBoundariesNullIncluded() {
    SqlType dec = SqlType.decimal(10, 2);
    PartitionFunction f = new PartitionFunction(7, 65540, "pf_dec", dec, null, true,
        Arrays.asList(null, new BigDecimal("1.50"), new BigDecimal("99.99")), CREATED, CREATED.plusSeconds(5));
    assertThat(PartitionCodec.decodeFunction(PartitionCodec.encode(f))).isEqualTo(f);
    PartitionFunction text = new PartitionFunction(7, 65541, "pf_text", SqlType.ofLength(TypeId.NVARCHAR, 20),
        "SQL_Latin1_General_CP1_CI_AS", false, List.of("g", "n"), CREATED, CREATED);
    assertThat(PartitionCodec.decodeFunction(PartitionCodec.encode(text))).isEqualTo(text);
  }

  @Test
  void aSchemeRoundTripsWithAndWithoutANextUsedFilegroup() {
    PartitionScheme s = new PartitionScheme(7, 65601, "ps", 65540, List.of("PRIMARY", "PRIMARY"), "PRIMARY");
    assertThat(PartitionCodec.decodeScheme(PartitionCodec.encode(s))).isEqualTo(s);
    PartitionScheme none = s.withFilegroups(List.of("PRIMARY"), null);
    assertThat(PartitionCodec.decodeScheme(PartitionCodec.encode(none))).isEqualTo(none);
  }

  @Test
  void aTablesPlacementsRoundTripAndReplaceOneIndexAtATime() {
    TablePartitioning t = new TablePartitioning(1234, List.of())
        .with(2, new TablePartitioning.Placement(2, 65601, 3))
        .with(1, new TablePartitioning.Placement(1, 65601, 3));
    assertThat(t.placements()).extracting(TablePartitioning.Placement::indexId).containsExactly(1, 2);
    assertThat(TablePartitioning.decode(TablePartitioning.encode(t))).isEqualTo(t);
    assertThat(t.with(2, null).of(2)).isEmpty();
    assertThat(t.of(1)).contains(new TablePartitioning.Placement(1, 65601, 3));
  }
}
