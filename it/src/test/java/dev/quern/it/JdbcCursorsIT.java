package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Cursors through the drivers: a T-SQL cursor loop in a procedure; mssql-jdbc's server cursors
 * (sp_cursoropen / sp_cursorprepexec, sp_cursorfetch, sp_cursorclose by ProcID) for scrollable
 * result sets walked backwards and by absolute(), and for selectMethod=cursor reading a 10 000-row
 * table a fetch size at a time, and an updatable one changing and deleting rows (sp_cursor).
 */
class JdbcCursorsIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  @BeforeAll
  static void tables() throws SQLException {
    try (Connection c = SERVER.connect(); Statement st = c.createStatement()) {
      st.execute("DROP TABLE IF EXISTS cur_small; CREATE TABLE cur_small (id int PRIMARY KEY, name nvarchar(20))");
      st.execute("INSERT cur_small VALUES (1, N'one'), (2, N'two'), (3, N'three'), (4, N'four'), (5, N'five')");
      st.execute("DROP TABLE IF EXISTS cur_big; CREATE TABLE cur_big (id int PRIMARY KEY, v bigint NOT NULL)");
      st.execute("INSERT cur_big SELECT value, value * 2 FROM GENERATE_SERIES(1, 10000)");
    }
  }

  @Test
  void aTsqlCursorLoopRunsInAProcedure() throws SQLException {
    try (Connection c = SERVER.connect(); Statement st = c.createStatement()) {
      st.execute("CREATE OR ALTER PROCEDURE cur_total @total bigint OUTPUT AS BEGIN"
          + " DECLARE @v bigint; SET @total = 0;"
          + " DECLARE c CURSOR LOCAL FAST_FORWARD FOR SELECT v FROM cur_big;"
          + " OPEN c; FETCH NEXT FROM c INTO @v;"
          + " WHILE @@FETCH_STATUS = 0 BEGIN SET @total += @v; FETCH NEXT FROM c INTO @v; END"
          + " CLOSE c; DEALLOCATE c; END");
      try (var call = c.prepareCall("{call cur_total(?)}")) {
        call.registerOutParameter(1, java.sql.Types.BIGINT);
        call.execute();
        assertThat(call.getLong(1)).isEqualTo(10000L * 10001L);
      }
    }
  }

  @Test
  void aScrollInsensitiveResultSetWalksBackwardsAndByAbsolute() throws SQLException {
    try (Connection c = SERVER.connect();
        Statement st = c.createStatement(ResultSet.TYPE_SCROLL_INSENSITIVE, ResultSet.CONCUR_READ_ONLY)) {
      st.setFetchSize(2);
      try (ResultSet rs = st.executeQuery("SELECT id, name FROM cur_small")) {
        assertThat(rs.last()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(5);
        assertThat(rs.getRow()).isEqualTo(5);
        List<Integer> backwards = new ArrayList<>();
        do {
          backwards.add(rs.getInt(1));
        } while (rs.previous());
        assertThat(backwards).containsExactly(5, 4, 3, 2, 1);
        assertThat(rs.absolute(3)).isTrue();
        assertThat(rs.getString(2)).isEqualTo("three");
        assertThat(rs.absolute(-1)).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(5);
        assertThat(rs.relative(-3)).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(2);
        assertThat(rs.absolute(9)).isFalse();
        assertThat(rs.isAfterLast()).isTrue();
        assertThat(rs.first()).isTrue();
        assertThat(rs.getString(2)).isEqualTo("one");
      }
    }
  }

  @Test
  void aPreparedScrollableResultSetTakesParameters() throws SQLException {
    try (Connection c = SERVER.connect();
        PreparedStatement ps = c.prepareStatement(
            "SELECT id FROM cur_small WHERE id >= ?", ResultSet.TYPE_SCROLL_INSENSITIVE, ResultSet.CONCUR_READ_ONLY)) {
      for (int min = 2; min <= 3; min++) {
        ps.setInt(1, min);
        try (ResultSet rs = ps.executeQuery()) {
          assertThat(rs.last()).isTrue();
          assertThat(rs.getRow()).isEqualTo(6 - min);
          assertThat(rs.previous()).isTrue();
          assertThat(rs.getInt(1)).isEqualTo(4);
        }
      }
    }
  }

  @Test
  void anUpdatableResultSetUpdatesAndDeletesRows() throws SQLException {
    try (Connection c = SERVER.connect(); Statement st = c.createStatement()) {
      st.execute("DROP TABLE IF EXISTS cur_upd; CREATE TABLE cur_upd (id int PRIMARY KEY, qty int NOT NULL, note nvarchar(20))");
      st.execute("INSERT cur_upd VALUES (1, 10, N'a'), (2, 20, N'b'), (3, 30, N'c'), (4, 40, N'd')");
      try (Statement up = c.createStatement(ResultSet.TYPE_SCROLL_SENSITIVE, ResultSet.CONCUR_UPDATABLE);
          ResultSet rs = up.executeQuery("SELECT id, qty, note FROM cur_upd")) {
        while (rs.next()) {
          int id = rs.getInt(1);
          if (id == 2) {
            rs.deleteRow();
          } else if (id % 2 == 1) {
            rs.updateInt(2, rs.getInt(2) + 1);
            rs.updateString(3, "odd");
            rs.updateRow();
          }
        }
        assertThat(rs.absolute(4)).isTrue();
        rs.updateInt("qty", 99);
        rs.updateRow();
      }
      List<String> rows = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("SELECT id, qty, note FROM cur_upd ORDER BY id")) {
        while (rs.next()) {
          rows.add(rs.getInt(1) + ":" + rs.getInt(2) + ":" + rs.getString(3));
        }
      }
      assertThat(rows).containsExactly("1:11:odd", "3:31:odd", "4:99:d");
    }
  }

  @Test
  void selectMethodCursorReadsABigTableAFetchSizeAtATime() throws SQLException {
    try (Connection c = SERVER.connect("encrypt=true;trustServerCertificate=true;selectMethod=cursor"); Statement st = c.createStatement()) {
      st.setFetchSize(500);
      long rows = 0;
      long sum = 0;
      int last = 0;
      try (ResultSet rs = st.executeQuery("SELECT id, v FROM cur_big")) {
        while (rs.next()) {
          rows++;
          sum += rs.getLong(2);
          assertThat(rs.getInt(1)).isGreaterThan(last);
          last = rs.getInt(1);
        }
      }
      assertThat(rows).isEqualTo(10000);
      assertThat(sum).isEqualTo(10000L * 10001L);
      // What is not one SELECT runs without a cursor (16954) and answers as usual.
      assertThat(st.execute("UPDATE cur_big SET v = v WHERE id <= 3")).isFalse();
      assertThat(st.getUpdateCount()).isEqualTo(3);
      try (ResultSet rs = st.executeQuery("EXEC sp_executesql N'SELECT COUNT(*) FROM cur_big'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(10000);
      }
    }
  }
}
