package dev.quern.engine.exec;

/**
 * A trigger ended its statement: an error in its body (reported already) or a ROLLBACK it ran.
 * The outermost table statement undoes itself, rolls the transaction back and ends the batch
 * (with 3609 after a ROLLBACK), as SQL Server does with XACT_ABORT implied in triggers.
 */
final class TriggerAbort extends RuntimeException {
  private final boolean rolledBack;

  TriggerAbort(boolean rolledBack) {
    super(null, null, false, false);
    this.rolledBack = rolledBack;
  }

  boolean rolledBack() {
    return rolledBack;
  }
}
