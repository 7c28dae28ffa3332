package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.sqlserver.jdbc.SQLServerConnectionPoolDataSource;
import dev.quern.it.support.QuernServer;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.PooledConnection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * sp_execute_external_script through mssql-jdbc, following the documented tutorial ("Python
 * tutorial: Train and save a model"): load iris, train a scikit-learn model in a script, return it
 * as a varbinary(max) OUTPUT parameter, store it, score new rows with it in a second call,
 * INSERT … EXEC the predictions and read them back. Plus messages, errors, names and cancel.
 */
class JdbcExternalScriptIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  /** The first ten rows of each species of Fisher's iris data (species 0, 1, 2). */
  private static final String IRIS_ROWS =
      """
      (1,5.1,3.5,1.4,0.2,0),(2,4.9,3.0,1.4,0.2,0),(3,4.7,3.2,1.3,0.2,0),(4,4.6,3.1,1.5,0.2,0),
      (5,5.0,3.6,1.4,0.2,0),(6,5.4,3.9,1.7,0.4,0),(7,4.6,3.4,1.4,0.3,0),(8,5.0,3.4,1.5,0.2,0),
      (9,4.4,2.9,1.4,0.2,0),(10,4.9,3.1,1.5,0.1,0),
      (11,7.0,3.2,4.7,1.4,1),(12,6.4,3.2,4.5,1.5,1),(13,6.9,3.1,4.9,1.5,1),(14,5.5,2.3,4.0,1.3,1),
      (15,6.5,2.8,4.6,1.5,1),(16,5.7,2.8,4.5,1.3,1),(17,6.3,3.3,4.7,1.6,1),(18,4.9,2.4,3.3,1.0,1),
      (19,6.6,2.9,4.6,1.3,1),(20,5.2,2.7,3.9,1.4,1),
      (21,6.3,3.3,6.0,2.5,2),(22,5.8,2.7,5.1,1.9,2),(23,7.1,3.0,5.9,2.1,2),(24,6.3,2.9,5.6,1.8,2),
      (25,6.5,3.0,5.8,2.2,2),(26,7.6,3.0,6.6,2.1,2),(27,4.9,2.5,4.5,1.7,2),(28,7.3,2.9,6.3,1.8,2),
      (29,6.7,2.5,5.8,1.8,2),(30,7.2,3.6,6.1,2.5,2)
      """;

  @BeforeAll
  static void enableExternalScripts() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("EXEC sp_configure 'external scripts enabled', 1; RECONFIGURE WITH OVERRIDE;");
      try (ResultSet rs = s.executeQuery("EXEC sp_configure 'external scripts enabled'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt("run_value")).isEqualTo(1);
      }
    }
  }

  @Test
  void theTutorialFlowTrainsStoresAndScoresAModel() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE dbo.iris_data (id int NOT NULL PRIMARY KEY, sepal_length float, sepal_width float,"
              + " petal_length float, petal_width float, species_id int)");
      s.execute("INSERT INTO dbo.iris_data VALUES " + IRIS_ROWS);
      s.execute("CREATE TABLE dbo.iris_models (model_name varchar(50) NOT NULL, model varbinary(max) NOT NULL)");
      s.execute(
          "DECLARE @trained_model varbinary(max);\n"
              + "EXEC sp_execute_external_script @language = N'Python',\n"
              + "  @script = N'import pickle\n"
              + "from sklearn.naive_bayes import GaussianNB\n"
              + "GNB = GaussianNB()\n"
              + "trained_model = pickle.dumps(GNB.fit(iris_data[[\"sepal_length\", \"sepal_width\", \"petal_length\", \"petal_width\"]], iris_data[[\"species_id\"]].values.ravel()))',\n"
              + "  @input_data_1 = N'SELECT sepal_length, sepal_width, petal_length, petal_width, species_id FROM dbo.iris_data',\n"
              + "  @input_data_1_name = N'iris_data',\n"
              + "  @params = N'@trained_model varbinary(max) OUTPUT',\n"
              + "  @trained_model = @trained_model OUTPUT;\n"
              + "INSERT INTO dbo.iris_models (model_name, model) VALUES ('Naive Bayes', @trained_model);");
      try (ResultSet rs = s.executeQuery("SELECT DATALENGTH(model) FROM dbo.iris_models WHERE model_name = 'Naive Bayes'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getLong(1)).isGreaterThan(100);
      }
      s.execute("CREATE TABLE dbo.iris_predictions (id int NOT NULL, species_id int, species_id_predicted int)");
      s.execute(
          "DECLARE @nb_model varbinary(max);\n"
              + "SELECT @nb_model = model FROM dbo.iris_models WHERE model_name = 'Naive Bayes';\n"
              + "INSERT INTO dbo.iris_predictions (id, species_id, species_id_predicted)\n"
              + "EXEC sp_execute_external_script @language = N'Python',\n"
              + "  @script = N'import pickle\n"
              + "irismodel = pickle.loads(nb_model)\n"
              + "species_pred = irismodel.predict(iris_data[[\"sepal_length\", \"sepal_width\", \"petal_length\", \"petal_width\"]])\n"
              + "OutputDataSet = pandas.DataFrame({\"id\": iris_data.id, \"actual\": iris_data.species_id, \"pred\": species_pred})',\n"
              + "  @input_data_1 = N'SELECT id, sepal_length, sepal_width, petal_length, petal_width, species_id FROM dbo.iris_data',\n"
              + "  @input_data_1_name = N'iris_data',\n"
              + "  @params = N'@nb_model varbinary(max)', @nb_model = @nb_model;");
      try (ResultSet rs =
          s.executeQuery(
              "SELECT COUNT(*), SUM(CASE WHEN species_id_predicted = species_id THEN 1 ELSE 0 END)"
                  + " FROM dbo.iris_predictions")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(30);
        assertThat(rs.getInt(2)).isGreaterThanOrEqualTo(27);
      }
    }
  }

  @Test
  void columnsAreUnnamedUnlessWithResultSetsNamesThem() throws SQLException {
    String call =
        "EXEC sp_execute_external_script @language = N'Python', @script = N'OutputDataSet = InputDataSet',"
            + " @input_data_1 = N'SELECT 1 AS a, N''x'' AS b'";
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery(call)) {
        assertThat(rs.getMetaData().getColumnName(1)).isEmpty();
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(1);
        assertThat(rs.getString(2)).isEqualTo("x");
      }
      try (ResultSet rs = s.executeQuery(call + " WITH RESULT SETS ((id int NOT NULL, label nvarchar(10)))")) {
        assertThat(rs.getMetaData().getColumnName(1)).isEqualTo("id");
        assertThat(rs.getMetaData().getColumnName(2)).isEqualTo("label");
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString("label")).isEqualTo("x");
      }
    }
  }

  /** Every mapped type, NULLs included, comes back from a pass-through script as SELECT gives it. */
  @Test
  void everyMappedTypeRoundTripsThroughAScriptWithNulls() throws SQLException {
    String columns =
        "id int, ti tinyint, si smallint, i int, bi bigint, b bit, r real, f float, d decimal(10,2),"
            + " m money, nv nvarchar(20), v varchar(20), vb varbinary(10), dt date, tm time(6),"
            + " dt2 datetime2(6), dto datetimeoffset(6), u uniqueidentifier";
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE dbo.script_types (" + columns + ")");
      s.execute(
          "INSERT INTO dbo.script_types VALUES"
              + " (1, 255, -32768, -2147483648, 9223372036854775807, 1, 1.5, -2.25, 12345678.91,"
              + " 922337203685477.5807, N'héllo ✓ 😀', 'plain', 0x00FF10, '2024-01-15',"
              + " '12:34:56.123456', '2024-01-15 12:34:56.123456', '2024-01-15 12:34:56.123456 +00:00',"
              + " '6F9619FF-8B86-D011-B42D-00C04FC964FF'),"
              + " (2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
              + " NULL, NULL, NULL),"
              + " (3, 0, 0, 0, 0, 0, 0, 0, 0, 0, N'', '', 0x, '0001-01-01', '00:00:00', '0001-01-01',"
              + " '0001-01-01 00:00:00 +00:00', '00000000-0000-0000-0000-000000000000'),"
              + " (4, 1, NULL, 7, NULL, NULL, 3.25, NULL, -0.01, NULL, N'twenty characters..', NULL,"
              + " NULL, NULL, NULL, NULL, NULL, NULL)");
      List<List<String>> selected = strings(s, "SELECT * FROM dbo.script_types ORDER BY id");
      List<List<String>> scripted = strings(s,
          "EXEC sp_execute_external_script @language = N'Python', @script = N'OutputDataSet = InputDataSet',"
              + " @input_data_1 = N'SELECT * FROM dbo.script_types ORDER BY id'"
              + " WITH RESULT SETS ((" + columns + "))");
      assertThat(scripted).hasSize(4).isEqualTo(selected);
    }
  }

  /** A result of many output chunks, NULLs scattered over every column, row for row as SELECT. */
  @Test
  void aLargeOutputWithNullsMatchesTheInputRowForRow() throws SQLException {
    String query =
        "SELECT value AS i, CASE WHEN value % 7 = 0 THEN NULL ELSE CAST(value AS float) / 4 END AS f,"
            + " CASE WHEN value % 5 = 0 THEN NULL WHEN value % 11 = 0 THEN N'' ELSE CONCAT(N'é', value) END AS s"
            + " FROM GENERATE_SERIES(1, 200000)";
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      List<List<String>> selected = strings(s, query);
      List<List<String>> scripted = strings(s,
          "EXEC sp_execute_external_script @language = N'Python', @script = N'OutputDataSet = InputDataSet',"
              + " @input_data_1 = N'" + query.replace("'", "''") + "'"
              + " WITH RESULT SETS ((i int, f float, s nvarchar(20)))");
      assertThat(scripted).hasSize(200_000);
      assertThat(scripted).isEqualTo(selected);
    }
  }

  private static List<List<String>> strings(Statement s, String sql) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(rs.getString(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static final String SATELLITE_PID =
      "EXEC sp_execute_external_script @language = N'Python',"
          + " @script = N'import os\nOutputDataSet = pandas.DataFrame({\"pid\": [os.getpid()]})'";

  private static long satellitePid(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(SATELLITE_PID)) {
      assertThat(rs.next()).isTrue();
      return rs.getLong(1);
    }
  }

  @Test
  void aConnectionsNextScriptRunsOnItsOwnSatelliteUntilTheConnectionIsReset() throws SQLException {
    try (Connection a = SERVER.connect(); Connection b = SERVER.connect()) {
      long first = satellitePid(a);
      assertThat(satellitePid(a)).isEqualTo(first); // kept for the session: no fork, imports kept
      assertThat(satellitePid(b)).isNotEqualTo(first); // never another session's
      assertThat(satellitePid(a)).isEqualTo(first);
    }
    SQLServerConnectionPoolDataSource ds = new SQLServerConnectionPoolDataSource();
    ds.setURL(SERVER.mssqlUrl("encrypt=true;trustServerCertificate=true"));
    PooledConnection pooled = ds.getPooledConnection();
    try {
      long before;
      try (Connection c = pooled.getConnection()) {
        before = satellitePid(c);
      }
      try (Connection c = pooled.getConnection()) { // sp_reset_connection with the first request
        assertThat(satellitePid(c)).isNotEqualTo(before);
      }
    } finally {
      pooled.close();
    }
  }

  @Test
  void stdoutArrivesAsAWarningWithTheHeader() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("EXEC sp_execute_external_script @language = N'Python', @script = N'print(0.5, 2)'");
      List<String> messages = new ArrayList<>();
      for (SQLWarning w = s.getWarnings(); w != null; w = w.getNextWarning()) {
        messages.add(w.getMessage());
      }
      assertThat(messages).contains("STDOUT message(s) from external script: \n0.5 2");
    }
  }

  @Test
  void aScriptErrorIs39004WithTheTracebackIn39019() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.execute(
              "EXEC sp_execute_external_script @language = N'Python', @script = N'raise ValueError(\"boom\")'"))
          .isInstanceOfSatisfying(SQLException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo(39004);
            assertThat(e.getMessage()).startsWith("A 'Python' script error occurred during execution of 'sp_execute_external_script' with HRESULT 0x80004004.");
            List<String> all = new ArrayList<>();
            for (SQLException x = e; x != null; x = x.getNextException()) {
              all.add(x.getErrorCode() + " " + x.getMessage());
            }
            assertThat(String.join("\n", all)).contains("39019 An external script error occurred").contains("ValueError: boom");
          });
      try (ResultSet rs = s.executeQuery(
          "EXEC sp_execute_external_script @language = N'Python', @script = N'OutputDataSet = pandas.DataFrame({\"a\": [3]})'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getLong(1)).isEqualTo(3);
      }
    }
  }

  @Test
  void cancelStopsARunningScript() throws Exception {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
        try {
          s.execute("EXEC sp_execute_external_script @language = N'Python', @script = N'import time\ntime.sleep(600)'");
          return null;
        } catch (SQLException e) {
          return e;
        }
      });
      // No timed assertion: cancel until the driver reports the statement as cancelled.
      while (!outcome.isDone()) {
        s.cancel();
        Thread.sleep(200);
      }
      assertThat(outcome.get(60, TimeUnit.SECONDS)).isInstanceOf(SQLException.class);
      try (ResultSet rs = s.executeQuery("SELECT 1")) {
        assertThat(rs.next()).isTrue();
      }
    }
  }

  /**
   * The tutorial as Microsoft documents it, with its stored procedures: generate_iris_model returns
   * the model through a varbinary(max) OUTPUT parameter (called over RPC, as a CallableStatement
   * does), predict_species scores with a stored model and is the source of INSERT … EXEC.
   */
  @Test
  void theTutorialStoredProceduresTrainAndScore() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE dbo.iris_proc_data (id int NOT NULL PRIMARY KEY, sepal_length float, sepal_width float,"
              + " petal_length float, petal_width float, species_id int)");
      s.execute("INSERT INTO dbo.iris_proc_data VALUES " + IRIS_ROWS);
      s.execute("CREATE TABLE dbo.iris_proc_models (model_name varchar(50) NOT NULL PRIMARY KEY, model varbinary(max) NOT NULL)");
      s.execute(
          "CREATE PROCEDURE generate_iris_model (@trained_model varbinary(max) OUTPUT)\n"
              + "AS\nBEGIN\n"
              + "EXEC sp_execute_external_script @language = N'Python',\n"
              + "  @script = N'import pickle\n"
              + "from sklearn.naive_bayes import GaussianNB\n"
              + "GNB = GaussianNB()\n"
              + "trained_model = pickle.dumps(GNB.fit(iris_train_data[[\"sepal_length\", \"sepal_width\", \"petal_length\", \"petal_width\"]], iris_train_data[[\"species_id\"]].values.ravel()))',\n"
              + "  @input_data_1 = N'SELECT sepal_length, sepal_width, petal_length, petal_width, species_id FROM dbo.iris_proc_data',\n"
              + "  @input_data_1_name = N'iris_train_data',\n"
              + "  @params = N'@trained_model varbinary(max) OUTPUT',\n"
              + "  @trained_model = @trained_model OUTPUT;\n"
              + "END;");
      try (CallableStatement cs = c.prepareCall("{call generate_iris_model(?)}")) {
        cs.registerOutParameter(1, Types.VARBINARY);
        cs.execute();
        byte[] model = cs.getBytes(1);
        assertThat(model).hasSizeGreaterThan(100);
        try (java.sql.PreparedStatement p =
            c.prepareStatement("INSERT INTO dbo.iris_proc_models (model_name, model) VALUES ('Naive Bayes', ?)")) {
          p.setBytes(1, model);
          assertThat(p.executeUpdate()).isEqualTo(1);
        }
      }
      s.execute(
          "CREATE PROCEDURE predict_species (@model varchar(100))\n"
              + "AS\nBEGIN\n"
              + "DECLARE @nb_model varbinary(max) = (SELECT model FROM dbo.iris_proc_models WHERE model_name = @model);\n"
              + "EXEC sp_execute_external_script @language = N'Python',\n"
              + "  @script = N'import pickle\n"
              + "irismodel = pickle.loads(nb_model)\n"
              + "species_pred = irismodel.predict(iris_data[[\"sepal_length\", \"sepal_width\", \"petal_length\", \"petal_width\"]])\n"
              + "iris_data[\"PredictedSpecies\"] = species_pred\n"
              + "OutputDataSet = iris_data[[\"id\",\"species_id\",\"PredictedSpecies\"]]',\n"
              + "  @input_data_1 = N'SELECT id, sepal_length, sepal_width, petal_length, petal_width, species_id FROM dbo.iris_proc_data',\n"
              + "  @input_data_1_name = N'iris_data',\n"
              + "  @params = N'@nb_model varbinary(max)', @nb_model = @nb_model\n"
              + "WITH RESULT SETS ((\"id\" int, \"SpeciesId\" int, \"SpeciesId.Predicted\" int));\n"
              + "END;");
      s.execute("CREATE TABLE dbo.iris_proc_predictions (id int NOT NULL, species_id int, predicted int)");
      s.execute("INSERT INTO dbo.iris_proc_predictions EXEC predict_species 'Naive Bayes'");
      try (ResultSet rs =
          s.executeQuery(
              "SELECT COUNT(*), SUM(CASE WHEN predicted = species_id THEN 1 ELSE 0 END) FROM dbo.iris_proc_predictions")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(30);
        assertThat(rs.getInt(2)).isGreaterThanOrEqualTo(27);
      }
      try (ResultSet rs = s.executeQuery("EXEC predict_species @model = 'Naive Bayes'")) {
        assertThat(rs.getMetaData().getColumnName(3)).isEqualTo("SpeciesId.Predicted");
        int n = 0;
        while (rs.next()) {
          n++;
        }
        assertThat(n).isEqualTo(30);
      }
    }
  }

  @Test
  void aModelComesBackAsAVarbinaryOutputParameterOverRpc() throws SQLException {
    try (Connection c = SERVER.connect();
        CallableStatement cs = c.prepareCall("{call sp_execute_external_script(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)}")) {
      cs.setString(1, "Python");
      cs.setString(2, "import pickle\nmodel = pickle.dumps({'slope': slope, 'rows': len(InputDataSet)})");
      cs.setString(3, "SELECT value FROM GENERATE_SERIES(1, 4)");
      for (int i = 4; i <= 8; i++) {
        cs.setNull(i, i == 8 ? Types.BIT : Types.NVARCHAR);
      }
      cs.setString(9, "@slope float, @model varbinary(max) OUTPUT");
      cs.setDouble(10, 2.5);
      cs.registerOutParameter(11, Types.VARBINARY);
      cs.execute();
      byte[] model = cs.getBytes(11);
      assertThat(model).isNotEmpty();
      assertThat(model[0]).isEqualTo((byte) 0x80); // a pickle starts with the PROTO opcode
    }
  }

  @Test
  void twentyConcurrentSessionsAllSucceed() throws Exception {
    List<CompletableFuture<Integer>> calls = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      int n = i;
      calls.add(CompletableFuture.supplyAsync(() -> {
        try (Connection c = SERVER.connect(); Statement s = c.createStatement();
            ResultSet rs = s.executeQuery(
                "EXEC sp_execute_external_script @language = N'Python', @script = N'OutputDataSet = InputDataSet * 3',"
                    + " @input_data_1 = N'SELECT " + n + " AS a'")) {
          rs.next();
          return rs.getInt(1);
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      }, java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()));
    }
    for (int i = 0; i < 20; i++) {
      assertThat(calls.get(i).get(300, TimeUnit.SECONDS)).isEqualTo(3 * i);
    }
  }

  @Test
  void tenMegabytesOfStdoutArrive() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute(
          "EXEC sp_execute_external_script @language = N'Python', @script = N'import sys\n"
              + "for i in range(10 * 1024):\n    sys.stdout.write(\"x\" * 1023 + \"\\n\")'");
      long chars = 0;
      String first = null;
      for (SQLWarning w = s.getWarnings(); w != null; w = w.getNextWarning()) {
        first = first == null ? w.getMessage() : first;
        chars += w.getMessage().length();
      }
      assertThat(first).startsWith("STDOUT message(s) from external script: \nxxx");
      assertThat(chars).isGreaterThan(1024 * 1024);
      try (ResultSet rs = s.executeQuery("SELECT 1")) {
        assertThat(rs.next()).isTrue();
      }
    }
  }

  @Test
  void aSatelliteKilledMidScriptIs39012AndTheServerCarriesOn() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("quern-it-pid");
    dir.toFile().setWritable(true, false);
    dir.toFile().setExecutable(true, false); // satellites run as another account when the server is root
    java.nio.file.Path pidFile = dir.resolve("pid");
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      CompletableFuture<SQLException> outcome = CompletableFuture.supplyAsync(() -> {
        try {
          s.execute("EXEC sp_execute_external_script @language = N'Python', @script = N'import os, time\n"
              + "open(path + \".tmp\", \"w\").write(str(os.getpid()))\nos.rename(path + \".tmp\", path)\ntime.sleep(600)',"
              + " @params = N'@path nvarchar(400)', @path = N'" + pidFile + "'");
          return null;
        } catch (SQLException e) {
          return e;
        }
      });
      while (!java.nio.file.Files.exists(pidFile) && !outcome.isDone()) {
        Thread.sleep(20);
      }
      long pid = Long.parseLong(java.nio.file.Files.readString(pidFile).strip());
      new ProcessBuilder("kill", "-9", Long.toString(pid)).start().waitFor();
      SQLException e = outcome.get(120, TimeUnit.SECONDS);
      assertThat((Throwable) e).isNotNull();
      assertThat(e.getErrorCode()).isEqualTo(39012);
      try (ResultSet rs = s.executeQuery(
          "EXEC sp_execute_external_script @language = N'Python', @script = N'OutputDataSet = InputDataSet', @input_data_1 = N'SELECT 4 AS a'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(4);
      }
    }
    assertThat(SERVER.isAlive()).isTrue();
  }

  @Test
  void theEnabledOptionSurvivesARestart() throws Exception {
    SERVER.restart();
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("EXEC sp_configure 'external scripts enabled'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt("config_value")).isEqualTo(1);
        assertThat(rs.getInt("run_value")).isEqualTo(1);
      }
      try (ResultSet rs = s.executeQuery(
          "EXEC sp_execute_external_script @language = N'Python', @script = N'OutputDataSet = InputDataSet', @input_data_1 = N'SELECT 11 AS a'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(11);
      }
    }
  }

  @Test
  void theDmvsAnswer() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("EXEC sp_execute_external_script @language = N'Python', @script = N'pass'");
      try (ResultSet rs = s.executeQuery(
          "SELECT counter_value FROM sys.dm_external_script_execution_stats WHERE language = N'Python' AND counter_name = N'script_executions'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getLong(1)).isPositive();
      }
      try (ResultSet rs = s.executeQuery(
          "SELECT name, max_memory_percent FROM sys.dm_resource_governor_external_resource_pools")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("default");
        assertThat(rs.getInt(2)).isEqualTo(20);
      }
    }
  }

  @Test
  void aRunningScriptIsSeenThroughDmExecRequests() throws Exception {
    try (Connection running = SERVER.connect(); Statement s = running.createStatement();
        Connection dba = SERVER.connect(); Statement watch = dba.createStatement()) {
      int spid;
      try (ResultSet rs = s.executeQuery("SELECT @@SPID")) {
        rs.next();
        spid = rs.getInt(1);
      }
      CompletableFuture<Void> script = CompletableFuture.runAsync(() -> {
        try {
          s.execute("EXEC sp_execute_external_script @language = N'Python', @script = N'import time\ntime.sleep(600)'");
        } catch (SQLException e) {
          // cancelled below
        }
      });
      // The join ml-services documents: the script's request, its session and its wait.
      String join = "SELECT r.status, r.command, r.wait_type, e.language FROM sys.dm_exec_requests AS r"
          + " JOIN sys.dm_external_script_requests AS e ON e.external_script_request_id = r.external_script_request_id"
          + " WHERE r.session_id = " + spid;
      // The request shows as running for a moment (admission, lease, input sent) before it waits
      // on the satellite: poll for the wait, and cancel the script whatever the polling saw.
      List<String> last = null;
      boolean seen = false;
      try {
        for (int i = 0; i < 600 && !seen; i++) {
          try (ResultSet rs = watch.executeQuery(join)) {
            if (rs.next()) {
              last = List.of(rs.getString(1), rs.getString(2), String.valueOf(rs.getString(3)), rs.getString(4));
              seen = last.get(0).equals("suspended");
            }
          }
          if (!seen) {
            Thread.sleep(100);
          }
        }
      } finally {
        while (!script.isDone()) {
          s.cancel();
          Thread.sleep(200);
        }
      }
      assertThat(last).as("the running script showed in sys.dm_exec_requests").isNotNull();
      assertThat(last).containsExactly("suspended", "EXECUTE", "EXTERNAL_SCRIPT_NETWORK_IO", "Python");
      try (ResultSet rs = watch.executeQuery(join)) {
        assertThat(rs.next()).isFalse();
      }
    }
  }
}
