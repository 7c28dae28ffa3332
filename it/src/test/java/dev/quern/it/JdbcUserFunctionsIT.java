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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * User-defined functions through mssql-jdbc: called from prepared statements (sp_executesql,
 * sp_prepexec, sp_execute over RPC), from a procedure called by RPC, and kept working across an
 * ALTER FUNCTION while a prepared statement's handle lives on.
 */
class JdbcUserFunctionsIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  @BeforeAll
  static void createFunctions() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE ufi_items (id int PRIMARY KEY, price int)");
      s.execute("INSERT ufi_items VALUES (1, 10), (2, 20), (3, 30)");
      s.execute("CREATE FUNCTION dbo.ufi_gross (@amount int, @rate int = 10) RETURNS int AS "
          + "BEGIN RETURN @amount + @amount * @rate / 100 END");
      s.execute("CREATE FUNCTION dbo.ufi_cheap (@max int) RETURNS TABLE AS "
          + "RETURN (SELECT id, price FROM ufi_items WHERE price <= @max)");
      s.execute("CREATE FUNCTION dbo.ufi_upto (@n int) RETURNS @t TABLE (n int) AS "
          + "BEGIN DECLARE @i int = 1; WHILE @i <= @n BEGIN INSERT @t VALUES (@i); SET @i += 1; END RETURN END");
      s.execute("CREATE PROCEDURE ufi_total @max int, @total int OUTPUT AS "
          + "SELECT @total = SUM(dbo.ufi_gross(price, DEFAULT)) FROM dbo.ufi_cheap(@max)");
    }
  }

  @ParameterizedTest(name = "prepareMethod={0}")
  @ValueSource(strings = {"prepexec", "prepare", "none"})
  void preparedStatementsCallEveryKind(String prepareMethod) throws SQLException {
    try (Connection c = SERVER.connect("encrypt=true;trustServerCertificate=true;prepareMethod=" + prepareMethod);
        PreparedStatement scalar = c.prepareStatement("SELECT dbo.ufi_gross(?, ?)");
        PreparedStatement inline = c.prepareStatement("SELECT COUNT(*), SUM(price) FROM dbo.ufi_cheap(?)");
        PreparedStatement multi = c.prepareStatement("SELECT SUM(n) FROM dbo.ufi_upto(?)")) {
      for (int i = 0; i < 10; i++) {
        scalar.setInt(1, 100 * i);
        scalar.setInt(2, 5);
        assertThat(first(scalar)).isEqualTo(105L * i);
        inline.setInt(1, 10 * i);
        assertThat(first(inline)).isEqualTo(Math.min(i, 3));
        multi.setInt(1, i);
        assertThat(first(multi)).isEqualTo(i == 0 ? 0L : (long) i * (i + 1) / 2);
      }
    }
  }

  @Test
  void aProcedureCalledByRpcUsesFunctions() throws SQLException {
    try (Connection c = SERVER.connect(); CallableStatement call = c.prepareCall("{call ufi_total(?, ?)}")) {
      call.setInt(1, 20);
      call.registerOutParameter(2, Types.INTEGER);
      call.execute();
      assertThat(call.getInt(2)).isEqualTo(33);
    }
  }

  @Test
  void aPreparedHandleRunsTheAlteredBody() throws SQLException {
    try (Connection c = SERVER.connect("encrypt=true;trustServerCertificate=true;prepareMethod=prepexec"); Statement s = c.createStatement()) {
      s.execute("CREATE FUNCTION dbo.ufi_twice (@v int) RETURNS int AS BEGIN RETURN 2 * @v END");
      try (PreparedStatement ps = c.prepareStatement("SELECT dbo.ufi_twice(?)")) {
        for (int i = 0; i < 3; i++) {
          ps.setInt(1, 21);
          assertThat(first(ps)).isEqualTo(42L);
        }
        s.execute("ALTER FUNCTION dbo.ufi_twice (@v int) RETURNS int AS BEGIN RETURN 3 * @v END");
        ps.setInt(1, 21);
        assertThat(first(ps)).isEqualTo(63L);
      }
    }
  }

  @Test
  void anErrorInTheBodyReachesTheClientWithItsNumber() throws SQLException {
    try (Connection c = SERVER.connect(); PreparedStatement ps = c.prepareStatement("SELECT dbo.ufi_gross(?)")) {
      ps.setInt(1, 1);
      assertThatThrownBy(ps::executeQuery)
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(313));
    }
  }

  private static long first(PreparedStatement ps) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      assertThat(rs.next()).isTrue();
      return rs.getLong(1);
    }
  }
}
