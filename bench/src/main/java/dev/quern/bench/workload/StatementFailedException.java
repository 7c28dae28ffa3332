package dev.quern.bench.workload;

import java.sql.SQLException;

/**
 * A statement a workload needs failed on a target: carries the statement text and the server's
 * error (number, SQLSTATE, message), so the results table says exactly what is unsupported.
 */
final class StatementFailedException extends Exception {

  StatementFailedException(String sql, SQLException e) {
    super("statement [" + sql + "] failed: error " + e.getErrorCode() + ", SQLSTATE " + e.getSQLState() + ": "
        + e.getMessage(), e);
  }
}
