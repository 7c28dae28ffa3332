package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.it.support.QuernServer;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * vector(n) through mssql-jdbc 13. The driver offers VECTORSUPPORT at login; Quern does not
 * acknowledge it, so the driver sees what SQL Server 2025 sends every client without vector
 * support: varchar(max) JSON text in SQL Server's form. Strings bound as parameters convert to the
 * type, an output parameter of the type reads as its text, and bad text is SQL Server's error.
 */
class JdbcVectorIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  @Test
  void columnsReadAsVarcharMaxJsonText() throws SQLException {
    try (Connection c = SERVER.connect();
        Statement st = c.createStatement()) {
      st.execute("DROP TABLE IF EXISTS jv; CREATE TABLE jv (id int, v vector(3));"
          + " INSERT jv VALUES (1, '[0.1, 2, 30]'), (2, NULL)");
      try (ResultSet rs = st.executeQuery("SELECT v FROM jv ORDER BY id")) {
        ResultSetMetaData md = rs.getMetaData();
        assertThat(md.getColumnTypeName(1)).isEqualTo("varchar");
        assertThat(md.getColumnType(1)).isEqualTo(Types.VARCHAR);
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("[1.0000000e-001,2.0000000e+000,3.0000000e+001]");
        assertThat(rs.getObject(1)).isEqualTo("[1.0000000e-001,2.0000000e+000,3.0000000e+001]");
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isNull();
      }
    }
  }

  @Test
  void stringParametersConvertToTheType() throws SQLException {
    try (Connection c = SERVER.connect();
        Statement st = c.createStatement()) {
      st.execute("DROP TABLE IF EXISTS jvp; CREATE TABLE jvp (id int, v vector(2))");
      try (PreparedStatement ps = c.prepareStatement("INSERT jvp VALUES (?, ?)")) {
        ps.setInt(1, 1);
        ps.setString(2, "[3, 4]");
        ps.executeUpdate();
        ps.setInt(1, 2);
        ps.setNString(2, "[0.5,-1e2]");
        ps.executeUpdate();
        ps.setInt(1, 3);
        ps.setNull(2, Types.VARCHAR);
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT id, VECTOR_DISTANCE('euclidean', v, CAST(? AS vector(2))), VECTOR_NORM(v, ?) FROM jvp"
              + " WHERE v IS NOT NULL ORDER BY id")) {
        ps.setString(1, "[0, 0]");
        ps.setString(2, "norm2");
        try (ResultSet rs = ps.executeQuery()) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getDouble(2)).isEqualTo(5.0);
          assertThat(rs.getDouble(3)).isEqualTo(5.0);
          assertThat(rs.next()).isTrue();
          assertThat(rs.getDouble(3)).isEqualTo(Math.sqrt(0.25 + 10000));
          assertThat(rs.next()).isFalse();
        }
      }
    }
  }

  @Test
  void anOutputParameterOfTheTypeReadsAsText() throws SQLException {
    try (Connection c = SERVER.connect();
        Statement st = c.createStatement()) {
      st.execute("CREATE OR ALTER PROCEDURE unit_of @v vector(2), @o vector(2) OUTPUT AS"
          + " SET @o = VECTOR_NORMALIZE(@v, 'norm1')");
      try (CallableStatement cs = c.prepareCall("{call unit_of(?, ?)}")) {
        cs.setString(1, "[1, 3]");
        cs.registerOutParameter(2, Types.VARCHAR);
        cs.execute();
        assertThat(cs.getString(2)).isEqualTo("[2.5000000e-001,7.5000000e-001]");
      }
    }
  }

  @Test
  void theDriversVectorClassNeedsTheFeatureQuernDoesNotAcknowledge() throws SQLException {
    try (Connection c = SERVER.connect();
        PreparedStatement ps = c.prepareStatement("SELECT CAST(? AS vector(3))")) {
      microsoft.sql.Vector v = new microsoft.sql.Vector(
          3, microsoft.sql.Vector.VectorDimensionType.FLOAT32, new Float[] {1f, 2f, 3f});
      assertThatThrownBy(() -> {
            ps.setObject(1, v, microsoft.sql.Types.VECTOR);
            ps.executeQuery();
          })
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Vector type is not supported by the server");
    }
  }

  @Test
  void withTheDriversVectorSupportOffTheTextIsTheSame() throws SQLException {
    try (Connection c = SERVER.connect("encrypt=true;trustServerCertificate=true;vectorTypeSupport=off");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT CAST('[1,2]' AS vector(2))")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("[1.0000000e+000,2.0000000e+000]");
    }
  }

  @Test
  void badTextAndMismatchedDimensionsAreSqlServersErrors() throws SQLException {
    try (Connection c = SERVER.connect();
        Statement st = c.createStatement()) {
      assertThatThrownBy(() -> st.executeQuery("SELECT CAST('[1, \"a\"]' AS vector(2))").next())
          .isInstanceOfSatisfying(SQLException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo(13670);
            assertThat(e.getMessage()).endsWith("Input JSON is not a valid Vector : 'String not Supported'.");
          });
      assertThatThrownBy(() -> st.executeQuery("SELECT CAST('[1,2,3]' AS vector(2))").next())
          .isInstanceOfSatisfying(SQLException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo(42204);
            assertThat(e.getMessage()).endsWith("The vector dimensions 2 and 3 do not match.");
          });
    }
  }
}
