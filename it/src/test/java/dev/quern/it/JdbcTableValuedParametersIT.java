package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.sqlserver.jdbc.SQLServerCallableStatement;
import com.microsoft.sqlserver.jdbc.SQLServerDataTable;
import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Table-valued parameters through mssql-jdbc: a {@code SQLServerDataTable} bound with {@code
 * setStructured} travels as an RPC parameter of TDS type TVP (0xF3) and arrives as the procedure's
 * READONLY table parameter.
 */
class JdbcTableValuedParametersIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  @BeforeAll
  static void schema() throws SQLException {
    try (Connection c = SERVER.connect();
        Statement s = c.createStatement()) {
      s.execute("CREATE TYPE dbo.order_lines AS TABLE (line int PRIMARY KEY, item nvarchar(40) NOT NULL,"
          + " qty int NOT NULL, price decimal(10, 2) NULL)");
      s.execute("CREATE PROCEDURE dbo.summarize @lines dbo.order_lines READONLY, @label nvarchar(20) AS"
          + " SELECT @label AS label, COUNT(*) AS n, SUM(qty) AS qty, SUM(qty * price) AS total,"
          + " MAX(item) AS last_item FROM @lines");
      s.execute("CREATE PROCEDURE dbo.clear_lines @lines dbo.order_lines READONLY AS DELETE FROM @lines");
    }
  }

  private static SQLServerDataTable lines(int count) throws SQLException {
    SQLServerDataTable t = new SQLServerDataTable();
    t.addColumnMetadata("line", Types.INTEGER);
    t.addColumnMetadata("item", Types.NVARCHAR);
    t.addColumnMetadata("qty", Types.INTEGER);
    t.addColumnMetadata("price", Types.DECIMAL);
    for (int i = 1; i <= count; i++) {
      t.addRow(i, String.format("item %04d", i), i % 7 + 1, i % 10 == 0 ? null : new java.math.BigDecimal("1.50"));
    }
    return t;
  }

  @Test
  void aProcedureReadsTheRowsOfADataTable() throws SQLException {
    try (Connection c = SERVER.connect();
        SQLServerCallableStatement cs = (SQLServerCallableStatement) c.prepareCall("{call dbo.summarize(?, ?)}")) {
      cs.setStructured(1, "dbo.order_lines", lines(300));
      cs.setString(2, "batch");
      try (ResultSet rs = cs.executeQuery()) {
        assertThat(rs.next()).isTrue();
        long qty = 0;
        java.math.BigDecimal total = java.math.BigDecimal.ZERO;
        for (int i = 1; i <= 300; i++) {
          qty += i % 7 + 1;
          if (i % 10 != 0) {
            total = total.add(new java.math.BigDecimal("1.50").multiply(java.math.BigDecimal.valueOf(i % 7 + 1)));
          }
        }
        assertThat(rs.getString("label")).isEqualTo("batch");
        assertThat(rs.getInt("n")).isEqualTo(300);
        assertThat(rs.getLong("qty")).isEqualTo(qty);
        assertThat(rs.getBigDecimal("total")).isEqualByComparingTo(total);
        assertThat(rs.getString("last_item")).isEqualTo("item 0300");
      }
    }
  }

  @Test
  void tenThousandRowsArrive() throws SQLException {
    try (Connection c = SERVER.connect();
        SQLServerCallableStatement cs = (SQLServerCallableStatement) c.prepareCall("{call dbo.summarize(?, ?)}")) {
      cs.setStructured(1, "dbo.order_lines", lines(10_000));
      cs.setString(2, "big");
      try (ResultSet rs = cs.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt("n")).isEqualTo(10_000);
        assertThat(rs.getString("last_item")).isEqualTo("item 9999"); // item 10000 sorts before it
      }
    }
  }

  @Test
  void anEmptyDataTableIsAnEmptyTable() throws SQLException {
    try (Connection c = SERVER.connect();
        SQLServerCallableStatement cs = (SQLServerCallableStatement) c.prepareCall("{call dbo.summarize(?, ?)}")) {
      cs.setStructured(1, "dbo.order_lines", lines(0));
      cs.setString(2, "none");
      try (ResultSet rs = cs.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt("n")).isZero();
      }
    }
  }

  @Test
  void theTypesConstraintsHoldForTheRowsSent() throws SQLException {
    SQLServerDataTable t = lines(2);
    t.addRow(1, "duplicate", 1, null);
    try (Connection c = SERVER.connect();
        SQLServerCallableStatement cs = (SQLServerCallableStatement) c.prepareCall("{call dbo.summarize(?, ?)}")) {
      cs.setStructured(1, "dbo.order_lines", t);
      cs.setString(2, "dup");
      assertThatThrownBy(cs::executeQuery)
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(2627));
    }
  }

  @Test
  void aReadOnlyParameterCannotBeModified() throws SQLException {
    try (Connection c = SERVER.connect();
        SQLServerCallableStatement cs = (SQLServerCallableStatement) c.prepareCall("{call dbo.clear_lines(?)}")) {
      cs.setStructured(1, "dbo.order_lines", lines(3));
      assertThatThrownBy(() -> {
            cs.execute();
            while (cs.getMoreResults() || cs.getUpdateCount() != -1) {
              // the error follows whatever came before it
            }
          })
          .isInstanceOfSatisfying(SQLException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo(10700);
            assertThat(e.getMessage()).isEqualTo("The table-valued parameter \"@lines\" is READONLY and cannot be modified.");
          });
    }
  }
}
