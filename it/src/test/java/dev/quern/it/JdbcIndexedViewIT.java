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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Indexed views through mssql-jdbc: the stored rows of an aggregated view follow the driver's
 * transactions (a rollback, a failed statement), and two connections adding to one group at the
 * same time both count (the view's row is locked by the first until it commits; no lost update).
 */
class JdbcIndexedViewIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  @BeforeAll
  static void schema() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE dbo.jiv_sales (id int IDENTITY PRIMARY KEY, region varchar(10) NOT NULL, amount int NOT NULL)");
      s.execute("CREATE VIEW dbo.jiv_totals WITH SCHEMABINDING AS SELECT region, SUM(amount) AS total, COUNT_BIG(*) AS n "
          + "FROM dbo.jiv_sales GROUP BY region");
      s.execute("CREATE UNIQUE CLUSTERED INDEX ix_jiv_totals ON dbo.jiv_totals (region)");
      s.execute("CREATE TABLE dbo.jiv_codes (id int PRIMARY KEY, code varchar(10) NOT NULL)");
      s.execute("CREATE VIEW dbo.jiv_code_index WITH SCHEMABINDING AS SELECT id, code FROM dbo.jiv_codes");
      s.execute("CREATE UNIQUE CLUSTERED INDEX ix_jiv_code ON dbo.jiv_code_index (code)");
    }
  }

  /** The stored row of {@code region}: total and count, or "none". */
  private static String stored(Connection c, String region) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT total, n FROM dbo.jiv_totals WITH (NOEXPAND) WHERE region = ?")) {
      p.setString(1, region);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? rs.getLong(1) + "/" + rs.getLong(2) : "none";
      }
    }
  }

  /** What the view computes from its table now (its expansion). */
  private static String computed(Connection c, String region) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT SUM(amount), COUNT_BIG(*) FROM dbo.jiv_sales WHERE region = ?")) {
      p.setString(1, region);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getLong(2) == 0 ? "none" : rs.getLong(1) + "/" + rs.getLong(2);
      }
    }
  }

  private static void insert(Connection c, String region, int amount) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT dbo.jiv_sales (region, amount) VALUES (?, ?)")) {
      p.setString(1, region);
      p.setInt(2, amount);
      p.executeUpdate();
    }
  }

  @Test
  void aRolledBackTransactionLeavesTheStoredRowsAsTheyWere() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      insert(c, "rb", 5);
      c.setAutoCommit(false);
      insert(c, "rb", 10);
      insert(c, "rb-new", 1);
      s.executeUpdate("UPDATE dbo.jiv_sales SET amount = amount + 100 WHERE region = 'rb'");
      assertThat(stored(c, "rb")).isEqualTo("215/2");
      assertThat(stored(c, "rb-new")).isEqualTo("1/1");
      c.rollback();
      c.setAutoCommit(true);
      assertThat(stored(c, "rb")).isEqualTo("5/1").isEqualTo(computed(c, "rb"));
      assertThat(stored(c, "rb-new")).isEqualTo("none");
    }
  }

  @Test
  void aDuplicateInTheViewFailsTheStatementAndKeepsTheTransaction() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      s.executeUpdate("INSERT dbo.jiv_codes VALUES (1, 'a'), (2, 'b')");
      assertThatThrownBy(() -> s.executeUpdate("INSERT dbo.jiv_codes VALUES (3, 'a')"))
          .isInstanceOf(SQLException.class)
          .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(2601))
          .hasMessage("Cannot insert duplicate key row in object 'dbo.jiv_code_index' with unique index 'ix_jiv_code'."
              + " The duplicate key value is (a).");
      c.commit();
      c.setAutoCommit(true);
      try (ResultSet rs = s.executeQuery("SELECT id, code FROM dbo.jiv_code_index WITH (NOEXPAND) ORDER BY id")) {
        List<String> rows = new ArrayList<>();
        while (rs.next()) {
          rows.add(rs.getInt(1) + rs.getString(2));
        }
        assertThat(rows).containsExactly("1a", "2b");
      }
    }
  }

  @Test
  void twoConnectionsAddingToOneGroupBothCount() throws Exception {
    try (Connection a = SERVER.connect(); Connection b = SERVER.connect()) {
      // The first transaction holds the group's row; the second waits for it, then adds to what it committed.
      a.setAutoCommit(false);
      insert(a, "shared", 1);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        Future<?> waiting = pool.submit(() -> {
          b.setAutoCommit(false);
          insert(b, "shared", 10);
          b.commit();
          return null;
        });
        insert(a, "shared", 2);
        a.commit();
        waiting.get();
        assertThat(stored(a, "shared")).isEqualTo("13/3").isEqualTo(computed(a, "shared"));

        // Many small transactions from both connections at once.
        List<Future<?>> runs = new ArrayList<>();
        for (Connection c : List.of(a, b)) {
          runs.add(pool.submit(() -> {
            for (int i = 0; i < 40; i++) {
              insert(c, "busy", i);
              c.commit();
            }
            return null;
          }));
        }
        for (Future<?> f : runs) {
          f.get();
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(stored(a, "busy")).isEqualTo("1560/80").isEqualTo(computed(a, "busy"));
    }
  }
}
