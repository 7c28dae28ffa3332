package dev.quern.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SqlMessage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * MERGE's own errors as SQL Server sends them: 10713 (severity 15) is a parse error, so nothing of
 * the batch runs; 8672 (severity 16) ends the statement only, with nothing of it left behind.
 */
class MergeErrorsTest {
  private static final String TABLES =
      "CREATE TABLE t (id int PRIMARY KEY, v int) INSERT t VALUES (1, 0), (2, 0)";

  @Test
  void aMissingSemicolonIsAParseErrorOfTheWholeBatch() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession s = TestSessions.open(engine)) {
      TestSessions.run(s, TABLES);
      CollectingSink sink = TestSessions.run(s,
          "UPDATE t SET v = 5\nMERGE t USING (VALUES (1)) s (id) ON t.id = s.id\nWHEN MATCHED THEN DELETE");
      assertThat(sink.errors()).singleElement().satisfies(e -> {
        assertThat(e.number()).isEqualTo(10713);
        assertThat(e.severity()).isEqualTo(15);
        assertThat(e.state()).isEqualTo(1);
      });
      assertThat(TestSessions.run(s, "SELECT SUM(v), COUNT(*) FROM t").rows().getFirst()).containsExactly(0, 2);
    }
  }

  @Test
  void aTargetRowMatchedTwiceEndsOnlyTheStatement() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession s = TestSessions.open(engine)) {
      TestSessions.run(s, TABLES);
      CollectingSink sink = TestSessions.run(s,
          "MERGE t USING (VALUES (2, 7), (1, 8), (1, 9)) s (id, v) ON t.id = s.id"
              + " WHEN MATCHED THEN UPDATE SET v = s.v;\nSELECT SUM(v) FROM t");
      List<SqlMessage> errors = sink.errors();
      assertThat(errors).singleElement().satisfies(e -> {
        assertThat(e.number()).isEqualTo(8672);
        assertThat(e.severity()).isEqualTo(16);
        assertThat(e.state()).isEqualTo(1);
      });
      assertThat(sink.rows().stream().map(Arrays::asList).toList()).containsExactly(List.of(0));
    }
  }
}
