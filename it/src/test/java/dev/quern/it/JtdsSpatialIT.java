package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * geometry and geography through jTDS, a TDS 7.1 client without the UDT type: SQL Server sends such
 * a client the CLR types as image, and jTDS reads the serialized bytes.
 */
class JtdsSpatialIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  @Test
  void columnsReadAsImageBytes() throws SQLException {
    try (Connection c = SERVER.connectJtds();
        Statement st = c.createStatement()) {
      st.execute("CREATE TABLE jt_places (id int PRIMARY KEY, shape geometry, loc geography)");
      st.execute("INSERT jt_places VALUES (1, 'POINT (3 4)', geography::Point(47.651, -122.349, 4326))");
      try (ResultSet rs = st.executeQuery("SELECT shape, loc, loc.STAsText(), shape.STX FROM jt_places")) {
        assertThat(rs.getMetaData().getColumnTypeName(1)).isEqualTo("image");
        assertThat(rs.next()).isTrue();
        assertThat(hex(rs.getBytes(1))).isEqualTo("00000000010C00000000000008400000000000001040");
        assertThat(hex(rs.getBytes(2))).isEqualTo("E6100000010C17D9CEF753D347407593180456965EC0");
        assertThat(rs.getString(3)).isEqualTo("POINT (-122.349 47.651)");
        assertThat(rs.getDouble(4)).isEqualTo(3.0);
      }
    }
  }

  private static String hex(byte[] b) {
    return HexFormat.of().withUpperCase().formatHex(b);
  }
}
