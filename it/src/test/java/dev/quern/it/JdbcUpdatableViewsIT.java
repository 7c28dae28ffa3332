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

/**
 * DML through views and common table expressions over mssql-jdbc: the de-duplication idiom's count
 * from executeUpdate, a prepared UPDATE through a view run with parameters, and WITH CHECK OPTION's
 * 550 as an SQLException with SQL Server's number.
 */
class JdbcUpdatableViewsIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  @Test
  void theDeduplicationIdiomDeletesTheExtraRows() throws SQLException {
    try (Connection c = SERVER.connect();
        Statement st = c.createStatement()) {
      st.execute("DROP TABLE IF EXISTS emails; CREATE TABLE emails (id int IDENTITY PRIMARY KEY, addr varchar(20) NOT NULL);"
          + " INSERT emails (addr) VALUES ('a@x'), ('b@x'), ('a@x'), ('a@x'), ('b@x')");
      int deleted = st.executeUpdate(
          "WITH c AS (SELECT *, ROW_NUMBER() OVER (PARTITION BY addr ORDER BY id) AS rn FROM emails)"
              + " DELETE FROM c WHERE rn > 1");
      assertThat(deleted).isEqualTo(3);
      try (ResultSet rs = st.executeQuery("SELECT id FROM emails ORDER BY id")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(1);
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(2);
        assertThat(rs.next()).isFalse();
      }
    }
  }

  @Test
  void aPreparedUpdateThroughAViewChecksItsOption() throws SQLException {
    try (Connection c = SERVER.connect();
        Statement st = c.createStatement()) {
      st.execute("DROP VIEW IF EXISTS open_tasks; DROP TABLE IF EXISTS tasks;"
          + " CREATE TABLE tasks (id int PRIMARY KEY, title varchar(20) NOT NULL, done bit NOT NULL);"
          + " INSERT tasks VALUES (1, 'one', 0), (2, 'two', 0), (3, 'three', 1)");
      st.execute("CREATE VIEW open_tasks AS SELECT id, title, done FROM tasks WHERE done = 0 WITH CHECK OPTION");
      try (PreparedStatement ps = c.prepareStatement("UPDATE open_tasks SET title = ? WHERE id = ?")) {
        ps.setString(1, "uno");
        ps.setInt(2, 1);
        assertThat(ps.executeUpdate()).isEqualTo(1);
        ps.setString(1, "tres");
        ps.setInt(2, 3);
        assertThat(ps.executeUpdate()).isZero(); // not a row the view shows
      }
      assertThatThrownBy(() -> st.executeUpdate("UPDATE open_tasks SET done = 1 WHERE id = 2"))
          .isInstanceOf(SQLException.class)
          .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(550));
      try (ResultSet rs = st.executeQuery("SELECT title, done FROM tasks ORDER BY id")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("uno");
        assertThat(rs.next()).isTrue();
        assertThat(rs.getBoolean(2)).isFalse();
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("three");
      }
    }
  }
}
