package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * DML triggers through mssql-jdbc: an audit trigger fired by prepared statements run with
 * parameters (sp_executesql, sp_prepexec, sp_execute), the statement's own count from
 * executeUpdate, and a trigger's THROW or ROLLBACK arriving as an SQLException with SQL Server's
 * number, the statement undone.
 */
class JdbcTriggersIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  @ParameterizedTest(name = "prepareMethod={0}")
  @ValueSource(strings = {"prepexec", "prepare", "none"})
  void preparedStatementsFireTheAuditTrigger(String prepareMethod) throws SQLException {
    try (Connection c = SERVER.connect("encrypt=true;trustServerCertificate=true;prepareMethod=" + prepareMethod);
        Statement st = c.createStatement()) {
      st.execute("DROP TABLE IF EXISTS acct; DROP TABLE IF EXISTS acct_log;"
          + " CREATE TABLE acct (id int PRIMARY KEY, balance int NOT NULL);"
          + " CREATE TABLE acct_log (n int IDENTITY PRIMARY KEY, id int, old_balance int, new_balance int)");
      st.execute("CREATE TRIGGER acct_audit ON acct AFTER INSERT, UPDATE AS"
          + " INSERT acct_log (id, old_balance, new_balance)"
          + " SELECT i.id, d.balance, i.balance FROM inserted i LEFT JOIN deleted d ON d.id = i.id");
      try (PreparedStatement ins = c.prepareStatement("INSERT acct VALUES (?, ?)");
          PreparedStatement upd = c.prepareStatement("UPDATE acct SET balance = balance + ? WHERE id = ?")) {
        for (int i = 1; i <= 3; i++) {
          ins.setInt(1, i);
          ins.setInt(2, 100);
          assertThat(ins.executeUpdate()).isEqualTo(1);
        }
        upd.setInt(1, 5);
        upd.setInt(2, 2);
        assertThat(upd.executeUpdate()).isEqualTo(1);
        upd.setInt(1, 5);
        upd.setInt(2, 99);
        assertThat(upd.executeUpdate()).isZero();
      }
      try (ResultSet rs = st.executeQuery(
          "SELECT COUNT(*), SUM(CASE WHEN old_balance IS NULL THEN 1 ELSE 0 END), MAX(new_balance) FROM acct_log")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(4);
        assertThat(rs.getInt(2)).isEqualTo(3);
        assertThat(rs.getInt(3)).isEqualTo(105);
      }
    }
  }

  @Test
  void aTriggerRefusingTheChangeFailsThePreparedStatement() throws SQLException {
    try (Connection c = SERVER.connect();
        Statement st = c.createStatement()) {
      st.execute("DROP TABLE IF EXISTS stock; CREATE TABLE stock (id int PRIMARY KEY, qty int NOT NULL)");
      st.execute("CREATE TRIGGER stock_rule ON stock AFTER INSERT, UPDATE AS"
          + " IF EXISTS (SELECT 1 FROM inserted WHERE qty < 0) THROW 50010, N'qty must not be negative', 1");
      st.execute("CREATE TRIGGER stock_freeze ON stock AFTER DELETE AS"
          + " IF EXISTS (SELECT 1 FROM deleted WHERE qty > 0) ROLLBACK TRANSACTION");
      try (PreparedStatement ps = c.prepareStatement("INSERT stock VALUES (?, ?)")) {
        ps.setInt(1, 1);
        ps.setInt(2, 3);
        assertThat(ps.executeUpdate()).isEqualTo(1);
        ps.setInt(1, 2);
        ps.setInt(2, -1);
        assertThatThrownBy(ps::executeUpdate)
            .isInstanceOf(SQLException.class)
            .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(50010))
            .hasMessageContaining("qty must not be negative");
      }
      try (PreparedStatement ps = c.prepareStatement("DELETE stock WHERE id = ?")) {
        ps.setInt(1, 1);
        assertThatThrownBy(ps::executeUpdate)
            .isInstanceOf(SQLException.class)
            .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(3609));
      }
      try (ResultSet rs = st.executeQuery("SELECT COUNT(*), SUM(qty), @@TRANCOUNT FROM stock")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(1);
        assertThat(rs.getInt(2)).isEqualTo(3);
        assertThat(rs.getInt(3)).isZero();
      }
    }
  }
}
