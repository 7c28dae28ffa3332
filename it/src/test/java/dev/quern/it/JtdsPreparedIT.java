package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * jTDS prepared statements in each of its {@code prepareSQL} modes: 0 literals substituted into a
 * batch, 2 sp_executesql, 3 (the default) sp_prepare then sp_execute by ProcID.
 */
class JtdsPreparedIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  @ParameterizedTest(name = "prepareSQL={0}")
  @ValueSource(ints = {0, 2, 3})
  void executesOneStatementManyTimes(int prepareSql) throws SQLException {
    try (Connection c = DriverManager.getConnection(SERVER.jtdsUrl("prepareSQL=" + prepareSql));
        PreparedStatement ps = c.prepareStatement("SELECT ? + 1, ?")) {
      for (int i = 0; i < 200; i++) {
        ps.setInt(1, i);
        ps.setString(2, "run " + i);
        try (ResultSet rs = ps.executeQuery()) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getInt(1)).isEqualTo(i + 1);
          assertThat(rs.getString(2)).isEqualTo("run " + i);
          assertThat(rs.next()).isFalse();
        }
      }
    }
  }

  @ParameterizedTest(name = "prepareSQL={0}")
  @ValueSource(ints = {2, 3})
  void manyDistinctStatementsEachPreparedOnce(int prepareSql) throws SQLException {
    try (Connection c = DriverManager.getConnection(SERVER.jtdsUrl("prepareSQL=" + prepareSql))) {
      for (int n = 0; n < 40; n++) {
        try (PreparedStatement ps = c.prepareStatement("SELECT ? * " + n)) {
          ps.setLong(1, 3);
          try (ResultSet rs = ps.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(3L * n);
          }
        }
      }
    }
  }

  @Test
  void executeBatchSendsManyRpcsInOneMessage() throws SQLException {
    // jTDS joins the calls of a batch with the TDS 7.1 separator 0x80 and reads one DONEPROC
    // (RPCINBATCH) per call.
    try (Connection c = SERVER.connectJtds();
        java.sql.Statement s = c.createStatement()) {
      s.execute("CREATE TABLE dbo.it_jtds_batch (id int PRIMARY KEY)");
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO dbo.it_jtds_batch VALUES (?)")) {
        for (int i = 1; i <= 100; i++) {
          ps.setInt(1, i);
          ps.addBatch();
        }
        assertThat(ps.executeBatch()).hasSize(100).containsOnly(1);
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM dbo.it_jtds_batch")) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getInt(1)).isEqualTo(100);
        }
      } finally {
        s.execute("DROP TABLE dbo.it_jtds_batch");
      }
    }
  }
}
