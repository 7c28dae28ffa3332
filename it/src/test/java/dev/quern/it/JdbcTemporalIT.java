package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * System-versioned temporal tables through mssql-jdbc: a FOR SYSTEM_TIME AS OF query prepared once
 * and run with datetime2 parameters (the server's own times, read back as Timestamps), the period
 * columns read as Timestamps, and a GENERATED ALWAYS value refused with SQL Server's 13536.
 */
class JdbcTemporalIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  @Test
  void asOfParameterSeesEachVersionOfTheRow() throws Exception {
    try (Connection c = SERVER.connect();
        Statement st = c.createStatement()) {
      st.execute("CREATE TABLE price (id int PRIMARY KEY, amount int NOT NULL,"
          + " ValidFrom datetime2 GENERATED ALWAYS AS ROW START HIDDEN,"
          + " ValidTo datetime2 GENERATED ALWAYS AS ROW END HIDDEN, PERIOD FOR SYSTEM_TIME (ValidFrom, ValidTo))"
          + " WITH (SYSTEM_VERSIONING = ON (HISTORY_TABLE = dbo.price_history))");
      st.execute("INSERT INTO price VALUES (1, 10)");
      Timestamp first = now(st);
      st.execute("UPDATE price SET amount = 20 WHERE id = 1");
      Timestamp second = now(st);
      st.execute("UPDATE price SET amount = 30 WHERE id = 1");
      try (PreparedStatement ps = c.prepareStatement("SELECT amount FROM price FOR SYSTEM_TIME AS OF ? WHERE id = 1")) {
        assertThat(amounts(ps, first)).containsExactly(10);
        assertThat(amounts(ps, second)).containsExactly(20);
        assertThat(amounts(ps, now(st))).containsExactly(30);
      }
      try (ResultSet rs = st.executeQuery(
          "SELECT h.ValidTo, c.ValidFrom FROM price_history AS h JOIN price AS c ON c.id = h.id WHERE h.amount = 20")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getTimestamp(1)).isEqualTo(rs.getTimestamp(2)).isAfter(second);
      }
    }
  }

  @Test
  void explicitPeriodValueIsRefusedWithItsNumber() throws SQLException {
    try (Connection c = SERVER.connect();
        Statement st = c.createStatement()) {
      st.execute("CREATE TABLE stamped (id int PRIMARY KEY, s datetime2 GENERATED ALWAYS AS ROW START,"
          + " e datetime2 GENERATED ALWAYS AS ROW END, PERIOD FOR SYSTEM_TIME (s, e))"
          + " WITH (SYSTEM_VERSIONING = ON)");
      assertThatThrownBy(() -> st.execute("INSERT INTO stamped (id, s) VALUES (1, SYSUTCDATETIME())"))
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(13536));
    }
  }

  /** The server's UTC clock, after a pause that puts it strictly between two writes. */
  private static Timestamp now(Statement st) throws Exception {
    Thread.sleep(10);
    try (ResultSet rs = st.executeQuery("SELECT SYSUTCDATETIME()")) {
      rs.next();
      Timestamp t = rs.getTimestamp(1);
      Thread.sleep(10);
      return t;
    }
  }

  private static List<Integer> amounts(PreparedStatement ps, Timestamp at) throws SQLException {
    ps.setTimestamp(1, at);
    List<Integer> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getInt(1));
      }
    }
    return out;
  }
}
