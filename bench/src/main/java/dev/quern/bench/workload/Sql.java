package dev.quern.bench.workload;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Runs setup statements, turning a server error into one that names the statement. */
final class Sql {
  private Sql() {}

  static void execute(Connection c, String sql) throws StatementFailedException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new StatementFailedException(sql, e);
    }
  }
}
