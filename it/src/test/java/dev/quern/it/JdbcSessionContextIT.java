package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.sqlserver.jdbc.SQLServerConnectionPoolDataSource;
import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.PooledConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * sp_set_session_context and SESSION_CONTEXT through mssql-jdbc: values set by RPC come back as
 * sql_variant of their own type, and a pooled connection handed out again (mssql-jdbc sends the
 * RESETCONNECTION flag with its next request) starts with no keys, read-only ones included.
 */
class JdbcSessionContextIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  @Test
  void valuesSetByRpcComeBackAsTheirType() throws SQLException {
    try (Connection c = SERVER.connect();
        PreparedStatement set = c.prepareStatement("EXEC sp_set_session_context @key = ?, @value = ?")) {
      set.setString(1, "user_id");
      set.setInt(2, 42);
      set.execute();
      set.setString(1, "tenant");
      set.setString(2, "acme");
      set.execute();
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT SESSION_CONTEXT(N'user_id'), SESSION_CONTEXT(N'tenant'), SESSION_CONTEXT(N'none')")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getObject(1)).isEqualTo(42);
        assertThat(rs.getObject(2)).isEqualTo("acme");
        assertThat(rs.getObject(3)).isNull();
      }
    }
  }

  @Test
  void procedureCalledByNameOverRpc() throws SQLException {
    try (Connection c = SERVER.connect();
        java.sql.CallableStatement call = c.prepareCall("{call sp_set_session_context(?, ?)}")) {
      call.setString(1, "app");
      call.setString(2, "billing");
      call.execute();
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT SESSION_CONTEXT(N'app')")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getObject(1)).isEqualTo("billing");
      }
    }
  }

  @Test
  void readOnlyKeyRefusesAChangeUntilTheConnectionIsReset() throws SQLException {
    SQLServerConnectionPoolDataSource ds = new SQLServerConnectionPoolDataSource();
    ds.setURL(SERVER.mssqlUrl("encrypt=true;trustServerCertificate=true"));
    PooledConnection pooled = ds.getPooledConnection();
    try {
      try (Connection c = pooled.getConnection(); Statement s = c.createStatement()) {
        s.execute("EXEC sp_set_session_context N'tenant', 1, @read_only = 1");
        assertThatThrownBy(() -> s.execute("EXEC sp_set_session_context N'tenant', 2"))
            .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(15664));
      }
      try (Connection c = pooled.getConnection(); Statement s = c.createStatement()) {
        try (ResultSet rs = s.executeQuery("SELECT SESSION_CONTEXT(N'tenant')")) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getObject(1)).isNull();
        }
        s.execute("EXEC sp_set_session_context N'tenant', 2, @read_only = 1");
      }
    } finally {
      pooled.close();
    }
  }
}
