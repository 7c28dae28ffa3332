package dev.quern.engine.api;

/**
 * One client session's state in the engine: current database, SET options, open transaction,
 * variables of the running batch, prepared statements, temporary objects. One request at a time
 * runs in it; {@link #cancel()} may be called from any thread.
 */
public interface EngineSession extends AutoCloseable {
  /** Runs a T-SQL batch; errors are reported to the sink as messages, never thrown. */
  void executeBatch(String sql, ResultSink sink);

  /** Runs a procedure call (sp_executesql, sp_prepare, sp_execute, user procedures…). */
  void executeRpc(RpcRequest request, ResultSink sink);

  /**
   * Runs a procedure call on a thread that must never wait (the network event loop), when it is
   * one that cannot: an sp_execute of a prepared single-row read (primary-key or unique-index
   * equality) in autocommit, under an isolation level whose reads take no locks. Returns false,
   * with nothing run and nothing reported to {@code sink} worth sending, when the request does not
   * qualify or turns out to need a wait (e.g. a lock a DDL transaction holds): the caller discards
   * what the sink got and runs the request with {@link #executeRpc} on a thread that may block.
   */
  default boolean executeRpcWithoutBlocking(RpcRequest request, ResultSink sink) {
    return false;
  }

  /** Runs a TRANSACTION_MANAGER request. */
  void executeTransaction(TransactionRequest request, ResultSink sink);

  /**
   * Asks the running request, if any, to stop as soon as possible (ATTENTION). The request then
   * returns normally without reporting an error; the server answers with DONE(ATTN).
   */
  void cancel();

  /** Was the last request stopped by {@link #cancel()}? Cleared when the next request starts. */
  boolean wasCancelled();

  /**
   * RESETCONNECTION: back to the state right after login (SET options, temp objects, prepared
   * handles). {@code keepTransaction} is RESETCONNECTIONSKIPTRAN.
   */
  void reset(boolean keepTransaction, ResultSink sink);

  /**
   * A request ended by a Java Error the engine did not report (an OutOfMemoryError while
   * compiling, encoding or converting parameters): rolls back the open transaction, releasing its
   * locks, so that other sessions do not wait for a request that can never finish it.
   */
  void rollBackAfterFailure(ResultSink sink);

  /**
   * The running request starts waiting outside the engine, e.g. {@code ASYNC_NETWORK_IO} while
   * the client does not read its results; shown in sys.dm_exec_requests until closed.
   */
  WaitScope beginWait(String waitType);

  /**
   * What KILL from another session does after stopping this session's request: {@code
   * closeConnection} ends the client's connection, which closes the session.
   */
  void onKill(Runnable closeConnection);

  /** The current database's name. */
  String database();

  /** The current database's default collation (the login response's ENVCHANGE(SQL collation)). */
  default String databaseCollation() {
    return "SQL_Latin1_General_CP1_CI_AS";
  }

  /** The session language's name, e.g. {@code us_english}. */
  String language();

  /**
   * SET TEXTSIZE: the most bytes of a (max), text, ntext or image value a result set returns;
   * {@link Integer#MAX_VALUE} for no limit.
   */
  default int textSize() {
    return Integer.MAX_VALUE;
  }

  /** The descriptor of the open transaction, or 0 when none is open. */
  long transactionDescriptor();

  /** Ends the session: rolls back an open transaction, drops temporary objects. */
  @Override
  void close();
}
