package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Cancelling through mssql-jdbc sends ATTENTION: a {@code WAITFOR DELAY '00:01:00'} stops long
 * before its minute is up, and the session keeps working. Time bounds are generous on purpose:
 * they only tell "cancelled" from "ran to the end".
 */
class JdbcCancelIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  /** Far below the minute the WAITFOR would take, far above any scheduling hiccup. */
  private static final Duration BOUND = Duration.ofSeconds(30);

  private static final ScheduledExecutorService CANCELLER = Executors.newSingleThreadScheduledExecutor();

  @AfterAll
  static void stop() {
    CANCELLER.shutdownNow();
  }

  @Test
  void cancelFromAnotherThreadStopsAWaitfor() throws SQLException {
    try (Connection c = SERVER.connect();
        Statement s = c.createStatement()) {
      CANCELLER.schedule(() -> cancel(s), 1, TimeUnit.SECONDS);
      Instant start = Instant.now();
      SQLException e = catchThrowableOfType(SQLException.class, () -> s.execute("WAITFOR DELAY '00:01:00'"));
      assertThat(Duration.between(start, Instant.now())).isLessThan(BOUND);
      assertThat((Throwable) e).isNotNull();
      assertThat(e.getMessage()).isEqualTo("The query was canceled.");
      assertSessionWorks(c);
    }
  }

  @Test
  void queryTimeoutStopsAWaitfor() throws SQLException {
    try (Connection c = SERVER.connect();
        Statement s = c.createStatement()) {
      s.setQueryTimeout(2);
      Instant start = Instant.now();
      SQLTimeoutException e = catchThrowableOfType(SQLTimeoutException.class, () -> s.execute("WAITFOR DELAY '00:01:00'"));
      assertThat(Duration.between(start, Instant.now())).isLessThan(BOUND);
      assertThat((Throwable) e).isNotNull();
      assertThat(e.getMessage()).isEqualTo("The query has timed out.");
      assertSessionWorks(c);
    }
  }

  @Test
  void cancelStopsAStreamingResult() throws SQLException {
    try (Connection c = SERVER.connect();
        Statement s = c.createStatement()) {
      Instant start = Instant.now();
      try (ResultSet rs = s.executeQuery("SELECT value FROM GENERATE_SERIES(1, 100000000)")) {
        for (int i = 0; i < 1_000; i++) {
          assertThat(rs.next()).isTrue();
        }
        s.cancel();
      } catch (SQLException expectedWhenTheCancelLandsMidRead) {
        assertThat(expectedWhenTheCancelLandsMidRead.getMessage()).isEqualTo("The query was canceled.");
      }
      assertThat(Duration.between(start, Instant.now())).isLessThan(BOUND);
      assertSessionWorks(c);
    }
  }

  @Test
  void cancelledSessionCanBeCancelledAgain() throws SQLException {
    try (Connection c = SERVER.connect("encrypt=false")) {
      for (int i = 0; i < 3; i++) {
        try (Statement s = c.createStatement()) {
          CANCELLER.schedule(() -> cancel(s), 500, TimeUnit.MILLISECONDS);
          SQLException e = catchThrowableOfType(SQLException.class, () -> s.execute("WAITFOR DELAY '00:01:00'"));
          assertThat((Throwable) e).isNotNull();
        }
        assertSessionWorks(c);
      }
    }
  }

  /**
   * A query timeout ends xp_cmdshell's command and everything the shell started: no process of
   * the command outlives the request.
   */
  @Test
  void queryTimeoutKillsACommandShell() throws Exception {
    String marker = "sleep 617";
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("EXEC sp_configure 'show advanced options', 1; RECONFIGURE; EXEC sp_configure 'xp_cmdshell', 1; RECONFIGURE");
      try {
        s.setQueryTimeout(2);
        Instant start = Instant.now();
        SQLTimeoutException e = catchThrowableOfType(SQLTimeoutException.class,
            () -> s.execute("EXEC xp_cmdshell '" + marker + "; echo never'"));
        assertThat(Duration.between(start, Instant.now())).isLessThan(BOUND);
        assertThat((Throwable) e).isNotNull();
        Instant deadline = Instant.now().plus(BOUND);
        while (running(marker) && Instant.now().isBefore(deadline)) {
          Thread.sleep(50);
        }
        assertThat(running(marker)).as("the shell's child process was killed").isFalse();
        s.setQueryTimeout(0);
        assertSessionWorks(c);
      } finally {
        s.execute("EXEC sp_configure 'xp_cmdshell', 0; RECONFIGURE");
      }
    }
  }

  private static boolean running(String commandLine) {
    return ProcessHandle.allProcesses()
        .anyMatch(p -> p.info().commandLine().map(l -> l.contains(commandLine)).orElse(false));
  }

  /**
   * A statement blocked on another session's row lock (LOCK_TIMEOUT -1, the default) waits past
   * a second, shows as an LCK_M_X wait, and the client's query timeout still ends it.
   */
  @Test
  void queryTimeoutStopsAnUpdateBlockedOnARowLock() throws Exception {
    try (Connection holder = SERVER.connect(); Statement h = holder.createStatement();
        Connection blocked = SERVER.connect(); Statement b = blocked.createStatement();
        Connection dba = SERVER.connect(); Statement watch = dba.createStatement()) {
      h.execute("CREATE TABLE lockwait (id int PRIMARY KEY, v int NOT NULL) INSERT lockwait VALUES (1, 0)");
      holder.setAutoCommit(false);
      h.executeUpdate("UPDATE lockwait SET v = 1 WHERE id = 1");
      int spid;
      try (ResultSet rs = b.executeQuery("SELECT @@SPID")) {
        rs.next();
        spid = rs.getInt(1);
      }
      b.setQueryTimeout(3);
      var outcome = java.util.concurrent.CompletableFuture.supplyAsync(
          () -> catchThrowableOfType(SQLTimeoutException.class, () -> b.executeUpdate("UPDATE lockwait SET v = 2 WHERE id = 1")));
      String waitType = null;
      for (int i = 0; i < 200 && waitType == null && !outcome.isDone(); i++) {
        try (ResultSet rs = watch.executeQuery(
            "SELECT wait_type FROM sys.dm_exec_requests WHERE session_id = " + spid + " AND status = 'suspended'")) {
          waitType = rs.next() ? rs.getString(1) : null;
        }
        Thread.sleep(20);
      }
      assertThat(waitType).isEqualTo("LCK_M_X");
      SQLTimeoutException e = outcome.get(60, TimeUnit.SECONDS);
      assertThat((Throwable) e).as("the blocked UPDATE timed out on the client's query timeout").isNotNull();
      holder.commit();
      assertSessionWorks(blocked);
      try (ResultSet rs = watch.executeQuery("SELECT v FROM lockwait")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(1);
      }
      h.execute("DROP TABLE lockwait");
      holder.commit();
    }
  }

  private static void assertSessionWorks(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT 1, @@TRANCOUNT")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(1);
      assertThat(rs.getInt(2)).isZero();
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
