package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The catalog, identity values and sequences carry on across a restart, first a clean one
 * (SIGTERM) and then a crash (SIGKILL) with no load: the same objects with the same ids, the
 * constraints still enforced, new identity and sequence values above every one handed out.
 */
class RestartIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  private static final String CATALOG =
      "SELECT o.name, o.object_id, o.type, o.parent_object_id FROM sys.objects o "
          + "JOIN sys.schemas s ON s.schema_id = o.schema_id WHERE s.name = 'dbo' ORDER BY o.name";
  private static final String INDEXES =
      "SELECT i.object_id, i.name, i.index_id, i.type, i.is_unique, i.is_primary_key "
          + "FROM sys.indexes i JOIN sys.tables t ON t.object_id = i.object_id "
          + "ORDER BY i.object_id, i.index_id";
  private static final String COLUMNS =
      "SELECT c.object_id, c.name, c.column_id, c.system_type_id, c.max_length, c.is_nullable, "
          + "c.is_identity FROM sys.columns c JOIN sys.tables t ON t.object_id = c.object_id "
          + "ORDER BY c.object_id, c.column_id";

  @Test
  void catalogIdentityAndSequenceContinueAfterCleanRestartAndAfterCrash() throws Exception {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE dbo.owners (id int NOT NULL PRIMARY KEY, name nvarchar(20) NOT NULL)");
      s.execute(
          "CREATE TABLE dbo.items (id int IDENTITY(100, 5) NOT NULL PRIMARY KEY, "
              + "owner_id int NOT NULL CONSTRAINT fk_items_owner REFERENCES dbo.owners (id), "
              + "qty int NOT NULL CONSTRAINT ck_items_qty CHECK (qty > 0), "
              + "note nvarchar(30) NULL CONSTRAINT df_items_note DEFAULT N'none')");
      s.execute("CREATE UNIQUE INDEX ux_owners_name ON dbo.owners (name)");
      s.execute("CREATE INDEX ix_items_owner ON dbo.items (owner_id)");
      s.execute("CREATE VIEW dbo.item_totals AS SELECT owner_id, SUM(qty) AS total "
          + "FROM dbo.items GROUP BY owner_id");
      s.execute("CREATE SEQUENCE dbo.order_no AS int START WITH 1000 INCREMENT BY 7 NO CACHE");
      s.execute("INSERT INTO dbo.owners VALUES (1, N'ann'), (2, N'bob')");
      s.execute("INSERT INTO dbo.items (owner_id, qty) VALUES (1, 3), (2, 4), (1, 5)");
      assertThat(Sql.scalar(c, "SELECT NEXT VALUE FOR dbo.order_no")).isEqualTo(1000);
      assertThat(Sql.scalar(c, "SELECT NEXT VALUE FOR dbo.order_no")).isEqualTo(1007);
    }
    List<String> catalog = snapshot();

    SERVER.restart();
    try (Connection c = connect()) {
      assertThat(snapshot()).as("catalog after a clean restart").isEqualTo(catalog);
      assertThat(rows(c, "SELECT id, owner_id, qty, note FROM dbo.items ORDER BY id"))
          .containsExactly("100|1|3|none", "105|2|4|none", "110|1|5|none");
      assertThat(Sql.scalar(c, "SELECT IDENT_CURRENT('dbo.items')")).isEqualTo(110);
      assertThat(insertItem(c)).as("identity after a clean restart").isEqualTo(115);
      // NO CACHE: every value is on disk before it is handed out, so none is skipped or repeated.
      assertThat(Sql.scalar(c, "SELECT NEXT VALUE FOR dbo.order_no"))
          .as("sequence after a clean restart").isEqualTo(1014);
      assertConstraintsEnforced(c);
    }

    SERVER.kill();
    SERVER.restart();
    try (Connection c = connect()) {
      assertThat(snapshot()).as("catalog after a crash").isEqualTo(catalog);
      assertThat(rows(c, "SELECT owner_id, total FROM dbo.item_totals ORDER BY owner_id"))
          .containsExactly("1|8", "2|5");
      assertThat(insertItem(c)).as("identity after a crash").isGreaterThan(115);
      assertThat(Sql.scalar(c, "SELECT NEXT VALUE FOR dbo.order_no"))
          .as("sequence after a crash").isGreaterThan(1014);
      assertConstraintsEnforced(c);
    }
  }

  private static long insertItem(Connection c) throws SQLException {
    return Sql.scalar(c, "INSERT INTO dbo.items (owner_id, qty) VALUES (2, 1); "
        + "SELECT CAST(SCOPE_IDENTITY() AS int)");
  }

  private static void assertConstraintsEnforced(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      assertError(s, "INSERT INTO dbo.items (owner_id, qty) VALUES (9, 1)", 547);
      assertError(s, "INSERT INTO dbo.items (owner_id, qty) VALUES (1, 0)", 547);
      assertError(s, "INSERT INTO dbo.owners VALUES (1, N'cy')", 2627);
      assertError(s, "INSERT INTO dbo.owners VALUES (3, N'ann')", 2601);
      assertError(s, "DELETE FROM dbo.owners WHERE id = 1", 547);
    }
  }

  private static void assertError(Statement s, String sql, int number) {
    assertThatThrownBy(() -> s.execute(sql))
        .as(sql)
        .isInstanceOfSatisfying(SQLException.class,
            e -> assertThat(e.getErrorCode()).as(e.getMessage()).isEqualTo(number));
  }

  private static List<String> snapshot() throws SQLException {
    try (Connection c = connect()) {
      List<String> all = new ArrayList<>(rows(c, CATALOG));
      all.addAll(rows(c, INDEXES));
      all.addAll(rows(c, COLUMNS));
      return all;
    }
  }

  private static List<String> rows(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      while (rs.next()) {
        List<String> cells = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          cells.add(String.valueOf(rs.getObject(i)).trim());
        }
        out.add(String.join("|", cells));
      }
    }
    return out;
  }

  private static Connection connect() throws SQLException {
    return SERVER.connect("encrypt=false");
  }
}
