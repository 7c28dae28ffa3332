package dev.quern.server.testing;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.Engine;
import dev.quern.engine.api.EngineException;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.EnvChange;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.api.ReturnValue;
import dev.quern.engine.api.RpcParameter;
import dev.quern.engine.api.RpcRequest;
import dev.quern.engine.api.SessionInfo;
import dev.quern.engine.api.SqlMessage;
import dev.quern.engine.api.TransactionRequest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test engine with a few scripted batches, enough to drive every protocol path:
 *
 * <pre>
 * SELECT 1        one int column, one row, DONE count 1
 * ROWS n          n rows of (int, nvarchar(20)), streamed
 * WAITFOR         blocks until cancelled
 * ERROR           error 208 "Invalid object name 'x'." then DONE
 * THROW / CRASH   an EngineException / a bug escapes executeBatch
 * USE db          ENVCHANGE database
 * anything else   DONE without count
 * </pre>
 *
 * RPCs answer RETURNSTATUS 0 and echo OUTPUT parameters; TM requests drive a descriptor counter.
 * sp_execute of handle 101 or 102 first answers a row naming the thread it ran on; handle 101 may
 * run where nothing blocks (the event loop), handle 102 starts there and gives up (a lock it would
 * wait for), so it runs again on a request thread; handle 103 fails there with a bug.
 */
public final class FakeEngine implements Engine {
  public final List<String> batches = new CopyOnWriteArrayList<>();
  public final List<RpcRequest> rpcs = new CopyOnWriteArrayList<>();
  public final List<TransactionRequest> transactions = new CopyOnWriteArrayList<>();
  public final AtomicInteger resets = new AtomicInteger();
  /** Every session opened, in order (SPIDs are reused, so tests follow the session itself). */
  public final List<FakeSession> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
  public final java.util.concurrent.atomic.AtomicLong rowsProduced =
      new java.util.concurrent.atomic.AtomicLong();
  public volatile String refuseDatabase;
  /** A login the engine's logon triggers refuse (17892). */
  public volatile String refuseLogin;

  @Override
  public EngineSession openSession(SessionInfo info) {
    if (refuseDatabase != null && refuseDatabase.equalsIgnoreCase(info.database())) {
      throw new EngineException(new SqlMessage(4060, 1, 11, "Cannot open database \""
          + info.database() + "\" requested by the login. The login failed.", "", 1));
    }
    if (refuseLogin != null && refuseLogin.equalsIgnoreCase(info.loginName())) {
      throw new EngineException(new SqlMessage(17892, 1, 14, "Logon failed for login '" + info.loginName()
          + "' due to trigger execution.", "", 1));
    }
    FakeSession session = new FakeSession(info);
    opened.add(session);
    return session;
  }

  @Override
  public void close() {}

  public final class FakeSession implements EngineSession {
    private final SessionInfo info;
    private volatile boolean cancel;
    private volatile boolean closed;

    public boolean closed() {
      return closed;
    }
    private volatile boolean cancelled;
    private String database = "master";
    private long descriptor;
    private long nextDescriptor = 1;

    FakeSession(SessionInfo info) {
      this.info = info;
      if (info.database() != null && !info.database().isEmpty()) {
        database = info.database();
      }
    }

    @Override
    public void executeBatch(String sql, ResultSink sink) {
      start();
      batches.add(sql);
      String s = sql.trim();
      if (s.equalsIgnoreCase("SELECT 1")) {
        sink.columns(List.of(new ResultColumn("", SqlType.of(TypeId.INT), false)));
        sink.row(new Object[] {1});
        sink.done(1, false);
      } else if (s.startsWith("ROWS ")) {
        int n = Integer.parseInt(s.substring(5).trim());
        sink.columns(List.of(new ResultColumn("id", SqlType.of(TypeId.INT), false),
            new ResultColumn("name", SqlType.ofLength(TypeId.NVARCHAR, 20), true)));
        for (int i = 0; i < n && !cancel; i++) {
          sink.row(new Object[] {i, "row " + i});
          rowsProduced.incrementAndGet();
        }
        sink.done(n, false);
      } else if (s.equalsIgnoreCase("WAITFOR")) {
        while (!cancel) {
          try {
            Thread.sleep(5);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      } else if (s.equalsIgnoreCase("THROW")) {
        throw new EngineException(new SqlMessage(8134, 1, 16,
            "Divide by zero error encountered.", "", 1));
      } else if (s.equalsIgnoreCase("CRASH")) {
        sink.columns(List.of(new ResultColumn("", SqlType.of(TypeId.INT), false)));
        sink.row(new Object[] {1});
        throw new IllegalStateException("engine bug");
      } else if (s.equalsIgnoreCase("OVERFLOW IN TRAN") || s.equalsIgnoreCase("ASSERT IN TRAN")) {
        // A request that dies of a Java Error with a transaction open, past the engine's own catches.
        begin(sink);
        if (s.startsWith("OVERFLOW")) {
          throw new StackOverflowError();
        }
        throw new AssertionError("engine defect");
      } else if (s.equalsIgnoreCase("INFO")) {
        // What RAISERROR('ten', 10, 1); RAISERROR('five', 5, 1) hand the sink.
        sink.message(new SqlMessage(50000, 1, 10, "ten", "", 1));
        sink.message(new SqlMessage(50000, 1, 5, "five", "", 1));
        sink.done(-1, false);
      } else if (s.equalsIgnoreCase("ERROR")) {
        sink.message(new SqlMessage(208, 1, 16, "Invalid object name 'x'.", "", 1));
        sink.done(-1, false);
      } else if (s.startsWith("USE ")) {
        String old = database;
        database = s.substring(4).trim();
        sink.envChange(new EnvChange.Database(database, old));
        sink.message(new SqlMessage(5701, 1, 0,
            "Changed database context to '" + database + "'.", "", 1));
        sink.done(-1, false);
      } else {
        sink.done(-1, false);
      }
      finish();
    }

    @Override
    public boolean executeRpcWithoutBlocking(RpcRequest request, ResultSink sink) {
      if (request.procName().equals("sp_execute") && !request.parameters().isEmpty()
          && Integer.valueOf(103).equals(request.parameters().getFirst().value())) {
        throw new IllegalStateException("engine bug on the event loop");
      }
      int handle = threadNamingHandle(request);
      if (handle == 102) {
        threadRow(sink); // output the server must drop
        return false;
      }
      if (handle != 101) {
        return false;
      }
      executeRpc(request, sink);
      return true;
    }

    private static int threadNamingHandle(RpcRequest request) {
      if (!request.procName().equals("sp_execute") || request.parameters().isEmpty()
          || !(request.parameters().getFirst().value() instanceof Integer h)) {
        return 0;
      }
      return h == 101 || h == 102 ? h : 0;
    }

    private static void threadRow(ResultSink sink) {
      sink.columns(List.of(new ResultColumn("thread", SqlType.ofLength(TypeId.NVARCHAR, 100), false)));
      sink.row(new Object[] {Thread.currentThread().getName()});
      sink.done(1, true);
    }

    @Override
    public void executeRpc(RpcRequest request, ResultSink sink) {
      start();
      rpcs.add(request);
      if (threadNamingHandle(request) != 0) {
        threadRow(sink);
      }
      if (request.procName().equals("sp_executesql")) {
        sink.columns(List.of(new ResultColumn("", SqlType.of(TypeId.INT), false)));
        sink.row(new Object[] {request.parameters().size()});
        sink.done(1, true);
      }
      int ordinal = 0;
      for (RpcParameter p : request.parameters()) {
        if (p.output()) {
          sink.returnValue(new ReturnValue(ordinal, p.name(), p.type(), p.value()));
        }
        ordinal++;
      }
      sink.returnStatus(0);
      finish();
    }

    @Override
    public void executeTransaction(TransactionRequest request, ResultSink sink) {
      start();
      transactions.add(request);
      switch (request) {
        case TransactionRequest.Begin b -> begin(sink);
        case TransactionRequest.Commit c -> {
          if (descriptor != 0) {
            sink.envChange(new EnvChange.CommitTransaction(descriptor));
            descriptor = 0;
          }
          if (c.beginNew()) {
            begin(sink);
          }
        }
        case TransactionRequest.Rollback r -> {
          if (descriptor != 0) {
            sink.envChange(new EnvChange.RollbackTransaction(descriptor));
            descriptor = 0;
          }
          if (r.beginNew()) {
            begin(sink);
          }
        }
        case TransactionRequest.Save s -> { }
      }
      finish();
    }

    private void begin(ResultSink sink) {
      descriptor = nextDescriptor++;
      sink.envChange(new EnvChange.BeginTransaction(descriptor));
    }

    private void start() {
      cancel = false;
      cancelled = false;
    }

    private void finish() {
      cancelled = cancel;
    }

    @Override
    public dev.quern.engine.api.WaitScope beginWait(String waitType) {
      return () -> {};
    }

    @Override
    public void onKill(Runnable closeConnection) {}

    @Override
    public void cancel() {
      cancel = true;
    }

    @Override
    public boolean wasCancelled() {
      return cancelled;
    }

    @Override
    public void reset(boolean keepTransaction, ResultSink sink) {
      resets.incrementAndGet();
    }

    @Override
    public void rollBackAfterFailure(ResultSink sink) {
      if (descriptor != 0) {
        sink.envChange(new EnvChange.RollbackTransaction(descriptor));
        descriptor = 0;
      }
    }

    @Override
    public String database() {
      return database;
    }

    @Override
    public String language() {
      return "us_english";
    }

    @Override
    public long transactionDescriptor() {
      return descriptor;
    }

    @Override
    public void close() {
      closed = true;
    }

    SessionInfo info() {
      return info;
    }
  }
}
