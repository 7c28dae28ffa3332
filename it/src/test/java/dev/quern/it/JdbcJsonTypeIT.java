package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.it.support.QuernServer;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SQL Server 2025's json type through mssql-jdbc 13, which asks for JSONSUPPORT: Quern does not
 * acknowledge it, so a json column arrives as nvarchar(max) text (what SQL Server sends a client
 * without the json type) and reads with getString; strings bound as parameters go into json
 * columns and json procedure parameters, parsed and kept canonical; text that is not JSON is 13609.
 */
class JdbcJsonTypeIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  @Test
  void aJsonColumnReadsAsItsCanonicalText() throws SQLException {
    try (Connection c = SERVER.connect();
        Statement st = c.createStatement()) {
      st.execute("DROP TABLE IF EXISTS jdocs; CREATE TABLE jdocs (id int PRIMARY KEY, doc json);"
          + " INSERT jdocs VALUES (1, N'{ \"a\" : 1, \"a\" : 2, \"é\" : [true] }'), (2, NULL)");
      try (ResultSet rs = st.executeQuery("SELECT doc FROM jdocs ORDER BY id")) {
        assertThat(rs.getMetaData().getColumnType(1)).isIn(Types.NVARCHAR, Types.LONGNVARCHAR);
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("{\"a\":1,\"é\":[true]}");
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isNull();
      }
    }
  }

  @Test
  void parametersGoIntoJsonColumnsAndJsonParameters() throws SQLException {
    try (Connection c = SERVER.connect();
        Statement st = c.createStatement()) {
      st.execute("DROP TABLE IF EXISTS jparams; CREATE TABLE jparams (id int, doc json NOT NULL)");
      st.execute("CREATE OR ALTER PROCEDURE jtake @j json, @out json OUTPUT AS"
          + " SET @out = JSON_MODIFY(@j, '$.seen', CAST(1 AS bit))");
      try (PreparedStatement ps = c.prepareStatement("INSERT jparams VALUES (?, ?)")) {
        ps.setInt(1, 1);
        ps.setString(2, "[1, {\"k\": \"v\"}]");
        ps.executeUpdate();
      }
      try (ResultSet rs = st.executeQuery("SELECT JSON_VALUE(doc, '$[1].k'), doc FROM jparams")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("v");
        assertThat(rs.getString(2)).isEqualTo("[1,{\"k\":\"v\"}]");
      }
      try (CallableStatement cs = c.prepareCall("{call jtake(?, ?)}")) {
        cs.setString(1, "{\"a\": 1}");
        cs.registerOutParameter(2, Types.NVARCHAR);
        cs.execute();
        assertThat(cs.getString(2)).isEqualTo("{\"a\":1,\"seen\":true}");
      }
    }
  }

  @Test
  void aLargeDocumentRoundTrips() throws SQLException {
    StringBuilder doc = new StringBuilder("[");
    for (int i = 0; i < 20_000; i++) {
      doc.append(i == 0 ? "" : ",").append("\"item-").append(i).append('"');
    }
    String text = doc.append(']').toString();
    try (Connection c = SERVER.connect();
        Statement st = c.createStatement()) {
      st.execute("DROP TABLE IF EXISTS jbig; CREATE TABLE jbig (doc json)");
      try (PreparedStatement ps = c.prepareStatement("INSERT jbig VALUES (?)")) {
        ps.setString(1, text);
        ps.executeUpdate();
      }
      try (ResultSet rs = st.executeQuery("SELECT doc, JSON_VALUE(doc, '$[19999]') FROM jbig")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo(text);
        assertThat(rs.getString(2)).isEqualTo("item-19999");
      }
    }
  }

  @Test
  void textThatIsNotJsonIsRefused() throws SQLException {
    try (Connection c = SERVER.connect();
        Statement st = c.createStatement()) {
      st.execute("DROP TABLE IF EXISTS jbad; CREATE TABLE jbad (doc json)");
      try (PreparedStatement ps = c.prepareStatement("INSERT jbad VALUES (?)")) {
        ps.setString(1, "{\"a\":");
        assertThatThrownBy(ps::executeUpdate)
            .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(13609))
            .hasMessageContaining("JSON text is not properly formatted");
      }
      assertThatThrownBy(() -> st.executeQuery("SELECT doc FROM jbad ORDER BY doc"))
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(13636));
    }
  }
}
