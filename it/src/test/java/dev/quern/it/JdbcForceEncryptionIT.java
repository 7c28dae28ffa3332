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
 * With {@code --force-encryption} the server answers PRELOGIN with ENCRYPT_REQ: mssql-jdbc then
 * encrypts the whole session even when it asked for {@code encrypt=false}, as against SQL Server
 * with "Force Encryption" set.
 */
class JdbcForceEncryptionIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create().withArgs("--force-encryption");

  @Test
  void clientThatDoesNotAskForEncryptionStillConnects() throws SQLException {
    try (Connection c = SERVER.connect("encrypt=false;trustServerCertificate=true");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT N'encrypted anyway'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("encrypted anyway");
    }
  }

  @Test
  void clientThatAsksForEncryptionConnects() throws SQLException {
    try (Connection c = SERVER.connect("encrypt=true;trustServerCertificate=true")) {
      assertThat(c.isValid(10)).isTrue();
    }
  }
}
