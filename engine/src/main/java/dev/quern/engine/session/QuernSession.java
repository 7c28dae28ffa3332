package dev.quern.engine.session;

import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.api.RpcRequest;
import dev.quern.engine.api.SessionInfo;
import dev.quern.engine.api.TransactionRequest;
import dev.quern.engine.error.SqlErrors;

/** One client session in the engine. */
public final class QuernSession implements EngineSession {
  private final ServerContext server;
  private final SessionInfo info;
  private Databases.Database database;
  private volatile boolean cancelled;

  public QuernSession(ServerContext server, SessionInfo info, Databases.Database database) {
    this.server = server;
    this.info = info;
    this.database = database;
  }

  @Override
  public void executeBatch(String sql, ResultSink sink) {
    cancelled = false;
    sink.message(SqlErrors.SYNTAX_NEAR.message(sql.strip()));
    sink.done(-1, false);
  }

  @Override
  public void executeRpc(RpcRequest request, ResultSink sink) {
    cancelled = false;
    sink.message(SqlErrors.PROC_NOT_FOUND.message(request.procName()));
    sink.done(-1, false);
  }

  @Override
  public void executeTransaction(TransactionRequest request, ResultSink sink) {
    cancelled = false;
    sink.done(-1, false);
  }

  @Override
  public void cancel() {
    cancelled = true;
  }

  @Override
  public boolean wasCancelled() {
    return cancelled;
  }

  @Override
  public void reset(boolean keepTransaction, ResultSink sink) {}

  @Override
  public String database() {
    return database.name();
  }

  @Override
  public String language() {
    return "us_english";
  }

  @Override
  public long transactionDescriptor() {
    return 0;
  }

  @Override
  public void close() {}

  ServerContext server() {
    return server;
  }

  SessionInfo info() {
    return info;
  }
}
