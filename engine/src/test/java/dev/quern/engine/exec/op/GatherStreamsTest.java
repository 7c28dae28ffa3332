package dev.quern.engine.exec.op;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.catalog.codec.RowLayout;
import dev.quern.catalog.meta.StoredRowCursor;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.plan.AggregateCall;
import dev.quern.engine.session.CancelledException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * {@link GatherStreams} over cursors of counted rows: partial counts merge, and a cancel or an
 * error in any range stops every range before the call returns, with every cursor closed.
 */
class GatherStreamsTest {
  private static final long ENDLESS = Long.MAX_VALUE;

  /** {@code rows} rows (ENDLESS: never ends); fails at row {@code failAt} (0: never). */
  private static final class RowsCursor implements StoredRowCursor {
    final long rows;
    final long failAt;
    final AtomicLong read = new AtomicLong();
    final AtomicBoolean closed = new AtomicBoolean();

    RowsCursor(long rows, long failAt) {
      this.rows = rows;
      this.failAt = failAt;
    }

    @Override
    public boolean next() {
      assertThat(closed).isFalse();
      long n = read.incrementAndGet();
      if (n == failAt) {
        throw new ArithmeticException("range failed at row " + n);
      }
      return n <= rows;
    }

    @Override
    public byte[] stored() {
      throw new UnsupportedOperationException("COUNT(*) reads no value");
    }

    @Override
    public byte[] locator() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Object[] row() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Object[] rowWithLobRefs() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
      closed.set(true);
    }
  }

  private static final AggregateCall COUNT = new AggregateCall(AggregateCall.Kind.COUNT_BIG, null, false, SqlTypes.BIGINT);

  private static Accumulator[] run(List<RowsCursor> cursors, Runnable cancelCheck, List<Long> rowsRead) {
    return GatherStreams.run(
        List.copyOf(cursors),
        () -> new StoredRowAggregation(RowLayout.of(SqlTypes.INT), new int[] {-1}, new TypeId[1]),
        () -> new Accumulator[] {new Accumulator(COUNT)},
        cancelCheck,
        rowsRead::add);
  }

  @Test
  void mergesTheCountsOfEveryRange() {
    List<RowsCursor> cursors = List.of(new RowsCursor(3000, 0), new RowsCursor(5000, 0), new RowsCursor(0, 0));
    List<Long> rowsRead = new ArrayList<>();
    Accumulator[] merged = run(cursors, () -> {}, rowsRead);
    assertThat(merged[0].result()).isEqualTo(8000L);
    assertThat(rowsRead).containsExactly(3000L, 5000L, 0L);
    assertThat(cursors).allMatch(c -> c.closed.get());
    assertThat(GatherStreams.takeLastRun()).extracting(GatherStreams.PartRun::rows).containsExactly(3000L, 5000L, 0L);
  }

  @Test
  void aCancelStopsEveryRangeBeforeTheCallReturns() {
    List<RowsCursor> cursors = List.of(new RowsCursor(ENDLESS, 0), new RowsCursor(ENDLESS, 0));
    // The request is cancelled once both ranges have read a while (checks run every 1024 rows).
    Runnable cancelCheck = () -> {
      if (cursors.get(0).read.get() > 50_000 && cursors.get(1).read.get() > 50_000) {
        throw CancelledException.INSTANCE;
      }
    };
    assertThatThrownBy(() -> run(cursors, cancelCheck, new ArrayList<>())).isSameAs(CancelledException.INSTANCE);
    // Each range closes its cursor when it stops reading, so none is read any more.
    assertThat(cursors).allMatch(c -> c.closed.get());
  }

  @Test
  void anErrorInOneRangeStopsTheOthersAndIsRaised() {
    for (int failing = 0; failing < 2; failing++) {
      List<RowsCursor> cursors = new ArrayList<>(List.of(new RowsCursor(ENDLESS, 0), new RowsCursor(ENDLESS, 0)));
      cursors.set(failing, new RowsCursor(ENDLESS, 200_000));
      assertThatThrownBy(() -> run(cursors, () -> {}, new ArrayList<>()))
          .isInstanceOf(ArithmeticException.class).hasMessage("range failed at row 200000");
      assertThat(cursors).allMatch(c -> c.closed.get());
    }
  }
}
