package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.it.support.QuernServer;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Application locks through mssql-jdbc the way tools take them (EF Core's migration lock, job
 * schedulers): sp_getapplock as an RPC with its return status, a session-owned lock that keeps a
 * second connection out until released or until the first connection closes, and a
 * transaction-owned one that ends with the driver's commit.
 */
class JdbcAppLockIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  private static int getAppLock(Connection c, String resource, String mode, String owner, int timeoutMs)
      throws SQLException {
    try (CallableStatement cs = c.prepareCall("{? = call sp_getapplock(?, ?, ?, ?)}")) {
      cs.registerOutParameter(1, Types.INTEGER);
      cs.setString(2, resource);
      cs.setString(3, mode);
      cs.setString(4, owner);
      cs.setInt(5, timeoutMs);
      cs.execute();
      return cs.getInt(1);
    }
  }

  @Test
  void aSessionLockKeepsOthersOutUntilReleasedOrDisconnected() throws SQLException {
    try (Connection other = SERVER.connect()) {
      try (Connection owner = SERVER.connect()) {
        assertThat(getAppLock(owner, "__MigrationsLock", "Exclusive", "Session", 0)).isZero();
        assertThat(getAppLock(other, "__MigrationsLock", "Exclusive", "Session", 0)).isEqualTo(-1);
        try (Statement s = owner.createStatement()) {
          s.execute("EXEC sp_releaseapplock @Resource = '__MigrationsLock', @LockOwner = 'Session'");
        }
        assertThat(getAppLock(other, "__MigrationsLock", "Shared", "Session", 0)).isZero();
        try (Statement s = other.createStatement()) {
          s.execute("EXEC sp_releaseapplock @Resource = '__MigrationsLock', @LockOwner = 'Session'");
        }
        assertThat(getAppLock(owner, "__MigrationsLock", "Exclusive", "Session", 0)).isZero();
      }
      // The owner's connection closed: its session, and with it the lock, goes — as the server
      // notices the disconnect, so the request may wait for that a moment (1) or not (0).
      assertThat(getAppLock(other, "__MigrationsLock", "Exclusive", "Session", 5_000)).isIn(0, 1);
    }
  }

  @Test
  void aTransactionLockEndsWithTheDriversCommit() throws SQLException {
    try (Connection a = SERVER.connect();
        Connection b = SERVER.connect();
        Statement s = a.createStatement()) {
      s.execute("BEGIN TRANSACTION");
      assertThat(getAppLock(a, "orders", "Update", "Transaction", -1)).isZero();
      assertThat(getAppLock(b, "orders", "Update", "Session", 100)).isEqualTo(-1);
      try (ResultSet rs = s.executeQuery(
          "SELECT request_mode, request_owner_type FROM sys.dm_tran_locks WHERE resource_type = 'APPLICATION'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("U");
        assertThat(rs.getString(2)).isEqualTo("TRANSACTION");
      }
      s.execute("COMMIT");
      assertThat(getAppLock(b, "orders", "Update", "Session", 0)).isZero();
    }
  }
}
