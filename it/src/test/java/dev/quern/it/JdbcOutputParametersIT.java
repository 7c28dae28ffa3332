package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.it.support.QuernServer;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * OUTPUT parameters and return status through mssql-jdbc's CallableStatement: an RPC by name
 * (sp_executesql) with BYREF parameters, answered with RETURNSTATUS then RETURNVALUE tokens.
 */
class JdbcOutputParametersIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  @Test
  void outputParametersComeBack() throws SQLException {
    try (Connection c = SERVER.connect();
        CallableStatement cs = c.prepareCall("{call sp_executesql(?, ?, ?, ?, ?)}")) {
      cs.setString(1, "SET @doubled = @i * 2; SET @label = CONCAT(N'n=', @i)");
      cs.setString(2, "@i int, @doubled int OUTPUT, @label nvarchar(20) OUTPUT");
      cs.setInt(3, 21);
      cs.registerOutParameter(4, Types.INTEGER);
      cs.registerOutParameter(5, Types.NVARCHAR);
      cs.execute();
      assertThat(cs.getInt(4)).isEqualTo(42);
      assertThat(cs.getString(5)).isEqualTo("n=21");
    }
  }

  @Test
  void returnStatusComesBack() throws SQLException {
    try (Connection c = SERVER.connect();
        CallableStatement cs = c.prepareCall("{? = call sp_executesql(?)}")) {
      cs.registerOutParameter(1, Types.INTEGER);
      cs.setString(2, "SELECT 1");
      cs.execute();
      while (cs.getMoreResults() || cs.getUpdateCount() != -1) {
        // drain the SELECT's result before the status is read
      }
      assertThat(cs.getInt(1)).isZero();
    }
  }

  @Test
  void outputParametersRepeatOnOneStatement() throws SQLException {
    try (Connection c = SERVER.connect();
        CallableStatement cs = c.prepareCall("{call sp_executesql(?, ?, ?, ?)}")) {
      cs.setString(1, "SET @o = @i + 1");
      cs.setString(2, "@i bigint, @o bigint OUTPUT");
      cs.registerOutParameter(4, Types.BIGINT);
      for (long i = 0; i < 20; i++) {
        cs.setLong(3, i);
        cs.execute();
        assertThat(cs.getLong(4)).isEqualTo(i + 1);
      }
    }
  }
}
