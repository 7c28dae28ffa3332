package dev.quern.engine.cursor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import java.util.List;
import org.junit.jupiter.api.Test;

/** sp_cursorfetch's blocks over ten rows, as ODBC's rowset moves define them. */
class ApiCursorTest {
  /** Ten rows 1..10, counted (a static or keyset cursor's). */
  private static final class Ten extends IndexedRows {
    @Override
    int size() {
      return 10;
    }

    @Override
    Object[] rowAt(int i) {
      return new Object[] {i + 1};
    }

    @Override
    byte[] locatorAt(int i) {
      return null;
    }

    @Override
    public SingleTableQuery table() {
      return null;
    }
  }

  private static ApiCursor cursor() {
    ServerCursor c = new ServerCursor("api", null, new CursorKind("STATIC", true, true, false), null, null);
    c.opened(new Ten(), List.of(new ResultColumn("n", SqlTypes.INT, false, false)), false);
    return new ApiCursor(1, c);
  }

  private static List<Object> rows(List<Fetched> block) {
    return block.stream().map(f -> f.values()[0]).toList();
  }

  @Test
  void nextAndPrevMoveByBlocks() {
    ApiCursor c = cursor();
    assertThat(rows(c.fetch(ApiCursor.NEXT, 0, 3))).containsExactly(1, 2, 3);
    assertThat(rows(c.fetch(ApiCursor.NEXT, 0, 3))).containsExactly(4, 5, 6);
    assertThat(rows(c.fetch(ApiCursor.PREV, 0, 3))).containsExactly(1, 2, 3);
    assertThat(rows(c.fetch(ApiCursor.PREV, 0, 3))).isEmpty(); // the block began at row 1
    assertThat(rows(c.fetch(ApiCursor.NEXT, 0, 3))).containsExactly(1, 2, 3); // from before the start
  }

  @Test
  void prevNearTheStartReturnsTheFirstBlockUnlessNoAdjust() {
    ApiCursor c = cursor();
    c.fetch(ApiCursor.ABSOLUTE, 3, 3);
    assertThat(rows(c.fetch(ApiCursor.PREV, 0, 4))).containsExactly(1, 2, 3, 4);
    c.fetch(ApiCursor.ABSOLUTE, 3, 3);
    assertThat(rows(c.fetch(ApiCursor.PREV_NOADJUST, 0, 4))).containsExactly(1, 2);
  }

  @Test
  void lastAbsoluteAndRelativeAndPastTheEnd() {
    ApiCursor c = cursor();
    assertThat(rows(c.fetch(ApiCursor.LAST, 0, 4))).containsExactly(7, 8, 9, 10);
    assertThat(rows(c.fetch(ApiCursor.NEXT, 0, 4))).isEmpty();
    assertThat(rows(c.fetch(ApiCursor.PREV, 0, 2))).containsExactly(9, 10); // from after the end
    assertThat(rows(c.fetch(ApiCursor.ABSOLUTE, -2, 5))).containsExactly(9, 10);
    assertThat(rows(c.fetch(ApiCursor.RELATIVE, -3, 2))).containsExactly(6, 7);
    assertThat(c.first()).isEqualTo(6);
    assertThat(rows(c.fetch(ApiCursor.FIRST, 0, 20))).hasSize(10);
    assertThat(rows(c.fetch(ApiCursor.ABSOLUTE, 11, 1))).isEmpty();
  }
}
