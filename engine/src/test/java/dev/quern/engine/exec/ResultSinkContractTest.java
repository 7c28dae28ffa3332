package dev.quern.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.CollectingSink;
import dev.quern.engine.CollectingSink.Columns;
import dev.quern.engine.CollectingSink.Done;
import dev.quern.engine.CollectingSink.Message;
import dev.quern.engine.CollectingSink.Row;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.SqlMessage;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The order and shape of what a batch reports: columns → rows → done, messages, counts. */
class ResultSinkContractTest {
  private final QuernEngine engine = QuernEngine.inMemory();
  private final EngineSession session = TestSessions.open(engine);

  @AfterEach
  void close() {
    session.close();
    engine.close();
  }

  @Test
  void selectReportsColumnsRowsThenDoneWithCount() {
    CollectingSink sink = TestSessions.run(session, "SELECT 1 AS a, N'x' AS b");
    assertThat(sink.events).hasSize(3);
    assertThat(sink.events.get(0))
        .isEqualTo(new Columns(List.of(
            new ResultColumn("a", SqlTypes.INT, false),
            new ResultColumn("b", dev.quern.catalog.type.SqlType.ofLength(dev.quern.catalog.type.TypeId.NVARCHAR, 1), false))));
    assertThat(((Row) sink.events.get(1)).values()).containsExactly(1, "x");
    assertThat(sink.events.get(2)).isEqualTo(new Done(1, false));
  }

  @Test
  void nocountOnReportsNoCounts() {
    CollectingSink sink = TestSessions.run(session, "SET NOCOUNT ON SELECT value FROM GENERATE_SERIES(1, 3)");
    assertThat(sink.events).filteredOn(e -> e instanceof Done).allMatch(d -> ((Done) d).count() == -1);
  }

  @Test
  void printIsAnInformationalMessageNumberZero() {
    CollectingSink sink = TestSessions.run(session, "PRINT 'hi'");
    SqlMessage m = ((Message) sink.events.getFirst()).message();
    assertThat(m.number()).isZero();
    assertThat(m.severity()).isZero();
    assertThat(m.text()).isEqualTo("hi");
  }

  @Test
  void anErrorIsAMessageThenADoneWithoutCount() {
    CollectingSink sink = TestSessions.run(session, "SELECT 1 / 0");
    int error = -1;
    for (int i = 0; i < sink.events.size(); i++) {
      if (sink.events.get(i) instanceof Message m && m.message().isError()) {
        error = i;
      }
    }
    assertThat(error).isGreaterThanOrEqualTo(0);
    assertThat(sink.events.get(error + 1)).isEqualTo(new Done(-1, false));
    SqlMessage m = sink.errors().getFirst();
    assertThat(m.severity()).isEqualTo(16);
    assertThat(m.state()).isEqualTo(1);
    assertThat(m.lineNumber()).isEqualTo(1);
  }

  @Test
  void errorsCarryTheLineOfTheirStatement() {
    CollectingSink sink = TestSessions.run(session, "PRINT 1\nPRINT 2\nSELECT 1 / 0");
    assertThat(sink.errors().getFirst().lineNumber()).isEqualTo(3);
  }

  @Test
  void statementsInsideExecutesqlAreInProc() {
    CollectingSink sink = TestSessions.run(session, "EXEC sp_executesql N'SELECT 1'");
    assertThat(sink.events).contains(new Done(1, true));
    assertThat(sink.events).anyMatch(e -> e instanceof CollectingSink.Status s && s.status() == 0);
  }

  @Test
  void repeatedBatchesReuseTheirPlan() {
    for (int i = 0; i < 3; i++) {
      CollectingSink sink = TestSessions.run(session, "DECLARE @i int = " + 5 + " SELECT @i + 1");
      assertThat(sink.rows().getFirst()[0]).isEqualTo(6);
    }
  }
}
