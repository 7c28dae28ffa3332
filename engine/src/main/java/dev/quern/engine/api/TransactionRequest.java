package dev.quern.engine.api;

/** A TRANSACTION_MANAGER request from the wire, driving the same transactions as T-SQL does. */
public sealed interface TransactionRequest {
  /** Begin a transaction; {@code isolationLevel} 0 keeps the session's level (MS-TDS values 1–5). */
  record Begin(int isolationLevel, String name) implements TransactionRequest {}

  /** Commit; optionally begin a new transaction right away. */
  record Commit(String name, boolean beginNew, int newIsolationLevel)
      implements TransactionRequest {}

  /** Roll back (to a savepoint when {@code name} names one); optionally begin anew. */
  record Rollback(String name, boolean beginNew, int newIsolationLevel)
      implements TransactionRequest {}

  /** Set a savepoint. */
  record Save(String name) implements TransactionRequest {}
}
