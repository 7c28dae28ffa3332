package dev.quern.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SqlMessage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A table or column that does not resolve when its statement first runs (deferred name
 * resolution) ends the batch or procedure it is in, as in SQL Server: a TRY…CATCH in that same
 * batch or procedure does not catch it, the caller of a procedure goes on after its EXEC, and a
 * TRY around the EXEC catches it.
 */
class DeferredNameResolutionTest {
  private static List<String> rows(CollectingSink sink) {
    List<String> out = new ArrayList<>();
    for (CollectingSink.Event e : sink.events) {
      if (e instanceof CollectingSink.Row r) {
        out.add(String.valueOf(r.values()[0]));
      }
    }
    return out;
  }

  private static List<Integer> errors(CollectingSink sink) {
    return sink.errors().stream().map(SqlMessage::number).toList();
  }

  @Test
  void aMissingTableEndsTheBatchAndItsTryDoesNotCatchIt() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession s = TestSessions.open(engine)) {
      CollectingSink plain = TestSessions.run(s, "SELECT 'before'; SELECT * FROM no_such_table; SELECT 'after'");
      assertThat(rows(plain)).containsExactly("before");
      assertThat(errors(plain)).containsExactly(208);

      CollectingSink tried = TestSessions.run(s,
          "BEGIN TRY SELECT * FROM no_such_table; END TRY BEGIN CATCH SELECT 'caught'; END CATCH; SELECT 'after'");
      assertThat(rows(tried)).isEmpty();
      assertThat(errors(tried)).containsExactly(208);

      TestSessions.rows(s, "CREATE TABLE has_cols (a int)");
      CollectingSink column = TestSessions.run(s,
          "BEGIN TRY SELECT no_such_column FROM has_cols; END TRY BEGIN CATCH SELECT 'caught'; END CATCH; SELECT 'after'");
      assertThat(rows(column)).isEmpty();
      assertThat(errors(column)).containsExactly(207);
    }
  }

  @Test
  void aProcedureEndsButItsCallerGoesOnOrCatchesIt() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession s = TestSessions.open(engine)) {
      TestSessions.rows(s, "CREATE PROCEDURE p_missing AS BEGIN SELECT 'in p'; "
          + "BEGIN TRY INSERT INTO no_such_table VALUES (1); END TRY BEGIN CATCH SELECT 'caught in p'; END CATCH; "
          + "SELECT 'end of p'; END");
      CollectingSink called = TestSessions.run(s, "EXEC p_missing; SELECT @@ERROR; SELECT 'after'");
      assertThat(rows(called)).containsExactly("in p", "208", "after");
      assertThat(errors(called)).containsExactly(208);

      CollectingSink tried = TestSessions.run(s,
          "BEGIN TRY EXEC p_missing; END TRY BEGIN CATCH SELECT CONCAT('caught ', ERROR_NUMBER(), ' ', ERROR_PROCEDURE()); END CATCH");
      assertThat(rows(tried)).containsExactly("in p", "caught 208 p_missing");
      assertThat(errors(tried)).isEmpty();
    }
  }

  @Test
  void otherErrorsAreCaughtAsBefore() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession s = TestSessions.open(engine)) {
      CollectingSink tried = TestSessions.run(s,
          "BEGIN TRY SELECT 1 / 0; END TRY BEGIN CATCH SELECT 'caught'; END CATCH; SELECT 'after'");
      assertThat(rows(tried)).containsExactly("caught", "after");
    }
  }
}
