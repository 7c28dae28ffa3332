package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Full-text search as an application runs it through mssql-jdbc: an install script creates the
 * catalog and index, rows are added and changed, and a prepared search joins CONTAINSTABLE back to
 * the table ordered by RANK, with the search text as a parameter.
 */
class JdbcFullTextSearchIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  private static final String SEARCH = """
      SELECT p.id, p.name, k.RANK
      FROM dbo.products AS p
      INNER JOIN CONTAINSTABLE(dbo.products, (name, description), ?) AS k ON k.[KEY] = p.id
      ORDER BY k.RANK DESC, p.id""";

  @Test
  void searchesRankAndFollowChanges() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE ft_shop");
      s.execute("USE ft_shop");
      s.execute("CREATE TABLE dbo.products (id int IDENTITY PRIMARY KEY, name nvarchar(100) NOT NULL,"
          + " description nvarchar(max) NULL)");
      s.execute("CREATE UNIQUE INDEX ux_products_id ON dbo.products (id)");
      s.execute("IF NOT EXISTS (SELECT 1 FROM sys.fulltext_catalogs WHERE name = 'shop_catalog')"
          + " CREATE FULLTEXT CATALOG shop_catalog AS DEFAULT");
      s.execute("CREATE FULLTEXT INDEX ON dbo.products (name LANGUAGE 1033, description LANGUAGE 1033)"
          + " KEY INDEX ux_products_id ON shop_catalog WITH CHANGE_TRACKING AUTO");
      try (PreparedStatement insert = c.prepareStatement(
          "INSERT INTO dbo.products (name, description) VALUES (?, ?)")) {
        add(insert, "Trail running shoes", "Lightweight shoes for running on trails; running made easy.");
        add(insert, "Hiking boots", "Waterproof boots for long hikes.");
        add(insert, "Running socks", "Breathable socks.");
        add(insert, "Rain jacket", "A jacket that keeps hikers dry in the rain.");
      }

      assertThat(ids(c, "running")).containsExactly(1, 3);
      assertThat(ids(c, "\"hik*\"")).containsExactlyInAnyOrder(2, 4);
      assertThat(ids(c, "running AND NOT socks")).containsExactly(1);
      assertThat(ids(c, "FORMSOF(INFLECTIONAL, hike)")).containsExactly(2);

      s.execute("UPDATE dbo.products SET description = N'Thick running socks for cold trails.' WHERE id = 3");
      s.execute("DELETE FROM dbo.products WHERE id = 1");
      assertThat(ids(c, "running OR trails")).containsExactly(3);

      try (ResultSet rs = s.executeQuery(
          "SELECT COUNT(*) FROM dbo.products WHERE FREETEXT(*, N'boots for hiking in rain')")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(2);
      }
      assertThatThrownBy(() -> ids(c, "running AND"))
          .isInstanceOf(SQLException.class)
          .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(7630));
      s.execute("USE master");
      s.execute("DROP DATABASE ft_shop");
    }
  }

  private static void add(PreparedStatement insert, String name, String description) throws SQLException {
    insert.setString(1, name);
    insert.setString(2, description);
    insert.executeUpdate();
  }

  /** The ids CONTAINSTABLE finds for {@code condition}, best rank first; the ranks are 1–1000 and never rise. */
  private static List<Integer> ids(Connection c, String condition) throws SQLException {
    List<Integer> ids = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(SEARCH)) {
      ps.setString(1, condition);
      try (ResultSet rs = ps.executeQuery()) {
        int previous = Integer.MAX_VALUE;
        while (rs.next()) {
          int rank = rs.getInt(3);
          assertThat(rank).isBetween(1, 1000).isLessThanOrEqualTo(previous);
          previous = rank;
          ids.add(rs.getInt(1));
        }
      }
    }
    return ids;
  }
}
