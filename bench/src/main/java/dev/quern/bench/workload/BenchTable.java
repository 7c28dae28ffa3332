package dev.quern.bench.workload;

import dev.quern.bench.target.Target;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The table the issue-3 workloads share, {@code (id int PRIMARY KEY, k int NOT NULL, v float,
 * s nvarchar(20))} with an index on {@code k}, and its rows. Row {@code id} (1..n) has
 * {@code k = id * 1000003 mod n}, a permutation of 0..n-1 (1000003 is prime), so a range of
 * {@code k} of width w holds exactly w rows; {@code v = id / 2}; {@code s = 'row' + id}.
 */
final class BenchTable {
  /** {@code --only=tables} runs every workload over this table (issue 3's set). */
  static final String GROUP = "tables";

  /** The loaded table the read workloads query. */
  static final String NAME = "bench_t";

  private static final long K_STEP = 1_000_003;
  private static final int BATCH = 1_000;

  private BenchTable() {}

  /** Drops {@code table} if present and creates it with the shared schema and its index on k. */
  static void recreate(Connection c, Target target, String table) throws StatementFailedException {
    Sql.execute(c, "DROP TABLE IF EXISTS " + table);
    Sql.execute(c, target.dialect().createTable(table));
    Sql.execute(c, "CREATE INDEX ix_" + table + "_k ON " + table + " (k)");
  }

  /** The parameterised single-row insert both the autocommit and batched workloads send. */
  static String insert(String table) {
    return "INSERT INTO " + table + " (id, k, v, s) VALUES (?, ?, ?, ?)";
  }

  /** Binds row {@code id} of a table of {@code rows} rows to {@link #insert}'s parameters. */
  static void bind(PreparedStatement p, int id, int rows) throws SQLException {
    p.setInt(1, id);
    p.setInt(2, k(id, rows));
    p.setDouble(3, id / 2.0);
    p.setString(4, "row" + id);
  }

  static int k(int id, int rows) {
    return (int) (id * K_STEP % rows);
  }

  /**
   * Loads rows 1..{@code rows} into a fresh {@link #NAME} with batched prepared inserts, committing
   * each batch of 1,000; the caller times it. Returns the number of rows inserted.
   */
  static long load(Target target, int rows) throws Exception {
    if (rows % K_STEP == 0) {
      throw new IllegalArgumentException("--rows must not be a multiple of " + K_STEP);
    }
    String sql = insert(NAME);
    try (Connection c = target.connect(false)) {
      recreate(c, target, NAME);
      target.dialect().plainBatches(c);
      c.setAutoCommit(false);
      try (PreparedStatement p = c.prepareStatement(sql)) {
        for (int id = 1; id <= rows; id++) {
          bind(p, id, rows);
          p.addBatch();
          if (id % BATCH == 0 || id == rows) {
            p.executeBatch();
            c.commit();
          }
        }
      } catch (SQLException e) {
        throw new StatementFailedException(sql + " (batched, " + BATCH + " rows per batch)", e);
      }
    }
    return rows;
  }

  /** Runs the dialect's post-load maintenance (PostgreSQL: ANALYZE), untimed. */
  static void afterLoad(Target target) throws Exception {
    try (Connection c = target.connect(false)) {
      for (String sql : target.dialect().afterLoad(NAME)) {
        Sql.execute(c, sql);
      }
    }
  }

  /**
   * Makes sure {@link #NAME} holds exactly {@code rows} rows, loading it when a read workload runs
   * without the bulk-insert workload before it (e.g. {@code --only=point-select}).
   */
  static void ensureLoaded(Target target, int rows) throws Exception {
    try (Connection c = target.connect(false);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + NAME)) {
      if (rs.next() && rs.getLong(1) == rows) {
        return;
      }
    } catch (SQLException e) {
      // missing table: load it below; a real failure shows up there with its statement
    }
    load(target, rows);
    afterLoad(target);
  }
}
