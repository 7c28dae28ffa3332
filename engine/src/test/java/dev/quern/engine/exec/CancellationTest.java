package dev.quern.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** ATTENTION: cancel() from another thread stops a running request, and the session goes on. */
class CancellationTest {
  @Test
  void cancelStopsWaitforAndTheSessionStaysUsable() throws Exception {
    try (QuernEngine engine = QuernEngine.inMemory(); EngineSession session = TestSessions.open(engine)) {
      CollectingSink sink = new CollectingSink() {
        @Override
        public void message(dev.quern.engine.api.SqlMessage m) {
          super.message(m);
          started.countDown();
        }
      };
      Thread request = Thread.ofVirtual().start(() ->
          session.executeBatch("PRINT 'waiting'\nWAITFOR DELAY '00:01:00'\nPRINT 'not reached'", sink));
      started.await();
      session.cancel();
      // A bound on the join, not a timing assertion: without cancel this would take a minute.
      assertThat(request.join(Duration.ofSeconds(30))).isTrue();
      assertThat(session.wasCancelled()).isTrue();
      assertThat(sink.errors()).isEmpty();
      assertThat(sink.messages()).extracting(m -> m.text()).containsExactly("waiting");

      CollectingSink next = TestSessions.run(session, "SELECT 1");
      assertThat(session.wasCancelled()).isFalse();
      assertThat(next.rows()).hasSize(1);
    }
  }

  private final CountDownLatch started = new CountDownLatch(1);

  @Test
  void cancelStopsALongResult() throws Exception {
    try (QuernEngine engine = QuernEngine.inMemory(); EngineSession session = TestSessions.open(engine)) {
      CountDownLatch firstRow = new CountDownLatch(1);
      CollectingSink sink = new CollectingSink() {
        @Override
        public void row(Object[] values) {
          firstRow.countDown();
        }
      };
      Thread request = Thread.ofVirtual().start(() ->
          session.executeBatch("SELECT value FROM GENERATE_SERIES(CAST(1 AS bigint), CAST(9000000000000 AS bigint))", sink));
      firstRow.await();
      session.cancel();
      assertThat(request.join(Duration.ofSeconds(30))).isTrue();
      assertThat(session.wasCancelled()).isTrue();
    }
  }
}
