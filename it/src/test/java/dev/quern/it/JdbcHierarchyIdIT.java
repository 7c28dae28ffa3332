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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * hierarchyid through mssql-jdbc: the column arrives as SQL Server sends a CLR type (UDT, token
 * 0xF0, with its names) and reads as its bytes (getBytes, getObject), the same bytes SQL Server
 * stores; strings and bytes bound as parameters convert to it; an output parameter of the type;
 * SQLServerBulkCopy into a hierarchyid column; a HierarchyIdException is SQLException 6522.
 */
class JdbcHierarchyIdIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  @Test
  void columnsReadAsSqlServersBytesInDepthFirstOrder() throws SQLException {
    try (Connection c = SERVER.connect();
        Statement st = c.createStatement()) {
      st.execute("DROP TABLE IF EXISTS org; CREATE TABLE org (node hierarchyid PRIMARY KEY, name varchar(10));"
          + " INSERT org VALUES ('/1/1/', 'c'), (hierarchyid::GetRoot(), 'a'), ('/2/', 'd'), ('/1/', 'b')");
      try (ResultSet rs = st.executeQuery("SELECT node, node.ToString(), name FROM org ORDER BY node")) {
        ResultSetMetaData md = rs.getMetaData();
        assertThat(md.getColumnTypeName(1)).isEqualTo("hierarchyid");
        List<String> rows = new ArrayList<>();
        while (rs.next()) {
          rows.add(hex(rs.getBytes(1)) + " " + rs.getString(2) + " " + rs.getString(3));
          assertThat(rs.getObject(1)).isInstanceOf(byte[].class);
        }
        assertThat(rows).containsExactly(" / a", "58 /1/ b", "5AC0 /1/1/ c", "68 /2/ d");
      }
    }
  }

  @Test
  void parametersConvertToTheType() throws SQLException {
    try (Connection c = SERVER.connect();
        Statement st = c.createStatement()) {
      st.execute("DROP TABLE IF EXISTS tree; CREATE TABLE tree (node hierarchyid, label nvarchar(10))");
      try (PreparedStatement ps = c.prepareStatement("INSERT tree VALUES (?, ?)")) {
        ps.setString(1, "/3/1/");
        ps.setString(2, "text");
        ps.executeUpdate();
        ps.setBytes(1, new byte[] {0x5B, 0x40});
        ps.setString(2, "bytes");
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT label, node.GetLevel() FROM tree WHERE node.IsDescendantOf(?) = 1 ORDER BY node")) {
        ps.setString(1, "/1/");
        try (ResultSet rs = ps.executeQuery()) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getString(1)).isEqualTo("bytes");
          assertThat(rs.getShort(2)).isEqualTo((short) 2);
          assertThat(rs.next()).isFalse();
        }
      }
    }
  }

  @Test
  void anOutputParameterOfTheTypeReadsAsBytes() throws SQLException {
    try (Connection c = SERVER.connect();
        Statement st = c.createStatement()) {
      st.execute("CREATE OR ALTER PROCEDURE next_child @parent hierarchyid, @child hierarchyid OUTPUT AS"
          + " SET @child = @parent.GetDescendant(NULL, NULL)");
      try (CallableStatement cs = c.prepareCall("{call next_child(?, ?)}")) {
        cs.setString(1, "/1/");
        cs.registerOutParameter(2, Types.VARBINARY);
        cs.execute();
        assertThat(hex(cs.getBytes(2))).isEqualTo("5AC0");
      }
    }
  }

  @Test
  void bulkCopyCarriesTheBytesIntoAHierarchyIdColumn() throws SQLException {
    try (Connection c = SERVER.connect();
        Statement st = c.createStatement()) {
      st.execute("DROP TABLE IF EXISTS bc_tree_src; DROP TABLE IF EXISTS bc_tree_dst;"
          + " CREATE TABLE bc_tree_src (node hierarchyid PRIMARY KEY, name nvarchar(10));"
          + " CREATE TABLE bc_tree_dst (node hierarchyid PRIMARY KEY, name nvarchar(10));"
          + " INSERT bc_tree_src VALUES ('/', N'root'), ('/1/', N'a'), ('/1/2.5/', N'b'), ('/-3/', N'c')");
      try (Statement q = c.createStatement();
          ResultSet rows = q.executeQuery("SELECT node, name FROM bc_tree_src");
          com.microsoft.sqlserver.jdbc.SQLServerBulkCopy copy = new com.microsoft.sqlserver.jdbc.SQLServerBulkCopy(c)) {
        copy.setDestinationTableName("bc_tree_dst");
        copy.writeToServer(rows);
      }
      try (ResultSet rs = st.executeQuery("SELECT STRING_AGG(node.ToString() + name, ',') WITHIN GROUP (ORDER BY node)"
          + " FROM bc_tree_dst")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("/root,/-3/c,/1/a,/1/2.5/b");
      }
    }
  }

  @Test
  void aHierarchyIdExceptionIs6522() throws SQLException {
    try (Connection c = SERVER.connect();
        Statement st = c.createStatement()) {
      // The row's conversion fails: the error follows the column metadata, so next() reports it.
      assertThatThrownBy(() -> st.executeQuery("SELECT CAST('/1/1' AS hierarchyid)").next())
          .isInstanceOfSatisfying(SQLException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo(6522);
            assertThat(e.getMessage()).contains("24001: SqlHierarchyId.Parse failed because the input string '/1/1'");
          });
      assertThatThrownBy(() -> st.executeQuery("SELECT hierarchyid::GetRoot().getlevel()"))
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(6506));
    }
  }

  private static String hex(byte[] b) {
    return java.util.HexFormat.of().withUpperCase().formatHex(b);
  }
}
