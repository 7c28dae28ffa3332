package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Query shapes that are costly to compile, through mssql-jdbc: a query timeout or a KILL ends a
 * request still being compiled, and a request that runs out of stack answers 8631 (191 from the
 * parser), on a batch or a prepared statement, the session going on. Time bounds only tell
 * "stopped" from "ran to the end".
 */
class JdbcCompileLimitsIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  private static final Duration BOUND = Duration.ofSeconds(60);

  /**
   * Common table expressions each reading the one before twice: inlined, {@code depth} levels
   * bind about 3 * 2^(depth-1) sources (seconds of binding at 19), then the result is crossed
   * with a billion rows, so that whichever the cancel meets, binding or running, it ends a
   * request that would otherwise run for many minutes.
   */
  private static String costlyQuery(int depth) {
    StringBuilder sql = new StringBuilder("WITH c0 AS (SELECT 1 AS v)");
    for (int i = 1; i < depth; i++) {
      sql.append(", c").append(i).append(" AS (SELECT x.v FROM c").append(i - 1).append(" x JOIN c")
          .append(i - 1).append(" y ON x.v = y.v)");
    }
    return sql.append(" SELECT COUNT_BIG(*) FROM c").append(depth - 1)
        .append(" CROSS JOIN GENERATE_SERIES(1, 1000000000)").toString();
  }

  @Test
  void queryTimeoutEndsARequestBeingCompiled() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.setQueryTimeout(1);
      Instant start = Instant.now();
      SQLTimeoutException e = catchThrowableOfType(SQLTimeoutException.class, () -> s.execute(costlyQuery(19)));
      assertThat(Duration.between(start, Instant.now())).isLessThan(BOUND);
      assertThat((Throwable) e).isNotNull();
      assertThat(e.getMessage()).isEqualTo("The query has timed out.");
      s.setQueryTimeout(0);
      assertSessionWorks(c);
    }
  }

  @Test
  void killFromAnotherSessionEndsARequestBeingCompiled() throws Exception {
    try (Connection victim = SERVER.connect(); Connection dba = SERVER.connect(); Statement d = dba.createStatement()) {
      int spid = spid(victim);
      CompletableFuture<Throwable> running = CompletableFuture.supplyAsync(() -> {
        try (Statement s = victim.createStatement()) {
          s.execute(costlyQuery(19));
          return null;
        } catch (SQLException e) {
          return e;
        }
      });
      awaitRequest(d, spid);
      d.execute("KILL " + spid);
      assertThat(running.get(BOUND.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)).isInstanceOf(SQLException.class);
      assertSessionWorks(dba);
    }
  }

  @Test
  void stackOverflowWhileBindingABatchAnswers8631() throws SQLException {
    String sql = "SELECT TOP 1 name FROM sys.all_objects WHERE object_id" + " + 1".repeat(100_000) + " > 0";
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      SQLException e = catchThrowableOfType(SQLException.class, () -> s.executeQuery(sql));
      assertThat(e.getErrorCode()).isEqualTo(8631);
      assertThat(e.getMessage()).isEqualTo("Internal error: Server stack limit has been reached."
          + " Please look for potentially deep nesting in your query, and try to simplify it.");
      assertSessionWorks(c);
    }
  }

  @Test
  void stackOverflowInAPreparedStatementAnswers8631() throws SQLException {
    String sql = "SELECT TOP 1 name FROM sys.all_objects WHERE object_id = ?" + " + 1".repeat(100_000);
    try (Connection c = SERVER.connect(); PreparedStatement p = c.prepareStatement(sql)) {
      p.setInt(1, 5);
      SQLException e = catchThrowableOfType(SQLException.class, p::executeQuery);
      assertThat(e.getErrorCode()).isEqualTo(8631);
      assertSessionWorks(c);
    }
  }

  @Test
  void nestingTooDeepForTheParserAnswers191() throws SQLException {
    String sql = "SELECT name FROM sys.all_objects WHERE object_id = " + "(".repeat(50_000) + "1" + ")".repeat(50_000);
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      SQLException e = catchThrowableOfType(SQLException.class, () -> s.executeQuery(sql));
      assertThat(e.getErrorCode()).isEqualTo(191);
      assertSessionWorks(c);
    }
  }

  @Test
  void nestedDerivedTablesAndLongNamesThroughTheDriver() throws SQLException {
    String nested = "SELECT TOP 1 name FROM sys.all_objects ORDER BY name";
    for (int i = 0; i < 40; i++) {
      nested = "SELECT * FROM (" + nested + ") x";
    }
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery(nested)) {
        assertThat(rs.next()).isTrue();
      }
      SQLException e = catchThrowableOfType(SQLException.class, () -> s.executeQuery("SELECT 1 AS " + "n".repeat(129)));
      assertThat(e.getErrorCode()).isEqualTo(103);
      assertSessionWorks(c);
    }
  }

  private static int spid(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT @@SPID")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** Until {@code spid} has a request running. */
  private static void awaitRequest(Statement d, int spid) throws Exception {
    for (int i = 0; i < 1_000; i++) {
      try (ResultSet rs = d.executeQuery("SELECT 1 FROM sys.dm_exec_requests WHERE session_id = " + spid)) {
        if (rs.next()) {
          return;
        }
      }
      Thread.sleep(10);
    }
    throw new AssertionError("session " + spid + " never ran its request");
  }

  private static void assertSessionWorks(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 42")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(42);
    }
  }
}
