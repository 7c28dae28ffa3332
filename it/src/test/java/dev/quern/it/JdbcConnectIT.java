package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.quern.it.support.QuernServer;
import dev.quern.it.support.SelfSignedCertificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * mssql-jdbc connects in each of its encryption modes: {@code encrypt=true} (TLS for the whole
 * session), {@code encrypt=false} (TLS for the login only) and {@code encrypt=strict} (TDS 8.0,
 * TLS first, the server's certificate pinned).
 */
class JdbcConnectIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create().withGeneratedCertificate();

  static Stream<String> encryptionModes() {
    SelfSignedCertificate cert = SERVER.certificate().orElseThrow();
    return Stream.of(
        "encrypt=true;trustServerCertificate=true",
        "encrypt=false",
        "encrypt=strict;serverCertificate=" + cert.certificatePem()
            + ";hostNameInCertificate=" + SelfSignedCertificate.HOST_NAME);
  }

  @ParameterizedTest
  @MethodSource("encryptionModes")
  void connectsAndRunsABatch(String mode) throws SQLException {
    try (Connection c = SERVER.connect(mode);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT 1, DB_NAME(), SUSER_SNAME(), @@SPID")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(1);
      assertThat(rs.getString(2)).isEqualTo("master");
      assertThat(rs.getString(3)).isEqualTo("sa");
      assertThat(rs.getInt(4)).isPositive();
      assertThat(rs.next()).isFalse();
    }
  }

  @ParameterizedTest
  @MethodSource("encryptionModes")
  void carriesValuesLargerThanOnePacket(String mode) throws SQLException {
    String value = "0123456789".repeat(20_000);
    try (Connection c = SERVER.connect(mode);
        PreparedStatement ps = c.prepareStatement("SELECT ?")) {
      ps.setString(1, value);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo(value);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("encryptionModes")
  void wrongPasswordFailsWith18456(String mode) {
    String url = SERVER.mssqlUrl(mode).replace(SERVER.saPassword(), "not-the-password");
    SQLException e = catchThrowableOfType(SQLException.class, () -> DriverManager.getConnection(url).close());
    assertThat((Throwable) e).isNotNull();
    assertThat(e.getErrorCode()).isEqualTo(18456);
    // mssql-jdbc appends " ClientConnectionId:<guid>" to errors raised during login.
    assertThat(e.getMessage()).startsWith("Login failed for user 'sa'.");
  }

  @Test
  void unknownLoginFailsWith18456NamingTheLogin() {
    String url = SERVER.mssqlUrl("encrypt=true;trustServerCertificate=true").replace("user=sa;", "user=nobody;");
    SQLException e = catchThrowableOfType(SQLException.class, () -> DriverManager.getConnection(url).close());
    assertThat((Throwable) e).isNotNull();
    assertThat(e.getErrorCode()).isEqualTo(18456);
    assertThat(e.getMessage()).startsWith("Login failed for user 'nobody'.");
  }

  @Test
  void failedLoginsDoNotDisturbTheNextOne() throws SQLException {
    String bad = SERVER.mssqlUrl("encrypt=false").replace(SERVER.saPassword(), "wrong");
    for (int i = 0; i < 5; i++) {
      catchThrowableOfType(SQLException.class, () -> DriverManager.getConnection(bad).close());
    }
    try (Connection c = SERVER.connect("encrypt=false")) {
      assertThat(c.isValid(10)).isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("encryptionModes")
  void opensManyConnectionsInARow(String mode) throws SQLException {
    for (int i = 0; i < 20; i++) {
      try (Connection c = SERVER.connect(mode)) {
        assertThat(c.isValid(10)).isTrue();
      }
    }
  }

  @Test
  void keepsSessionsApart() throws SQLException {
    try (Connection a = SERVER.connect();
        Connection b = SERVER.connect()) {
      assertThat(spid(a)).isNotEqualTo(spid(b));
    }
  }

  private static int spid(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT @@SPID")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
