package dev.quern.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import org.junit.jupiter.api.Test;

/**
 * MIN_ACTIVE_ROWVERSION() across sessions: the incremental-copy pattern ({@code WHERE rv >= @last
 * AND rv < MIN_ACTIVE_ROWVERSION()}) must not pass a row another session has not committed yet.
 */
class MinActiveRowversionTest {
  @Test
  void anotherSessionsOpenTransactionHoldsTheMinimumBackUntilItEnds() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession writer = TestSessions.open(engine);
        EngineSession reader = TestSessions.open(engine)) {
      TestSessions.rows(writer, "CREATE TABLE mar (id int PRIMARY KEY, rv rowversion); INSERT mar (id) VALUES (1)");
      String committed = TestSessions.rows(reader, "SELECT CONVERT(varchar(20), MIN_ACTIVE_ROWVERSION(), 1)").getFirst();
      TestSessions.rows(writer, "BEGIN TRAN; INSERT mar (id) VALUES (2)");
      String held = TestSessions.rows(writer, "SELECT CONVERT(varchar(20), rv, 1) FROM mar WHERE id = 2").getFirst();
      TestSessions.rows(reader, "INSERT mar (id) VALUES (3)"); // commits a higher value meanwhile
      assertThat(TestSessions.rows(reader, "SELECT CONVERT(varchar(20), MIN_ACTIVE_ROWVERSION(), 1)"))
          .containsExactly(held);
      assertThat(held).isEqualTo(committed); // the writer drew the value that was next
      // The copy below the minimum sees row 1 only: row 3 is committed but above a row still open.
      assertThat(TestSessions.rows(reader,
          "SELECT id FROM mar WITH (READPAST) WHERE rv < MIN_ACTIVE_ROWVERSION() ORDER BY id")).containsExactly("1");
      TestSessions.rows(writer, "COMMIT");
      assertThat(TestSessions.rows(reader,
          "SELECT CASE WHEN MIN_ACTIVE_ROWVERSION() = CAST(CAST(@@DBTS AS bigint) + 1 AS binary(8)) THEN 1 ELSE 0 END"))
          .containsExactly("1");
    }
  }
}
