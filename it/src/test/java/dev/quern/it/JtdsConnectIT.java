package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * jTDS 1.3.1 logs in with TDS 7.1: with {@code ssl=off} (its default) it sends LOGIN7 as the very
 * first packet, no PRELOGIN; with {@code ssl=request} it sends PRELOGIN and encrypts the login.
 * Right after login it runs its own batch starting with {@code SELECT @@MAX_PRECISION}.
 */
class JtdsConnectIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  @ParameterizedTest
  @ValueSource(strings = {"ssl=off", "ssl=request"})
  void connectsAndRunsABatch(String ssl) throws SQLException {
    try (Connection c = DriverManager.getConnection(SERVER.jtdsUrl(ssl));
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT 1, DB_NAME(), SUSER_SNAME(), @@MAX_PRECISION")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(1);
      assertThat(rs.getString(2)).isEqualTo("master");
      assertThat(rs.getString(3)).isEqualTo("sa");
      assertThat(rs.getByte(4)).isEqualTo((byte) 38);
      assertThat(rs.getMetaData().getColumnTypeName(4)).isEqualTo("tinyint");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ssl=off", "ssl=request"})
  void wrongPasswordFailsWith18456(String ssl) {
    String url = SERVER.jtdsUrl(ssl).replace(SERVER.saPassword(), "not-the-password");
    SQLException e = catchThrowableOfType(SQLException.class, () -> DriverManager.getConnection(url).close());
    assertThat((Throwable) e).isNotNull();
    assertThat(e.getErrorCode()).isEqualTo(18456);
    assertThat(e.getMessage()).isEqualTo("Login failed for user 'sa'.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ssl=off", "ssl=request"})
  void opensManyConnectionsInARow(String ssl) throws SQLException {
    for (int i = 0; i < 20; i++) {
      try (Connection c = DriverManager.getConnection(SERVER.jtdsUrl(ssl));
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT @@SPID")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isPositive();
      }
    }
  }
}
