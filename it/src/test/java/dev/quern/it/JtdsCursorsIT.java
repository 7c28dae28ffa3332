package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * jTDS's server cursors (sp_cursoropen, sp_cursorfetch, sp_cursor, sp_cursorclose by name):
 * useCursors=true for forward-only reads (its first query carries SET options in the same batch),
 * and a scroll-sensitive updatable result set updating and deleting rows.
 */
class JtdsCursorsIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  @BeforeAll
  static void tables() throws SQLException {
    try (Connection c = SERVER.connect(); Statement st = c.createStatement()) {
      st.execute("DROP TABLE IF EXISTS cur_small; CREATE TABLE cur_small (id int PRIMARY KEY, name nvarchar(20))");
      st.execute("INSERT cur_small VALUES (1, N'one'), (2, N'two'), (3, N'three'), (4, N'four'), (5, N'five')");
    }
  }

  @Test
  void jtdsScrollsAndUpdatesThroughServerCursors() throws SQLException {
    try (Connection c = DriverManager.getConnection(SERVER.jtdsUrl(""));
        Statement st = c.createStatement()) {
      st.execute("DROP TABLE IF EXISTS cur_jtds; CREATE TABLE cur_jtds (id int PRIMARY KEY, qty int NOT NULL)");
      st.execute("INSERT cur_jtds VALUES (1, 10), (2, 20), (3, 30)");
      try (Statement up = c.createStatement(ResultSet.TYPE_SCROLL_SENSITIVE, ResultSet.CONCUR_UPDATABLE);
          ResultSet rs = up.executeQuery("SELECT id, qty FROM cur_jtds")) {
        assertThat(rs.last()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(3);
        rs.updateInt(2, 33);
        rs.updateRow();
        assertThat(rs.absolute(1)).isTrue();
        rs.deleteRow();
      }
      List<String> rows = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("SELECT id, qty FROM cur_jtds ORDER BY id")) {
        while (rs.next()) {
          rows.add(rs.getInt(1) + ":" + rs.getInt(2));
        }
      }
      assertThat(rows).containsExactly("2:20", "3:33");
    }
  }

  @Test
  void jtdsUseCursorsReadsThroughServerCursors() throws SQLException {
    try (Connection c = DriverManager.getConnection(SERVER.jtdsUrl("useCursors=true"));
        Statement st = c.createStatement()) {
      st.setFetchSize(3);
      List<String> names = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("SELECT name FROM cur_small")) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
      assertThat(names).containsExactly("one", "two", "three", "four", "five");
    }
  }
}
