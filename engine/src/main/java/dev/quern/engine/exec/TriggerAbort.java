package dev.quern.engine.exec;

/**
 * A trigger ended its statement: an error in its body (reported already) or a ROLLBACK it ran.
 * The outermost table statement undoes itself, rolls the transaction back and ends the batch
 * (with 3609 after a ROLLBACK), as SQL Server does with XACT_ABORT implied in triggers; inside
 * TRY, the CATCH block gets the error instead.
 */
final class TriggerAbort extends RuntimeException {
  private final boolean rolledBack;
  private final dev.quern.engine.error.SqlException error;

  /** {@code error}: the body's error, not reported yet, for a CATCH around the firing statement; else null. */
  TriggerAbort(boolean rolledBack, dev.quern.engine.error.SqlException error) {
    super(null, null, false, false);
    this.rolledBack = rolledBack;
    this.error = error;
  }

  boolean rolledBack() {
    return rolledBack;
  }

  /** The error to hand to a CATCH block around the firing statement; null when reported already. */
  dev.quern.engine.error.SqlException error() {
    return error;
  }
}
