package dev.quern.it.chaos;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The calls of a chaos run that must succeed, each with its oracle: the rows a script returns,
 * what INSERT … EXEC leaves after COMMIT or ROLLBACK, what the DMVs show. Any error is a finding.
 */
public final class ScriptCalls {
  /** Rows of {@code dbo.chaos_big}: (id 1..N, grp = id % 17, val = id / 3.0). */
  public static final int BIG_ROWS = 200_000;
  static final int GROUPS = 17;

  private ScriptCalls() {}

  /** The tables the calls read and write; run once before the sessions start. */
  public static void createTables(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE dbo.chaos_big (id int NOT NULL PRIMARY KEY, grp int NOT NULL, val float NOT NULL)");
      s.execute("INSERT INTO dbo.chaos_big SELECT value, value % " + GROUPS + ", CAST(value AS float) / 3 FROM GENERATE_SERIES(1, " + BIG_ROWS + ")");
      s.execute("CREATE TABLE dbo.chaos_ins (tag nvarchar(40) NOT NULL, n int NOT NULL)");
      s.execute("CREATE TABLE dbo.chaos_pk (id bigint NOT NULL PRIMARY KEY, tag nvarchar(40) NOT NULL)");
    }
  }

  /** {@code EXEC sp_execute_external_script} of {@code script} plus further arguments. */
  static String spees(String script, String more) {
    return "EXEC sp_execute_external_script @language = N'Python', @script = N'" + script.replace("'", "''") + "'" + (more.isEmpty() ? "" : ", " + more);
  }

  static String quoted(String sql) {
    return "N'" + sql.replace("'", "''") + "'";
  }

  static String trivial(ChaosSession s) throws SQLException, ChaosFinding {
    int n = s.random().nextInt(1_000_000);
    try (Statement st = s.connection().createStatement();
        ResultSet rs = st.executeQuery(spees("OutputDataSet = InputDataSet", "@input_data_1 = N'SELECT " + n + " AS a'"))) {
      expect(rs.next() && rs.getInt(1) == n && !rs.next(), "trivial: one row " + n);
    }
    return "ok";
  }

  /** All 200k rows through the script and back, checked by count and sums. */
  static String passThrough(ChaosSession s) throws SQLException, ChaosFinding {
    long rows = 0;
    long idSum = 0;
    long grpSum = 0;
    try (Statement st = s.connection().createStatement();
        ResultSet rs = st.executeQuery(spees("OutputDataSet = InputDataSet", "@input_data_1 = N'SELECT id, grp, val FROM dbo.chaos_big'"))) {
      while (rs.next()) {
        rows++;
        int id = rs.getInt(1);
        idSum += id;
        grpSum += rs.getInt(2);
        if (Math.abs(rs.getDouble(3) - id / 3.0) > 1e-9) {
          throw new ChaosFinding("pass-through: val of id " + id + " is " + rs.getDouble(3));
        }
      }
    }
    long n = BIG_ROWS;
    expect(rows == n && idSum == n * (n + 1) / 2 && grpSum == expectedGroupSum(BIG_ROWS), "pass-through: " + n + " rows, got " + rows + " (id sum " + idSum + ")");
    return "ok";
  }

  private static long expectedGroupSum(int rows) {
    long sum = 0;
    for (int i = 1; i <= rows; i++) {
      sum += i % GROUPS;
    }
    return sum;
  }

  /** One run per partition: each returns its group, row count and id sum, in any order. */
  static String partitions(ChaosSession s) throws SQLException, ChaosFinding {
    int upTo = 2_000 + s.random().nextInt(18_000);
    String script = "OutputDataSet = pandas.DataFrame({\"g\": [int(InputDataSet.grp.iloc[0])], \"n\": [len(InputDataSet)], \"s\": [int(InputDataSet.id.sum())], \"k\": [int(InputDataSet.grp.nunique())]})";
    long[] count = new long[GROUPS];
    long[] sum = new long[GROUPS];
    int runs = 0;
    try (Statement st = s.connection().createStatement();
        ResultSet rs = st.executeQuery(spees(script, "@input_data_1 = " + quoted("SELECT id, grp FROM dbo.chaos_big WHERE id <= " + upTo) + ", @input_data_1_partition_by_columns = N'grp'"))) {
      while (rs.next()) {
        runs++;
        int g = rs.getInt(1);
        expect(g >= 0 && g < GROUPS && rs.getInt(4) == 1, "partitions: one group per run, got group " + g + " with " + rs.getInt(4) + " groups");
        count[g] += rs.getLong(2);
        sum[g] += rs.getLong(3);
      }
    }
    expect(runs == GROUPS, "partitions: " + GROUPS + " runs, got " + runs);
    for (int g = 0; g < GROUPS; g++) {
      long c = 0;
      long t = 0;
      for (int i = 1; i <= upTo; i++) {
        if (i % GROUPS == g) {
          c++;
          t += i;
        }
      }
      expect(count[g] == c && sum[g] == t, "partitions: group " + g + " should have " + c + " rows summing to " + t + ", got " + count[g] + "/" + sum[g]);
    }
    return "ok";
  }

  /** @r_rowsPerRead: one run per chunk, in order, globals kept across the chunks. */
  static String streaming(ChaosSession s) throws SQLException, ChaosFinding {
    int rows = 5_000 + s.random().nextInt(40_000);
    int per = 2_000 + s.random().nextInt(10_000);
    String script = "chunk = globals().get(\"chunk\", 0) + 1\nOutputDataSet = pandas.DataFrame({\"c\": [chunk], \"n\": [len(InputDataSet)], \"lo\": [int(InputDataSet.id.min())]})";
    List<int[]> got = new ArrayList<>();
    try (Statement st = s.connection().createStatement();
        ResultSet rs = st.executeQuery(spees(script, "@input_data_1 = " + quoted("SELECT id FROM dbo.chaos_big WHERE id <= " + rows + " ORDER BY id") + ", @params = N'@r_rowsPerRead int', @r_rowsPerRead = " + per))) {
      while (rs.next()) {
        got.add(new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)});
      }
    }
    int chunks = (rows + per - 1) / per;
    expect(got.size() == chunks, "streaming: " + chunks + " chunks of " + per + " for " + rows + " rows, got " + got.size());
    for (int i = 0; i < chunks; i++) {
      int[] r = got.get(i);
      int n = Math.min(per, rows - i * per);
      expect(r[0] == i + 1 && r[1] == n && r[2] == i * per + 1, "streaming: chunk " + (i + 1) + " of " + n + " rows from " + (i * per + 1) + ", got " + r[0] + "/" + r[1] + "/" + r[2]);
    }
    return "ok";
  }

  /** @parallel = 1: the rows spread over satellites (a task may get none), all of them counted once. */
  static String parallel(ChaosSession s) throws SQLException, ChaosFinding {
    int rows = 1_000 + s.random().nextInt(30_000);
    long n = 0;
    long sum = 0;
    try (Statement st = s.connection().createStatement();
        ResultSet rs = st.executeQuery(spees("OutputDataSet = pandas.DataFrame({\"n\": [len(InputDataSet)], \"s\": [int(InputDataSet.id.sum()) if len(InputDataSet) else 0]})",
            "@input_data_1 = " + quoted("SELECT id FROM dbo.chaos_big WHERE id <= " + rows) + ", @parallel = 1 WITH RESULT SETS ((n int, s bigint))"))) {
      while (rs.next()) {
        n += rs.getLong(1);
        sum += rs.getLong(2);
      }
    }
    expect(n == rows && sum == (long) rows * (rows + 1) / 2, "parallel: " + rows + " rows counted once, got " + n + " (sum " + sum + ")");
    return "ok";
  }

  /** Trains a model returned as varbinary(max) OUTPUT, then scores with it in a second call. */
  static String model(ChaosSession s) throws SQLException, ChaosFinding {
    String train = "import pickle\nfrom sklearn.tree import DecisionTreeClassifier\nm = DecisionTreeClassifier().fit(InputDataSet[[\"grp\"]], InputDataSet.grp >= 8)\nmodel = pickle.dumps(m)";
    byte[] model;
    try (Statement st = s.connection().createStatement()) {
      ResultSet rs = firstResultSet(st, "DECLARE @model varbinary(max);\n" + spees(train, "@input_data_1 = N'SELECT grp FROM dbo.chaos_big WHERE id <= 500', @params = N'@model varbinary(max) OUTPUT', @model = @model OUTPUT") + ";\nSELECT @model;");
      expect(rs != null && rs.next(), "model: the OUTPUT value selected");
      model = rs.getBytes(1);
      rs.close();
    }
    expect(model != null && model.length > 100 && model[0] == (byte) 0x80, "model: a pickle in the OUTPUT parameter");
    int from = 1 + s.random().nextInt(BIG_ROWS - 300);
    String score = "import pickle\nm = pickle.loads(model)\nOutputDataSet = pandas.DataFrame({\"id\": InputDataSet.id, \"p\": m.predict(InputDataSet[[\"grp\"]]).astype(int)})";
    int rows = 0;
    try (PreparedStatement ps = s.connection().prepareStatement(spees(score, "@input_data_1 = " + quoted("SELECT id, grp FROM dbo.chaos_big WHERE id BETWEEN " + from + " AND " + (from + 199)) + ", @params = N'@model varbinary(max)', @model = ?"))) {
      ps.setBytes(1, model);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows++;
          int id = rs.getInt(1);
          expect(rs.getInt(2) == ((id % GROUPS) >= 8 ? 1 : 0), "model: prediction for id " + id + " is " + rs.getInt(2));
        }
      }
    }
    expect(rows == 200, "model: 200 scored rows, got " + rows);
    return "ok";
  }

  /** Runs a batch and returns its first result set, skipping update counts; null if none. */
  static ResultSet firstResultSet(Statement st, String sql) throws SQLException {
    boolean isResult = st.execute(sql);
    while (true) {
      if (isResult) {
        return st.getResultSet();
      }
      if (st.getUpdateCount() == -1) {
        return null;
      }
      isResult = st.getMoreResults();
    }
  }

  static int trancount(Statement st) throws SQLException {
    try (ResultSet rs = st.executeQuery("SELECT @@TRANCOUNT")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** The DMVs answer while calls run: only Python requests, sane counters. */
  static String dmvs(ChaosSession s) throws SQLException, ChaosFinding {
    try (Statement st = s.connection().createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT external_script_request_id, language, degree_of_parallelism, external_user_name FROM sys.dm_external_script_requests")) {
        while (rs.next()) {
          expect(rs.getString(1) != null && "Python".equals(rs.getString(2)) && rs.getInt(3) >= 1, "dmv: a request row (" + rs.getString(1) + ", " + rs.getString(2) + ", " + rs.getInt(3) + ")");
        }
      }
      try (ResultSet rs = st.executeQuery("SELECT counter_name, counter_value FROM sys.dm_external_script_execution_stats WHERE language = N'Python'")) {
        int n = 0;
        while (rs.next()) {
          n++;
          expect(rs.getLong(2) >= 0, "dmv: counter " + rs.getString(1) + " = " + rs.getLong(2));
        }
        expect(n > 0, "dmv: Python counters");
      }
      try (ResultSet rs = st.executeQuery("SELECT r.session_id FROM sys.dm_exec_requests r JOIN sys.dm_external_script_requests x ON x.external_script_request_id = r.external_script_request_id")) {
        while (rs.next()) {
          expect(rs.getInt(1) > 0, "dmv: a session id for a running script");
        }
      }
    }
    return "ok";
  }

  static void expect(boolean ok, String what) throws ChaosFinding {
    if (!ok) {
      throw new ChaosFinding(what);
    }
  }
}
