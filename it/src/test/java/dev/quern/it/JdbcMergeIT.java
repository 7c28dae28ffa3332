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
 * MERGE through mssql-jdbc: the upsert prepared once and run with parameters (sp_executesql,
 * sp_prepexec, sp_execute), its count from executeUpdate, its OUTPUT $action as a result set, and
 * its errors (8672, 10713) as SQLExceptions with SQL Server's numbers.
 */
class JdbcMergeIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  private static final String UPSERT =
      "MERGE counters WITH (HOLDLOCK) AS t USING (VALUES (?, ?)) AS s (name, n) ON t.name = s.name"
          + " WHEN MATCHED THEN UPDATE SET n = t.n + s.n"
          + " WHEN NOT MATCHED THEN INSERT (name, n) VALUES (s.name, s.n);";

  @ParameterizedTest(name = "prepareMethod={0}")
  @ValueSource(strings = {"prepexec", "prepare", "none"})
  void aPreparedUpsertInsertsOnceThenUpdates(String prepareMethod) throws SQLException {
    try (Connection c = SERVER.connect("encrypt=true;trustServerCertificate=true;prepareMethod=" + prepareMethod);
        Statement st = c.createStatement()) {
      st.execute("DROP TABLE IF EXISTS counters; CREATE TABLE counters (name nvarchar(20) PRIMARY KEY, n int NOT NULL)");
      try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
        for (int i = 0; i < 30; i++) {
          ps.setString(1, "k" + (i % 3));
          ps.setInt(2, 1);
          assertThat(ps.executeUpdate()).isEqualTo(1);
        }
      }
      try (ResultSet rs = st.executeQuery("SELECT name, n FROM counters ORDER BY name")) {
        for (int k = 0; k < 3; k++) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getString(1)).isEqualTo("k" + k);
          assertThat(rs.getInt(2)).isEqualTo(10);
        }
        assertThat(rs.next()).isFalse();
      }
    }
  }

  @Test
  void outputActionComesBackAsAResultSet() throws SQLException {
    try (Connection c = SERVER.connect();
        Statement st = c.createStatement()) {
      st.execute("DROP TABLE IF EXISTS stock; CREATE TABLE stock (id int PRIMARY KEY, qty int NOT NULL);"
          + " INSERT stock VALUES (1, 1), (2, 2)");
      try (PreparedStatement ps = c.prepareStatement(
          "MERGE stock AS t USING (VALUES (?, ?)) s (id, qty) ON t.id = s.id"
              + " WHEN MATCHED AND s.qty = 0 THEN DELETE WHEN MATCHED THEN UPDATE SET qty = s.qty"
              + " WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.qty)"
              + " OUTPUT $action, inserted.qty, deleted.qty;")) {
        assertThat(action(ps, 1, 0)).isEqualTo("DELETE");
        assertThat(action(ps, 2, 5)).isEqualTo("UPDATE");
        assertThat(action(ps, 3, 7)).isEqualTo("INSERT");
      }
      try (ResultSet rs = st.executeQuery("SELECT COUNT(*), SUM(qty) FROM stock")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(2);
        assertThat(rs.getInt(2)).isEqualTo(12);
      }
    }
  }

  private static String action(PreparedStatement ps, int id, int qty) throws SQLException {
    ps.setInt(1, id);
    ps.setInt(2, qty);
    try (ResultSet rs = ps.executeQuery()) {
      assertThat(rs.next()).isTrue();
      String action = rs.getString(1);
      assertThat(rs.next()).isFalse();
      return action;
    }
  }

  @Test
  void errorsCarrySqlServersNumbers() throws SQLException {
    try (Connection c = SERVER.connect();
        Statement st = c.createStatement()) {
      st.execute("DROP TABLE IF EXISTS pairs; CREATE TABLE pairs (id int PRIMARY KEY, v int)");
      st.execute("INSERT pairs VALUES (1, 0)");
      assertThatThrownBy(() -> st.execute(
          "MERGE pairs USING (VALUES (1, 1), (1, 2)) s (id, v) ON pairs.id = s.id"
              + " WHEN MATCHED THEN UPDATE SET v = s.v;"))
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(8672));
      assertThatThrownBy(() -> st.execute(
          "MERGE pairs USING (VALUES (1)) s (id) ON pairs.id = s.id WHEN MATCHED THEN DELETE"))
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(10713));
      try (ResultSet rs = st.executeQuery("SELECT v FROM pairs")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isZero();
      }
    }
  }
}
