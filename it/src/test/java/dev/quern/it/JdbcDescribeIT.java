package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Metadata without running through mssql-jdbc: getParameterMetaData() (the driver sends {@code
 * exec sp_describe_undeclared_parameters ?} with its markers rewritten as @P0, @P1 …), getMetaData()
 * before execute, and sp_describe_first_result_set called as an RPC.
 */
class JdbcDescribeIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  private static void table(Connection c, String name) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE " + name + " (id int NOT NULL PRIMARY KEY, name nvarchar(40) NULL,"
          + " price decimal(9, 2) NULL, born date NULL)");
    }
  }

  @Test
  void parameterMetaDataHasTheComparedColumnsTypes() throws SQLException {
    try (Connection c = SERVER.connect()) {
      table(c, "dj_t");
      try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM dj_t WHERE id = ? AND name = ?")) {
        ParameterMetaData pmd = ps.getParameterMetaData();
        assertThat(pmd.getParameterCount()).isEqualTo(2);
        assertThat(pmd.getParameterType(1)).isEqualTo(Types.INTEGER);
        assertThat(pmd.getParameterTypeName(1)).isEqualTo("int");
        assertThat(pmd.getParameterType(2)).isEqualTo(Types.NVARCHAR);
        assertThat(pmd.getPrecision(2)).isEqualTo(40);
      }
    }
  }

  @Test
  void parameterMetaDataOfAnInsertHasTheTargetColumnsTypes() throws SQLException {
    try (Connection c = SERVER.connect()) {
      table(c, "dj_ins");
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO dj_ins (id, price, born) VALUES (?, ?, ?)")) {
        ParameterMetaData pmd = ps.getParameterMetaData();
        assertThat(pmd.getParameterCount()).isEqualTo(3);
        assertThat(pmd.getParameterType(2)).isEqualTo(Types.DECIMAL);
        assertThat(pmd.getPrecision(2)).isEqualTo(9);
        assertThat(pmd.getScale(2)).isEqualTo(2);
        assertThat(pmd.getParameterType(3)).isEqualTo(Types.DATE);
      }
      // Nothing ran while describing.
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM dj_ins")) {
        rs.next();
        assertThat(rs.getInt(1)).isZero();
      }
    }
  }

  @Test
  void parameterMetaDataOfAnUpdateWithTop() throws SQLException {
    try (Connection c = SERVER.connect()) {
      table(c, "dj_upd");
      try (PreparedStatement ps = c.prepareStatement("UPDATE TOP (?) dj_upd SET name = ? WHERE price > ?")) {
        ParameterMetaData pmd = ps.getParameterMetaData();
        assertThat(pmd.getParameterCount()).isEqualTo(3);
        assertThat(pmd.getParameterType(1)).isEqualTo(Types.BIGINT);
        assertThat(pmd.getParameterType(2)).isEqualTo(Types.NVARCHAR);
        // > deduces by the general rules: numeric(38,19), not the column's decimal(9,2).
        assertThat(pmd.getPrecision(3)).isEqualTo(38);
        assertThat(pmd.getScale(3)).isEqualTo(19);
      }
    }
  }

  @Test
  void aParameterWithoutContextFailsAsInSqlServer() throws SQLException {
    try (Connection c = SERVER.connect(); PreparedStatement ps = c.prepareStatement("SELECT ? AS v")) {
      assertThatThrownBy(ps::getParameterMetaData)
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("cannot be deduced in this context");
      // The connection carries on.
      ps.setInt(1, 7);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(7);
      }
    }
  }

  @Test
  void metaDataBeforeExecuteDescribesTheColumns() throws SQLException {
    try (Connection c = SERVER.connect()) {
      table(c, "dj_meta");
      try (PreparedStatement ps = c.prepareStatement("SELECT id, name, price FROM dj_meta WHERE id = ?")) {
        ResultSetMetaData md = ps.getMetaData();
        assertThat(md.getColumnCount()).isEqualTo(3);
        assertThat(md.getColumnName(1)).isEqualTo("id");
        assertThat(md.getColumnType(1)).isEqualTo(Types.INTEGER);
        assertThat(md.getColumnName(2)).isEqualTo("name");
        assertThat(md.getColumnType(2)).isEqualTo(Types.NVARCHAR);
        assertThat(md.getScale(3)).isEqualTo(2);
      }
    }
  }

  @Test
  void describeFirstResultSetAsAnRpc() throws SQLException {
    try (Connection c = SERVER.connect()) {
      table(c, "dj_rpc");
      try (PreparedStatement ps = c.prepareStatement(
          "EXEC sp_describe_first_result_set @tsql = ?, @params = ?")) {
        ps.setNString(1, "SELECT name, price * 2 AS twice FROM dj_rpc WHERE id = @id");
        ps.setNString(2, "@id int");
        try (ResultSet rs = ps.executeQuery()) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getString("name")).isEqualTo("name");
          assertThat(rs.getString("system_type_name")).isEqualTo("nvarchar(40)");
          assertThat(rs.getBoolean("is_nullable")).isTrue();
          assertThat(rs.next()).isTrue();
          assertThat(rs.getString("name")).isEqualTo("twice");
          assertThat(rs.getString("system_type_name")).isEqualTo("decimal(20,2)");
          assertThat(rs.next()).isFalse();
        }
      }
    }
  }
}
