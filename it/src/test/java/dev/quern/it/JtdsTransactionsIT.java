package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Transactions through jTDS's API: {@code SET IMPLICIT_TRANSACTIONS ON} for
 * setAutoCommit(false), {@code IF @@TRANCOUNT > 0 COMMIT/ROLLBACK TRAN} for commit/rollback.
 */
class JtdsTransactionsIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  @Test
  void explicitTransactionMovesTrancount() throws SQLException {
    try (Connection c = SERVER.connectJtds();
        Statement s = c.createStatement()) {
      assertThat(tranCount(c)).isZero();
      s.execute("BEGIN TRAN");
      assertThat(tranCount(c)).isEqualTo(1);
      s.execute("COMMIT TRAN");
      assertThat(tranCount(c)).isZero();
      c.setAutoCommit(false);
      c.rollback();
      c.setAutoCommit(true);
      assertThat(tranCount(c)).isZero();
    }
  }

  @Test
  void rolledBackRowsDisappearAndCommittedRowsStay() throws SQLException {
    try (Connection c = SERVER.connectJtds();
        Connection other = SERVER.connectJtds();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE dbo.it_jtds_tx (id int PRIMARY KEY)");
      try {
        c.setAutoCommit(false);
        s.executeUpdate("INSERT INTO dbo.it_jtds_tx VALUES (1)");
        assertThat(tranCount(c)).isEqualTo(1);
        c.rollback();
        assertThat(rows(c)).isZero();
        assertThat(s.executeUpdate("INSERT INTO dbo.it_jtds_tx VALUES (2)")).isEqualTo(1);
        c.commit();
        assertThat(rows(other)).isEqualTo(1);
      } finally {
        c.setAutoCommit(true);
        s.execute("DROP TABLE dbo.it_jtds_tx");
      }
    }
  }

  private static int rows(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM dbo.it_jtds_tx")) {
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
