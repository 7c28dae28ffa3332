package dev.quern.it;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Small JDBC reads the crash tests share. */
final class Sql {
  private Sql() {}

  /** The first column of the first row of the first result set {@code sql} returns. */
  static long scalar(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (boolean isResultSet = s.execute(sql); ; isResultSet = s.getMoreResults()) {
        if (isResultSet) {
          try (ResultSet rs = s.getResultSet()) {
            rs.next();
            return rs.getLong(1);
          }
        }
        if (s.getUpdateCount() == -1) {
          throw new SQLException("no result from " + sql);
        }
      }
    }
  }
}
