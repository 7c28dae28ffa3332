package dev.quern.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.ListRowBatch;
import dev.quern.catalog.value.RowBatch;
import dev.quern.catalog.value.RowBatch.Layout;
import dev.quern.engine.api.DiscardingSink;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.plan.ResultSetsSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * WITH RESULT SETS over a columnar batch: passed on whole when converting changes nothing (text
 * that fits its nvarchar(n)), converted row by row otherwise.
 */
class ResultSetsSinkBatchTest {
  private static final SqlType NVARCHAR_MAX = SqlType.ofLength(TypeId.NVARCHAR, SqlType.MAX);
  private final Recording out = new Recording();

  @Test
  void passesTextThatFitsItsDeclaredLengthAsTheSameBatch() {
    ResultSetsSink sink = declared(SqlType.of(TypeId.INT), SqlType.ofLength(TypeId.NVARCHAR, 4));
    sink.columns(List.of(column(SqlType.of(TypeId.INT)), column(NVARCHAR_MAX)));
    // "éééé" is 8 UTF-8 bytes but 4 characters; "😀😀" is 4 UTF-16 units.
    RowBatch batch = batch(new Object[][] {{1, "abcd"}, {null, null}, {3, ""}, {4, "éééé"}, {5, "\uD83D\uDE00\uD83D\uDE00"}});
    sink.rows(batch);
    assertThat(out.batches).containsExactly(batch);
    assertThat(out.rows).isEmpty();
  }

  @Test
  void convertsRowByRowWhenAValueIsTooLong() {
    ResultSetsSink sink = declared(SqlType.of(TypeId.INT), SqlType.ofLength(TypeId.NVARCHAR, 4));
    sink.columns(List.of(column(SqlType.of(TypeId.INT)), column(NVARCHAR_MAX)));
    sink.rows(batch(new Object[][] {{1, "abcd"}, {2, "ééééé"}}));
    assertThat(out.batches).isEmpty();
    assertThat(out.rows).hasSize(2);
    assertThat(out.rows.get(0)).containsExactly(1, "abcd");
    assertThat(out.rows.get(1)[1]).isEqualTo(
        dev.quern.catalog.value.Conversions.convert("ééééé", NVARCHAR_MAX, SqlType.ofLength(TypeId.NVARCHAR, 4)));
  }

  @Test
  void convertsRowByRowForAnyOtherConversion() {
    ResultSetsSink sink = declared(SqlType.of(TypeId.BIGINT), NVARCHAR_MAX);
    sink.columns(List.of(column(SqlType.of(TypeId.INT)), column(NVARCHAR_MAX)));
    sink.rows(batch(new Object[][] {{1, "a"}, {null, "b"}}));
    assertThat(out.batches).isEmpty();
    assertThat(out.rows).containsExactly(new Object[] {1L, "a"}, new Object[] {null, "b"});
  }

  @Test
  void passesABatchWhoseTypesAreTheDeclaredOnes() {
    ResultSetsSink sink = declared(SqlType.of(TypeId.INT), NVARCHAR_MAX);
    sink.columns(List.of(column(SqlType.of(TypeId.INT)), column(NVARCHAR_MAX)));
    RowBatch batch = batch(new Object[][] {{1, "x".repeat(9000)}});
    sink.rows(batch);
    assertThat(out.batches).containsExactly(batch);
  }

  private ResultSetsSink declared(SqlType... types) {
    List<ResultSetsSpec.Column> cols = new ArrayList<>();
    for (int i = 0; i < types.length; i++) {
      cols.add(new ResultSetsSpec.Column("c" + i, types[i], true));
    }
    return new ResultSetsSink(out, new ResultSetsSpec(List.of(cols)));
  }

  private static ResultColumn column(SqlType t) {
    return new ResultColumn("", t, true);
  }

  private static RowBatch batch(Object[][] rows) {
    return new ListRowBatch(rows, Layout.INT32, Layout.UTF8);
  }

  /** Keeps batches passed whole apart from rows passed one by one. */
  private static final class Recording extends DiscardingSink {
    final List<RowBatch> batches = new ArrayList<>();
    final List<Object[]> rows = new ArrayList<>();

    @Override
    public void row(Object[] values) {
      rows.add(values);
    }

    @Override
    public void rows(RowBatch batch) {
      batches.add(batch);
    }
  }
}
