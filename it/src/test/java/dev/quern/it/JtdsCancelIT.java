package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** jTDS cancels with ATTENTION too (Statement.cancel and setQueryTimeout). Bounds are generous. */
class JtdsCancelIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  private static final Duration BOUND = Duration.ofSeconds(30);

  private static final ScheduledExecutorService CANCELLER = Executors.newSingleThreadScheduledExecutor();

  @AfterAll
  static void stop() {
    CANCELLER.shutdownNow();
  }

  @Test
  void cancelFromAnotherThreadStopsAWaitfor() throws SQLException {
    try (Connection c = SERVER.connectJtds();
        Statement s = c.createStatement()) {
      CANCELLER.schedule(() -> cancel(s), 1, TimeUnit.SECONDS);
      Instant start = Instant.now();
      SQLException e = catchThrowableOfType(SQLException.class, () -> s.execute("WAITFOR DELAY '00:01:00'"));
      // The WAITFOR was stopped: it ends long before its minute.
      assertThat(Duration.between(start, Instant.now())).isLessThan(BOUND);
      if (e != null) {
        assertThat(e.getSQLState()).isEqualTo("HY008");
      }
      // jTDS usually reports HY008 "Statement cancelled", but its cancel() sends ATTENTION before
      // it notes the cancel as pending, and its reader checks that note without the lock: when the
      // cancelled response's last DONE is read in between (a descheduled cancelling thread on a
      // busy machine), execute() returns normally and the ack is dropped with the next request
      // (6 of 200 cancels 5-25 ms into a WAITFOR on a loaded machine; the next statement worked
      // every time). Either way the session must go on working.
      assertSessionWorks(c);
    }
  }

  @Test
  void queryTimeoutStopsAWaitfor() throws SQLException {
    try (Connection c = SERVER.connectJtds();
        Statement s = c.createStatement()) {
      s.setQueryTimeout(2);
      Instant start = Instant.now();
      SQLException e = catchThrowableOfType(SQLException.class, () -> s.execute("WAITFOR DELAY '00:01:00'"));
      assertThat(Duration.between(start, Instant.now())).isLessThan(BOUND);
      assertThat((Throwable) e).isNotNull();
      assertSessionWorks(c);
    }
  }

  private static void assertSessionWorks(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT 1")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(1);
    }
  }

  private static void cancel(Statement s) {
    try {
      s.cancel();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
