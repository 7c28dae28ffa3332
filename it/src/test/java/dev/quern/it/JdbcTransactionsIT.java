package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Transactions through mssql-jdbc's own API. The driver runs them with {@code set
 * implicit_transactions on} and {@code IF @@TRANCOUNT > 0 COMMIT/ROLLBACK TRAN}, and carries the
 * transaction descriptor the server sends in ENVCHANGE 8 on every later request.
 */
class JdbcTransactionsIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  @Test
  void autoCommitSessionHasNoOpenTransaction() throws SQLException {
    try (Connection c = SERVER.connect()) {
      assertThat(c.getAutoCommit()).isTrue();
      assertThat(tranCount(c)).isZero();
    }
  }

  @Test
  void explicitBeginAndCommitInTsqlMoveTrancount() throws SQLException {
    try (Connection c = SERVER.connect();
        Statement s = c.createStatement()) {
      s.execute("BEGIN TRAN");
      assertThat(tranCount(c)).isEqualTo(1);
      s.execute("BEGIN TRAN");
      assertThat(tranCount(c)).isEqualTo(2);
      s.execute("COMMIT TRAN");
      assertThat(tranCount(c)).isEqualTo(1);
      s.execute("ROLLBACK TRAN");
      assertThat(tranCount(c)).isZero();
    }
  }

  @Test
  void savepointOpensATransactionThatRollbackEnds() throws SQLException {
    try (Connection c = SERVER.connect()) {
      c.setAutoCommit(false);
      Savepoint sp = c.setSavepoint("quern_sp");
      assertThat(tranCount(c)).isEqualTo(1);
      c.rollback(sp);
      assertThat(tranCount(c)).isEqualTo(1);
      c.rollback();
      assertThat(tranCount(c)).isZero();
      c.setSavepoint("again");
      c.commit();
      assertThat(tranCount(c)).isZero();
    }
  }

  @Test
  void commitAndRollbackWithNothingOpenAreHarmless() throws SQLException {
    try (Connection c = SERVER.connect()) {
      c.setAutoCommit(false);
      c.commit();
      c.rollback();
      c.setAutoCommit(true);
      assertThat(tranCount(c)).isZero();
    }
  }

  @Test
  void rolledBackRowsDisappearAndCommittedRowsStay() throws SQLException {
    try (Connection c = SERVER.connect();
        Connection other = SERVER.connect();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE dbo.it_tx (id int PRIMARY KEY, v nvarchar(20))");
      try {
        c.setAutoCommit(false);
        s.executeUpdate("INSERT INTO dbo.it_tx VALUES (1, N'rolled back')");
        assertThat(tranCount(c)).isEqualTo(1);
        c.rollback();
        assertThat(tranCount(c)).isZero();
        assertThat(rows(c)).isZero();

        assertThat(s.executeUpdate("INSERT INTO dbo.it_tx VALUES (2, N'committed')")).isEqualTo(1);
        c.commit();
        assertThat(rows(other)).isEqualTo(1);

        s.executeUpdate("INSERT INTO dbo.it_tx VALUES (3, N'by autocommit')");
        c.setAutoCommit(true);
        assertThat(tranCount(c)).isZero();
        assertThat(rows(other)).isEqualTo(2);
      } finally {
        c.setAutoCommit(true);
        s.execute("DROP TABLE dbo.it_tx");
      }
    }
  }

  /**
   * The pessimistic read-then-update pattern through the driver's transaction API: a prepared
   * {@code SELECT … WITH (UPDLOCK)} keeps the row locked until commit, so another connection's
   * UPDATE of it times out (1222); NOLOCK reads go on meanwhile; an unsupported hint is an error,
   * not ignored.
   */
  @Test
  void updlockHoldsTheRowReadUntilCommit() throws SQLException {
    try (Connection c = SERVER.connect();
        Connection other = SERVER.connect();
        Statement s = c.createStatement();
        Statement o = other.createStatement()) {
      s.execute("CREATE TABLE dbo.it_updlock (id int PRIMARY KEY, v int)");
      try {
        s.executeUpdate("INSERT INTO dbo.it_updlock VALUES (1, 10), (2, 20)");
        c.setAutoCommit(false);
        try (java.sql.PreparedStatement read =
            c.prepareStatement("SELECT v FROM dbo.it_updlock WITH (UPDLOCK, ROWLOCK) WHERE id = ?")) {
          read.setInt(1, 1);
          try (ResultSet rs = read.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(10);
          }
        }
        o.execute("SET LOCK_TIMEOUT 100");
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(
                SQLException.class, () -> o.executeUpdate("UPDATE dbo.it_updlock SET v = 11 WHERE id = 1"))
            .getErrorCode()).isEqualTo(1222);
        try (ResultSet rs = o.executeQuery("SELECT SUM(v) FROM dbo.it_updlock WITH (NOLOCK)")) {
          rs.next();
          assertThat(rs.getInt(1)).isEqualTo(30);
        }
        // READPAST leaves out the row c holds; NOWAIT does not wait for it.
        try (ResultSet rs = o.executeQuery("SELECT id FROM dbo.it_updlock WITH (READPAST) ORDER BY id")) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getInt(1)).isEqualTo(2);
          assertThat(rs.next()).isFalse();
        }
        o.execute("SET LOCK_TIMEOUT -1");
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(
                SQLException.class, () -> {
                  try (ResultSet rs = o.executeQuery("SELECT v FROM dbo.it_updlock WITH (UPDLOCK, NOWAIT)")) {
                    while (rs.next()) {
                      // the error comes with the row c holds
                    }
                  }
                })
            .getErrorCode()).isEqualTo(1222);
        assertThat(o.executeUpdate("UPDATE dbo.it_updlock SET v = 21 WHERE id = 2")).isEqualTo(1);
        s.executeUpdate("UPDATE dbo.it_updlock SET v = 12 WHERE id = 1");
        c.commit();
        assertThat(o.executeUpdate("UPDATE dbo.it_updlock SET v = v + 1 WHERE id = 1")).isEqualTo(1);
      } finally {
        c.setAutoCommit(true);
        s.execute("DROP TABLE dbo.it_updlock");
      }
    }
  }

  private static int rows(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM dbo.it_tx")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static int tranCount(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT @@TRANCOUNT")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
