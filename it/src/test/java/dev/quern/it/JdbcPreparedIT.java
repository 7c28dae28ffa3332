package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Prepared statements through mssql-jdbc: the first execution goes out as sp_executesql, the
 * second as sp_prepexec (handle returned after RETURNSTATUS), later ones as sp_execute with that
 * handle, and discarded handles are released with sp_unprepare batches.
 */
class JdbcPreparedIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  @ParameterizedTest(name = "prepareMethod={0}")
  @ValueSource(strings = {"prepexec", "prepare", "none"})
  void executesOneStatementManyTimes(String prepareMethod) throws SQLException {
    try (Connection c = SERVER.connect("encrypt=true;trustServerCertificate=true;prepareMethod=" + prepareMethod);
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

  @Test
  void interleavedStatementsKeepTheirOwnHandles() throws SQLException {
    try (Connection c = SERVER.connect();
        PreparedStatement twice = c.prepareStatement("SELECT ? * 2");
        PreparedStatement negate = c.prepareStatement("SELECT -CAST(? AS bigint)")) {
      for (int i = 1; i <= 50; i++) {
        twice.setInt(1, i);
        negate.setLong(1, i);
        assertThat(single(twice)).isEqualTo(2L * i);
        assertThat(single(negate)).isEqualTo(-i);
      }
    }
  }

  @Test
  void manyStatementsPreparedAndClosedReleaseTheirHandles() throws SQLException {
    // Every 10 discarded handles mssql-jdbc sends one batch of "EXEC sp_unprepare <h>;...".
    try (Connection c = SERVER.connect()) {
      for (int n = 0; n < 40; n++) {
        try (PreparedStatement ps = c.prepareStatement("SELECT ? + " + n)) {
          for (int i = 0; i < 3; i++) {
            ps.setInt(1, i);
            assertThat(single(ps)).isEqualTo(i + n);
          }
        }
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT ?")) {
        ps.setInt(1, 7);
        assertThat(single(ps)).isEqualTo(7);
      }
    }
  }

  @Test
  void bindsManyParametersOfMixedTypes() throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT ?");
    for (int i = 1; i < 100; i++) {
      sql.append(", ?");
    }
    try (Connection c = SERVER.connect();
        PreparedStatement ps = c.prepareStatement(sql.toString())) {
      for (int run = 0; run < 3; run++) {
        for (int i = 1; i <= 100; i++) {
          if (i % 2 == 0) {
            ps.setInt(i, i * run);
          } else {
            ps.setString(i, "p" + i + "r" + run);
          }
        }
        try (ResultSet rs = ps.executeQuery()) {
          assertThat(rs.next()).isTrue();
          for (int i = 1; i <= 100; i++) {
            assertThat(rs.getString(i)).isEqualTo(i % 2 == 0 ? Integer.toString(i * run) : "p" + i + "r" + run);
          }
        }
      }
    }
  }

  @Test
  void executeBatchSendsManyRpcsInOneMessage() throws SQLException {
    // After the first row, mssql-jdbc sends every sp_execute of the batch in one RPC message
    // (0xFF separators) and reads one DONEPROC with RPCINBATCH per call.
    try (Connection c = SERVER.connect();
        java.sql.Statement s = c.createStatement()) {
      s.execute("CREATE TABLE dbo.it_jdbc_batch (id int PRIMARY KEY, v nvarchar(20))");
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO dbo.it_jdbc_batch VALUES (?, ?)")) {
        for (int i = 1; i <= 100; i++) {
          ps.setInt(1, i);
          ps.setString(2, "v" + i);
          ps.addBatch();
        }
        int[] counts = ps.executeBatch();
        assertThat(counts).hasSize(100).containsOnly(1);
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(id) FROM dbo.it_jdbc_batch")) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getInt(1)).isEqualTo(100);
          assertThat(rs.getInt(2)).isEqualTo(5050);
        }
      } finally {
        s.execute("DROP TABLE dbo.it_jdbc_batch");
      }
    }
  }

  private static long single(PreparedStatement ps) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      assertThat(rs.next()).isTrue();
      long value = rs.getLong(1);
      assertThat(rs.next()).isFalse();
      return value;
    }
  }
}
