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

  @Test
  void aBatchWhoseMiddleRowViolatesThePrimaryKeyFailsThatRowAlone() throws SQLException {
    // Each RPC of the batch is its own statement: the duplicate fails with 2627 and is undone
    // alone, the RPCs after it still run, and the transaction keeps every other row.
    try (Connection c = SERVER.connect();
        java.sql.Statement s = c.createStatement()) {
      s.execute("CREATE TABLE dbo.it_jdbc_batch_dup (id int PRIMARY KEY, k int NOT NULL, v nvarchar(20))");
      s.execute("CREATE INDEX ix_it_jdbc_batch_dup_k ON dbo.it_jdbc_batch_dup (k)");
      s.execute("INSERT dbo.it_jdbc_batch_dup VALUES (500, -1, 'before')");
      c.setAutoCommit(false);
      try (PreparedStatement ps =
          c.prepareStatement("INSERT INTO dbo.it_jdbc_batch_dup (id, k, v) VALUES (?, ?, ?)")) {
        for (int i = 1; i <= 1000; i++) {
          ps.setInt(1, i);
          ps.setInt(2, i % 7);
          ps.setString(3, "v" + i);
          ps.addBatch();
        }
        java.sql.BatchUpdateException e =
            org.assertj.core.api.Assertions.catchThrowableOfType(
                java.sql.BatchUpdateException.class, ps::executeBatch);
        assertThat((Throwable) e).isNotNull();
        assertThat(e.getErrorCode()).isEqualTo(2627);
        assertThat(e.getMessage())
            .startsWith("Violation of PRIMARY KEY constraint")
            .contains("The duplicate key value is (500)");
        int[] counts = e.getUpdateCounts();
        assertThat(counts).hasSize(1000);
        for (int i = 0; i < counts.length; i++) {
          assertThat(counts[i]).as("update count %d", i).isEqualTo(i == 499 ? java.sql.Statement.EXECUTE_FAILED : 1);
        }
        c.commit();
        try (ResultSet rs = s.executeQuery(
            "SELECT COUNT(*), SUM(CAST(id AS bigint)) FROM dbo.it_jdbc_batch_dup")) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getInt(1)).isEqualTo(1000);
          assertThat(rs.getLong(2)).isEqualTo(500500L);
        }
        try (ResultSet rs = s.executeQuery("SELECT k, v FROM dbo.it_jdbc_batch_dup WHERE id = 500")) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getInt(1)).isEqualTo(-1);
          assertThat(rs.getString(2)).isEqualTo("before");
        }
        try (ResultSet rs = s.executeQuery(
            "SELECT COUNT(*) FROM dbo.it_jdbc_batch_dup WHERE k = 3")) {
          // Through the index on k: ids 3, 10, …, 997 but not the failed 500 (whose k would be 3).
          assertThat(rs.next()).isTrue();
          assertThat(rs.getInt(1)).isEqualTo(142);
        }
      } finally {
        c.setAutoCommit(true);
        s.execute("DROP TABLE dbo.it_jdbc_batch_dup");
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
