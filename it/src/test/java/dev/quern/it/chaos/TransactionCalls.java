package dev.quern.it.chaos;

import static dev.quern.it.chaos.ScriptCalls.expect;
import static dev.quern.it.chaos.ScriptCalls.spees;
import static dev.quern.it.chaos.ScriptCalls.trancount;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * INSERT … EXEC sp_execute_external_script inside explicit transactions: what the table holds
 * after COMMIT or ROLLBACK when a later INSERT … EXEC of the same transaction failed in the script
 * or on a constraint (the failed statement leaves nothing, the transaction stays open).
 */
public final class TransactionCalls {
  /** Keys of dbo.chaos_pk: unique across the run, so only the planned duplicate collides. */
  private static final AtomicLong NEXT_KEY = new AtomicLong(1);

  private TransactionCalls() {}

  /**
   * INSERT … EXEC in an explicit transaction, sometimes followed by a failing INSERT … EXEC in the
   * same transaction, then COMMIT or ROLLBACK: the table holds exactly the successful insert's
   * rows after COMMIT, none after ROLLBACK.
   */
  static String insertExec(ChaosSession s) throws SQLException, ChaosFinding {
    Random r = s.random();
    String tag = UUID.randomUUID().toString();
    int k = 1 + r.nextInt(500);
    boolean commit = r.nextBoolean();
    boolean failSecond = r.nextInt(3) == 0;
    Connection c = s.connection();
    try (Statement st = c.createStatement()) {
      st.execute("BEGIN TRANSACTION");
      int inserted = st.executeUpdate("INSERT INTO dbo.chaos_ins (tag, n) " + spees("OutputDataSet = pandas.DataFrame({\"t\": [tag] * k, \"n\": range(k)})", "@params = N'@tag nvarchar(40), @k int', @tag = N'" + tag + "', @k = " + k));
      expect(inserted == k, "insert-exec: " + k + " rows inserted, update count " + inserted);
      if (failSecond) {
        try {
          st.executeUpdate("INSERT INTO dbo.chaos_ins (tag, n) " + spees("raise RuntimeError(\"no rows\")", ""));
          throw new ChaosFinding("insert-exec: a failing script inserted without error");
        } catch (SQLException e) {
          if (e.getErrorCode() != 39004) {
            throw ChaosFinding.unexpected("39004 from the failing INSERT … EXEC", e);
          }
        }
      }
      expect(trancount(st) == 1, "insert-exec: the transaction is still open before " + (commit ? "COMMIT" : "ROLLBACK"));
      st.execute(commit ? "COMMIT" : "ROLLBACK");
      expect(trancount(st) == 0, "insert-exec: no transaction after " + (commit ? "COMMIT" : "ROLLBACK"));
      try (ResultSet rs = st.executeQuery("SELECT COUNT(*), COUNT(DISTINCT n) FROM dbo.chaos_ins WHERE tag = N'" + tag + "'")) {
        rs.next();
        int want = commit ? k : 0;
        expect(rs.getInt(1) == want && rs.getInt(2) == want, "insert-exec: " + want + " rows after " + (commit ? "COMMIT" : "ROLLBACK") + ", found " + rs.getInt(1));
      }
    } catch (SQLException | ChaosFinding e) {
      rollbackQuietly(c);
      throw e;
    }
    return (commit ? "commit" : "rollback") + (failSecond ? "+error" : "");
  }

  /**
   * INSERT … EXEC of k fresh keys, then one whose script output repeats a key already inserted:
   * 2627 for the whole statement (none of its rows stay), the transaction open, then exactly the
   * first k rows after COMMIT, none after ROLLBACK.
   */
  static String constraintInTransaction(ChaosSession s) throws SQLException, ChaosFinding {
    Random r = s.random();
    String tag = UUID.randomUUID().toString();
    int k = 2 + r.nextInt(200);
    long first = NEXT_KEY.getAndAdd(2L * k);
    boolean commit = r.nextBoolean();
    Connection c = s.connection();
    String script = "OutputDataSet = pandas.DataFrame({\"id\": [int(lo) + i for i in range(k)] + extra, \"t\": tag})";
    try (Statement st = c.createStatement()) {
      st.execute("BEGIN TRANSACTION");
      st.executeUpdate("INSERT INTO dbo.chaos_pk (id, tag) " + spees(script, "@params = N'@lo bigint, @k int, @tag nvarchar(40)', @lo = " + first + ", @k = " + k + ", @tag = N'" + tag + "'").replace("+ extra", "+ []"));
      try {
        // Fresh keys after the first batch, and one of the first batch's again at the end.
        st.executeUpdate("INSERT INTO dbo.chaos_pk (id, tag) " + spees(script.replace("+ extra", "+ [int(lo) - k + k // 2]"), "@params = N'@lo bigint, @k int, @tag nvarchar(40)', @lo = " + (first + k) + ", @k = " + k + ", @tag = N'" + tag + "'"));
        throw new ChaosFinding("constraint: a duplicate key was inserted");
      } catch (SQLException e) {
        if (e.getErrorCode() != 2627) {
          throw ChaosFinding.unexpected("2627", e);
        }
      }
      expect(trancount(st) == 1, "constraint: the transaction is still open after 2627");
      st.execute(commit ? "COMMIT" : "ROLLBACK");
      try (ResultSet rs = st.executeQuery("SELECT COUNT(*), MIN(id), MAX(id) FROM dbo.chaos_pk WHERE tag = N'" + tag + "'")) {
        rs.next();
        int want = commit ? k : 0;
        expect(rs.getInt(1) == want && (want == 0 || (rs.getLong(2) == first && rs.getLong(3) == first + k - 1)), "constraint: " + want + " rows after " + (commit ? "COMMIT" : "ROLLBACK") + ", found " + rs.getInt(1));
      }
    } catch (SQLException | ChaosFinding e) {
      rollbackQuietly(c);
      throw e;
    }
    return commit ? "2627+commit" : "2627+rollback";
  }

  private static void rollbackQuietly(Connection c) {
    try (Statement st = c.createStatement()) {
      st.execute("IF @@TRANCOUNT > 0 ROLLBACK");
    } catch (SQLException e) {
      // The finding already says what went wrong.
    }
  }

}
