package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * hierarchyid through jTDS, a TDS 7.1 client, which has no UDT type: SQL Server sends such a client
 * varbinary(max)'s downlevel form, image, and jTDS reads the same bytes as a 7.2 client.
 */
class JtdsHierarchyIdIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  @Test
  void columnsReadAsImageBytes() throws SQLException {
    try (Connection c = SERVER.connectJtds();
        Statement st = c.createStatement()) {
      st.execute("CREATE TABLE jt_org (node hierarchyid PRIMARY KEY, name varchar(10))");
      st.execute("INSERT jt_org VALUES ('/1/1/', 'c'), ('/', 'a'), ('/1/', 'b'), (0x68, 'd')");
      List<String> rows = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("SELECT node, name FROM jt_org ORDER BY node")) {
        assertThat(rs.getMetaData().getColumnTypeName(1)).isEqualTo("image");
        while (rs.next()) {
          rows.add(HexFormat.of().withUpperCase().formatHex(rs.getBytes(1)) + " " + rs.getString(2));
        }
      }
      assertThat(rows).containsExactly(" a", "58 b", "5AC0 c", "68 d");
    }
  }
}
