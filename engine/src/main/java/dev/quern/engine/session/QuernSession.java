package dev.quern.engine.session;

import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.api.RpcRequest;
import dev.quern.engine.api.SessionInfo;
import dev.quern.engine.api.TransactionRequest;
import dev.quern.engine.exec.Interpreter;

/** One client session in the engine: its state and the interpreter that runs its requests. */
public final class QuernSession implements EngineSession {
  private final SessionState state;
  private final Interpreter interpreter;
  private volatile boolean lastCancelled;

  public QuernSession(ServerContext server, SessionInfo info, Databases.Database database) {
    this.state = new SessionState(server, info, database);
    this.interpreter = new Interpreter(state);
    server.register(state);
  }

  /** Runs the logon triggers (QuernEngine#openSession, before the client has the session); false when refused. */
  public boolean logon() {
    return interpreter.runLogonTriggers();
  }

  @Override
  public void executeBatch(String sql, ResultSink sink) {
    state.server().performanceCounters().batchRequest();
    interpreter.runBatch(sql, sink);
    lastCancelled = state.cancelled();
  }

  @Override
  public void executeRpc(RpcRequest request, ResultSink sink) {
    state.server().performanceCounters().batchRequest();
    interpreter.runRpc(request, sink);
    lastCancelled = state.cancelled();
  }

  @Override
  public boolean executeRpcWithoutBlocking(RpcRequest request, ResultSink sink) {
    if (!dev.quern.engine.proc.NonBlockingRequests.qualifies(state, request)) {
      return false;
    }
    state.nonBlocking().begin();
    boolean yielded;
    try {
      interpreter.runRpc(request, sink);
    } finally {
      yielded = state.nonBlocking().end();
    }
    if (yielded) {
      return false; // executeRpc runs it again, and counts it
    }
    state.server().performanceCounters().batchRequest();
    lastCancelled = state.cancelled();
    return true;
  }

  @Override
  public void executeTransaction(TransactionRequest request, ResultSink sink) {
    interpreter.runTransaction(request, sink);
    lastCancelled = state.cancelled();
  }

  @Override
  public void cancel() {
    state.cancel();
  }

  @Override
  public boolean wasCancelled() {
    return lastCancelled;
  }

  @Override
  public void reset(boolean keepTransaction, ResultSink sink) {
    state.reset(keepTransaction, sink);
  }

  @Override
  public void rollBackAfterFailure(ResultSink sink) {
    state.transactions().rollbackAll(sink);
  }

  @Override
  public dev.quern.engine.api.WaitScope beginWait(String waitType) {
    return state.activity().beginWait(waitType);
  }

  @Override
  public void onKill(Runnable closeConnection) {
    state.onKill(closeConnection);
  }

  @Override
  public String database() {
    return state.databaseName();
  }

  @Override
  public String databaseCollation() {
    return state.databaseCollation().name();
  }

  @Override
  public String language() {
    return state.language();
  }

  @Override
  public int textSize() {
    return state.textSize();
  }

  @Override
  public long transactionDescriptor() {
    return state.transactions().descriptor();
  }

  /** The session's state (for tests and the server's diagnostics). */
  public SessionState state() {
    return state;
  }

  @Override
  public void close() {
    state.transactions().rollbackAll(null);
    state.endScriptSession();
    state.store().close();
    state.prepared().clear();
    state.server().unregister(state);
  }
}
