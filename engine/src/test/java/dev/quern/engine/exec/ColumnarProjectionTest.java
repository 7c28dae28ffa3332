package dev.quern.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.ColumnarSink;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SqlMessage;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A SELECT over GENERATE_SERIES written by columns into a {@link ColumnarSink} gives what the
 * row-at-a-time plan gives a plain sink: the same columns, values of the same Java classes,
 * NULLs, counts and errors; plans the columnar form does not accept still reach a columnar sink,
 * row by row.
 */
class ColumnarProjectionTest {
  private final QuernEngine engine = QuernEngine.inMemory();
  private final EngineSession session = TestSessions.open(engine);

  @AfterEach
  void close() {
    session.close();
    engine.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // the script-stream benchmark's input
      "SELECT value AS a, CAST(value AS float) AS b, CAST(CONCAT(N'row', value) AS nvarchar(20)) AS c FROM GENERATE_SERIES(1, 5000)",
      "SELECT value FROM GENERATE_SERIES(1, 1)",
      "SELECT value, CONVERT(float, value), CAST(value AS bigint), CAST(value AS int) FROM GENERATE_SERIES(10, -10, -3)",
      "SELECT value, CAST(value AS varchar(30)), CAST(value AS nvarchar(max)) FROM GENERATE_SERIES(-2147483647, -2147483600, 7)",
      "SELECT CAST(value AS float), CONCAT('x', value), CAST(value AS int) FROM GENERATE_SERIES(CAST(-5 AS bigint), CAST(5 AS bigint))",
      // a bigint series that stops where its counter would overflow
      "SELECT value, CONCAT(value, 'x'), CAST(value AS float) FROM GENERATE_SERIES(CAST(9223372036854775800 AS bigint), CAST(9223372036854775807 AS bigint))",
      "SELECT value, CONCAT(value, N'y') FROM GENERATE_SERIES(CAST(-9223372036854775807 AS bigint) - 1, CAST(-9223372036854775800 AS bigint))",
      // text the vector cannot vouch for: non-ASCII, cuts, '*' for a too-short varchar
      "SELECT CONCAT(N'é', value, 'a', NULL, value), CAST(CONCAT(N'é', value) AS nvarchar(3)), CAST(CONCAT(N'é', value) AS varchar(30)) FROM GENERATE_SERIES(1, 30)",
      "SELECT CAST(CONCAT('abc', value) AS varchar(4)), CAST(value AS varchar(1)), CAST(CONCAT(CAST(value AS varchar(1)), 'z') AS nvarchar(2)) FROM GENERATE_SERIES(-3, 3)",
      "SELECT CONCAT(value, 12, N'-', CAST(7 AS bigint), value) AS c FROM GENERATE_SERIES(0, 20, 5)",
      "SELECT TRY_CAST(value AS float), TRY_CONVERT(nvarchar(2), value) FROM GENERATE_SERIES(95, 105)",
      "SELECT value FROM GENERATE_SERIES(5, 1, 1)",
  })
  void givesWhatTheRowPlanGives(String sql) {
    CollectingSink rows = TestSessions.run(session, sql);
    ColumnarCollectingSink columns = new ColumnarCollectingSink();
    session.executeBatch(sql, columns);
    assertThat(rows.errors()).isEmpty();
    assertThat(columns.events).usingRecursiveFieldByFieldElementComparator().isEqualTo(rows.events);
    assertSameClasses(columns.rows(), rows.rows());
    if (!rows.rows().isEmpty()) {
      assertThat(columns.columnarRows).as("rows written by columns").isEqualTo(rows.rows().size());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT CAST(value AS int) FROM GENERATE_SERIES(CAST(2147483640 AS bigint), CAST(2147483650 AS bigint))",
      "SELECT CAST(value AS nvarchar(1)) FROM GENERATE_SERIES(1, 20)",
      "SELECT value FROM GENERATE_SERIES(1, 10, 0)",
  })
  void raisesTheRowPlansError(String sql) {
    CollectingSink rows = TestSessions.run(session, sql);
    ColumnarCollectingSink columns = new ColumnarCollectingSink();
    session.executeBatch(sql, columns);
    assertThat(rows.errors()).isNotEmpty();
    assertThat(columns.errors()).extracting(SqlMessage::number, SqlMessage::text)
        .isEqualTo(rows.errors().stream().map(m -> org.assertj.core.groups.Tuple.tuple(m.number(), m.text())).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT value + 1 FROM GENERATE_SERIES(1, 10)",
      "SELECT UPPER(CONCAT('a', value)) FROM GENERATE_SERIES(1, 10)",
      "SELECT value FROM GENERATE_SERIES(1.5, 4.5, 0.5)",
      "SELECT value FROM GENERATE_SERIES(1, 10) WHERE value > 3",
      "SELECT CAST(value AS char(5)) FROM GENERATE_SERIES(1, 10)",
      "SELECT CONCAT(1.5, value) FROM GENERATE_SERIES(1, 10)",
      "SELECT value, NULL FROM GENERATE_SERIES(1, 10)",
      "SELECT CAST(value AS smallint) FROM GENERATE_SERIES(1, 10)",
  })
  void otherPlansReachAColumnarSinkRowByRow(String sql) {
    CollectingSink rows = TestSessions.run(session, sql);
    ColumnarCollectingSink columns = new ColumnarCollectingSink();
    session.executeBatch(sql, columns);
    assertThat(columns.events).usingRecursiveFieldByFieldElementComparator().isEqualTo(rows.events);
    assertThat(columns.columnarRows).isZero();
  }

  @Test
  void setRowcountLimitsTheColumnarRows() {
    String sql = "SET ROWCOUNT 10; SELECT value, CONCAT('r', value) FROM GENERATE_SERIES(1, 1000); SELECT @@ROWCOUNT";
    CollectingSink rows = TestSessions.run(session, sql);
    ColumnarCollectingSink columns = new ColumnarCollectingSink();
    session.executeBatch(sql, columns);
    assertThat(columns.events).usingRecursiveFieldByFieldElementComparator().isEqualTo(rows.events);
    assertThat(columns.rows()).hasSize(11);
  }

  private static void assertSameClasses(List<Object[]> actual, List<Object[]> expected) {
    for (int r = 0; r < expected.size(); r++) {
      for (int c = 0; c < expected.get(r).length; c++) {
        Object e = expected.get(r)[c];
        assertThat(actual.get(r)[c] == null ? null : actual.get(r)[c].getClass())
            .as("row %d column %d", r, c).isEqualTo(e == null ? null : e.getClass());
      }
    }
  }
}
