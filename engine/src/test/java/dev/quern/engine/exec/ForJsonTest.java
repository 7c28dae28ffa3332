package dev.quern.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.ResultColumn;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a top-level FOR JSON result reaches the client: SQL Server's column name, 2033-character rows. */
class ForJsonTest {
  @Test
  void aLongTextGoesOutInRowsOf2033CharactersThatJoinBackToIt() {
    try (QuernEngine engine = QuernEngine.inMemory(); EngineSession session = TestSessions.open(engine)) {
      CollectingSink sink =
          TestSessions.run(session, "SELECT value AS v, REPLICATE(N'x', 100) AS s FROM GENERATE_SERIES(1, 50) FOR JSON PATH");
      assertThat(sink.errors()).isEmpty();
      List<ResultColumn> columns = sink.events.stream()
          .filter(e -> e instanceof CollectingSink.Columns)
          .map(e -> ((CollectingSink.Columns) e).columns())
          .findFirst()
          .orElseThrow();
      assertThat(columns).singleElement().extracting(ResultColumn::name)
          .isEqualTo("JSON_F52E2B61-18A1-11d1-B105-00805F49916B");

      List<String> chunks = sink.rows().stream().map(r -> (String) r[0]).toList();
      StringBuilder expected = new StringBuilder("[");
      for (int v = 1; v <= 50; v++) {
        expected.append(v > 1 ? "," : "").append("{\"v\":").append(v).append(",\"s\":\"").append("x".repeat(100)).append("\"}");
      }
      expected.append(']');
      assertThat(String.join("", chunks)).isEqualTo(expected.toString());
      assertThat(chunks).hasSize((expected.length() + 2032) / 2033);
      assertThat(chunks.subList(0, chunks.size() - 1)).allSatisfy(c -> assertThat(c).hasSize(2033));
    }
  }
}
