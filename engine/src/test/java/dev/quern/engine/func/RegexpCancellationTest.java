package dev.quern.engine.func;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** ATTENTION stops one long REGEXP_* evaluation in the middle of its match, not after it. */
class RegexpCancellationTest {
  @Test
  void cancelStopsALongMatch() throws Exception {
    try (QuernEngine engine = QuernEngine.inMemory(); EngineSession session = TestSessions.open(engine)) {
      CountDownLatch started = new CountDownLatch(1);
      CollectingSink sink = new CollectingSink() {
        @Override
        public void message(dev.quern.engine.api.SqlMessage m) {
          super.message(m);
          started.countDown();
        }
      };
      // A variable, so the call is not folded while the batch compiles. Linear, but a 1000-state program over 4 million characters is about a minute of matching.
      Thread request = Thread.ofVirtual().start(() -> session.executeBatch(
          "DECLARE @s varchar(max) = REPLICATE(CAST('a' AS varchar(max)), 4000000)\nPRINT 'matching'\n"
              + "SELECT REGEXP_COUNT(@s, '[ab]{1000}c')", sink));
      started.await();
      // Let the SELECT get into its match, so the cancel lands inside it rather than between statements.
      Thread.sleep(2000);
      session.cancel();
      // A bound on the join, not a timing assertion: without the cancel checks this takes a minute.
      assertThat(request.join(Duration.ofSeconds(30))).isTrue();
      assertThat(session.wasCancelled()).isTrue();
      assertThat(sink.rows()).isEmpty();

      CollectingSink next = TestSessions.run(session, "SELECT REGEXP_COUNT('banana', 'an')");
      assertThat(next.rows()).hasSize(1);
    }
  }
}
