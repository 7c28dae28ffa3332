package dev.quern.engine.exec;

import dev.quern.engine.api.SqlMessage;
import dev.quern.engine.ast.DeleteStatement;
import dev.quern.engine.ast.InsertStatement;
import dev.quern.engine.ast.MergeStatement;
import dev.quern.engine.ast.SelectIntoStatement;
import dev.quern.engine.ast.UpdateStatement;
import dev.quern.engine.error.Abort;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.plan.StatementPlan;
import java.util.Set;

/**
 * SQL Server's informational 3621 "The statement has been terminated.", sent after an error that a
 * data-changing statement's rows raised while it ran, once what it had written is rolled back.
 * Errors found before any row is touched (names, columns, explicit identity or timestamp values)
 * are compile errors in SQL Server and are not followed by it; neither are errors that abort the
 * batch, nor errors a TRY block catches, which never reach the client.
 */
final class TerminatedStatement {
  static final int NUMBER = 3621;
  private static final String TEXT = "The statement has been terminated.";

  /** The errors a statement's rows raise: keys, constraints, NULLs, truncation, arithmetic, locks. */
  private static final Set<Integer> ROW_ERRORS = Set.of(
      2627, 2601, // duplicate key
      547, // FOREIGN KEY, REFERENCE or CHECK constraint
      515, // NULL into NOT NULL
      2628, 8152, // truncation
      550, // WITH CHECK OPTION
      8672, // MERGE touching a row twice
      512, // a scalar subquery's several rows
      8134, 8115, 220, 232, 517, // divide by zero, overflow
      1222); // lock request time out

  private TerminatedStatement() {}

  /** The 3621 to send after {@code e} ended {@code s}, or null when SQL Server sends none. */
  static SqlMessage after(StatementPlan s, SqlException e) {
    boolean terminated = e.abort() == Abort.STATEMENT
        && ROW_ERRORS.contains(e.number())
        && s instanceof StatementPlan.LateBound l
        && (l.statement() instanceof InsertStatement
            || l.statement() instanceof UpdateStatement
            || l.statement() instanceof DeleteStatement
            || l.statement() instanceof MergeStatement
            || l.statement() instanceof SelectIntoStatement);
    return terminated ? new SqlMessage(NUMBER, 0, 0, TEXT, e.procName(), e.lineNumber()) : null;
  }
}
