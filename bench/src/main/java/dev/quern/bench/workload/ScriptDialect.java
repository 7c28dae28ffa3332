package dev.quern.bench.workload;

import dev.quern.bench.target.Target;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The in-database Python calls the script workloads make: sp_execute_external_script on Quern,
 * the equivalent PL/Python set-returning functions on PostgreSQL (issue 4's peer). Kept beside
 * the two script workloads because nothing else needs it.
 */
interface ScriptDialect {

  /** One-time setup on a fresh connection (enable the feature, create the functions). */
  void prepare(Connection c) throws SQLException;

  /** A trivial script over one input row returning it: one row, column 1 is 1. */
  String trivial();

  /** {@code OutputDataSet = InputDataSet} over {@code rows} rows of (int, float, nvarchar(20)). */
  String passThrough(int rows);

  /** As {@link #passThrough}, the input read from {@code table} (a, b, c) instead of generated. */
  String passThroughTable(String table);

  /** The statements that create {@code table} (a, b, c) holding the rows {@link #passThrough} makes. */
  String[] loadTable(String table, int rows);

  static ScriptDialect of(Target target) {
    return target.name().equals("postgresql") ? POSTGRES : QUERN;
  }

  ScriptDialect QUERN =
      new ScriptDialect() {
        @Override
        public void prepare(Connection c) throws SQLException {
          try (Statement s = c.createStatement()) {
            s.execute("EXEC sp_configure 'external scripts enabled', 1; RECONFIGURE;");
          }
        }

        @Override
        public String trivial() {
          return "EXEC sp_execute_external_script @language = N'Python',"
              + " @script = N'OutputDataSet = InputDataSet', @input_data_1 = N'SELECT 1 AS a'";
        }

        @Override
        public String passThrough(int rows) {
          return "EXEC sp_execute_external_script @language = N'Python',"
              + " @script = N'OutputDataSet = InputDataSet',"
              + " @input_data_1 = N'SELECT value AS a, CAST(value AS float) AS b,"
              + " CAST(CONCAT(N''row'', value) AS nvarchar(20)) AS c FROM GENERATE_SERIES(1, " + rows + ")'"
              + " WITH RESULT SETS ((a int, b float, c nvarchar(20)))";
        }

        @Override
        public String passThroughTable(String table) {
          return "EXEC sp_execute_external_script @language = N'Python',"
              + " @script = N'OutputDataSet = InputDataSet',"
              + " @input_data_1 = N'SELECT a, b, c FROM " + table + "'"
              + " WITH RESULT SETS ((a int, b float, c nvarchar(20)))";
        }

        @Override
        public String[] loadTable(String table, int rows) {
          return new String[] {
            "DROP TABLE IF EXISTS " + table,
            "CREATE TABLE " + table + " (a int PRIMARY KEY, b float, c nvarchar(20))",
            "INSERT INTO " + table + " SELECT value, CAST(value AS float),"
                + " CAST(CONCAT(N'row', value) AS nvarchar(20)) FROM GENERATE_SERIES(1, " + rows + ")"
          };
        }
      };

  /** PL/Python (postgresql-plpython3-15): the input query runs in plpy, rows go back as a set. */
  ScriptDialect POSTGRES =
      new ScriptDialect() {
        @Override
        public void prepare(Connection c) throws SQLException {
          try (Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS plpython3u");
            s.execute(
                "CREATE OR REPLACE FUNCTION quern_trivial(a int) RETURNS TABLE (a int)"
                    + " LANGUAGE plpython3u AS $$\nreturn [a]\n$$");
            s.execute(
                "CREATE OR REPLACE FUNCTION quern_passthrough(n int)"
                    + " RETURNS TABLE (a int, b float8, c varchar(20)) LANGUAGE plpython3u AS $$\n"
                    + "rows = plpy.execute(\"SELECT g AS a, g::float8 AS b, ('row' || g)::varchar(20) AS c"
                    + " FROM generate_series(1, %d) AS g\" % n)\n"
                    + "return ((r['a'], r['b'], r['c']) for r in rows)\n$$");
            s.execute(
                "CREATE OR REPLACE FUNCTION quern_passthrough_table(t text)"
                    + " RETURNS TABLE (a int, b float8, c varchar(20)) LANGUAGE plpython3u AS $$\n"
                    + "rows = plpy.execute(\"SELECT a, b, c FROM %s\" % plpy.quote_ident(t))\n"
                    + "return ((r['a'], r['b'], r['c']) for r in rows)\n$$");
          }
        }

        @Override
        public String trivial() {
          return "SELECT * FROM quern_trivial(1)";
        }

        @Override
        public String passThrough(int rows) {
          return "SELECT * FROM quern_passthrough(" + rows + ")";
        }

        @Override
        public String passThroughTable(String table) {
          return "SELECT * FROM quern_passthrough_table('" + table + "')";
        }

        @Override
        public String[] loadTable(String table, int rows) {
          return new String[] {
            "DROP TABLE IF EXISTS " + table,
            "CREATE TABLE " + table + " (a int PRIMARY KEY, b float8, c varchar(20))",
            "INSERT INTO " + table + " SELECT g, g::float8, ('row' || g)::varchar(20)"
                + " FROM generate_series(1, " + rows + ") AS g",
            "ANALYZE " + table
          };
        }
      };
}
