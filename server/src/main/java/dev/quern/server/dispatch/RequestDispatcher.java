package dev.quern.server.dispatch;

import dev.quern.engine.api.EngineException;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.RpcRequest;
import dev.quern.engine.api.SqlMessage;
import dev.quern.engine.api.TransactionRequest;
import dev.quern.server.bulk.BulkLoader;
import dev.quern.server.bulk.InsertBulkStatement;
import dev.quern.server.session.Session;
import dev.quern.tds.TdsProtocolException;
import dev.quern.tds.message.RpcCall;
import dev.quern.tds.message.RpcRequestMessage;
import dev.quern.tds.message.SqlBatchMessage;
import dev.quern.tds.message.TransactionManagerMessage;
import dev.quern.tds.packet.PacketStatus;
import dev.quern.tds.packet.TdsMessage;
import dev.quern.tds.token.DoneStatus;
import dev.quern.tds.token.DoneToken;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs a session's requests one at a time, on a pooled platform thread, and handles ATTENTION.
 *
 * <p>Not virtual threads: a request waiting for a row lock waits inside RocksDB's native code,
 * which pins a virtual thread to its carrier. With as many lock waits as cores every carrier was
 * pinned and the COMMIT that would release the locks could never run (seen in CrashRecoveryIT).
 *
 * <pre>
 * event loop                       request thread                 engine
 *   submit(batch) ───start──────▶  decode, reset if asked
 *                                  executeBatch(sql, sink) ─────▶ columns/rows/done…
 *                                  ◀──── tokens → packets (blocks while not writable)
 *   attention ──cancel()──────────────────────────────────────────▶ stops, returns
 *                                  end response (EOM); then DONE(ATTN) as its own message
 * </pre>
 *
 * One response message per request and one for the attention (tedious and mssql-jdbc count
 * messages); the attention ack follows the cancelled response, or goes out at once when nothing
 * runs. A thread that has answered a busy session waits a moment for its next request before
 * going back to the pool ({@link NextRequestWait}). A request that cannot wait (a prepared point select) may instead run on the event loop
 * itself: {@link #runInline}.
 */
public final class RequestDispatcher {
  /** Clients do not pipeline requests; more than this waiting is abuse. */
  public static final int MAX_QUEUED_REQUESTS = 16;

  /** Request threads, reused across sessions: a new platform thread per request costs latency. */
  private static final ExecutorService REQUEST_THREADS =
      Executors.newCachedThreadPool(Thread.ofPlatform().daemon().name("quern-request-", 0).factory());

  /** Cancel is repeated this often until the request ends, in case it raced the request's start. */
  private static final long RECANCEL_MILLIS = 100;

  private static final Logger LOG = LoggerFactory.getLogger(RequestDispatcher.class);

  private final ResponseChannel channel;
  private final Session session;
  /** What a request thread is called while it runs this session's requests (thread dumps, logs). */
  private final String threadName;
  private final ColumnDescriptions columnDescriptions = new ColumnDescriptions();
  private final Object lock = new Object();
  private final ArrayDeque<TdsMessage> queue = new ArrayDeque<>();
  /** Guarded by {@link #lock} except its wait. */
  private final NextRequestWait nextRequestWait = new NextRequestWait();
  private boolean running;
  private boolean attention;
  /**
   * How many queued requests came before the ATTENTION being handled: it cancels them too, so
   * they are answered as cancelled, never run after its acknowledgement (a thread waiting for
   * its next request used to acknowledge first, then run a WAITFOR it had just been told to stop).
   */
  private int queuedBeforeAttention;
  private boolean closed;
  private ScheduledFuture<?> recancel;
  /**
   * An RPC decoded on the event loop that then went to a request thread (not inline after all):
   * it runs next, and is not decoded twice. Set before its submit, taken by the request thread.
   */
  private TdsMessage decodedMessage;
  private RpcRequestMessage decodedRpc;
  /** The INSERT BULK just answered, waiting for its BULK_LOAD (request thread only). */
  private BulkLoader pendingBulkLoad;
  /** The request just answered ended by an Error that ends the session ({@link #failedWith}). */
  private boolean endSession;

  public RequestDispatcher(ResponseChannel channel, Session session) {
    this.channel = channel;
    this.session = session;
    this.threadName = "quern-spid-" + channel.spid();
  }

  /** Takes ownership of a request message and runs it after those before it. */
  public void submit(TdsMessage message) {
    TdsMessage first;
    synchronized (lock) {
      if (closed) {
        message.release();
        return;
      }
      if (queue.size() >= MAX_QUEUED_REQUESTS) {
        message.release();
        throw new TdsProtocolException("More than " + MAX_QUEUED_REQUESTS + " queued requests");
      }
      queue.add(message);
      if (running) {
        return; // its thread takes it, waiting for it (NextRequestWait) or after the one it runs
      }
      nextRequestWait.arrived();
      running = true;
      first = queue.poll();
    }
    // Started outside the lock: the woken thread takes it at once (isClosed), and finding it
    // still held here cost a second sleep and wake-up.
    REQUEST_THREADS.execute(() -> runNamed(first));
  }

  /**
   * Takes ownership of an RPC message: runs it on the event loop when {@link #runInline} can,
   * else submits it (decoded already, if the inline try got that far).
   */
  public void submitRpc(TdsMessage message) {
    if (runInline(message)) {
      message.release();
    } else {
      submit(message);
    }
  }

  /**
   * Runs {@code m} right here, on the event loop that read it, when the engine can answer it
   * without ever waiting (see {@link InlineCandidates} and {@code
   * EngineSession.executeRpcWithoutBlocking}: a prepared single-row read in autocommit) and
   * nothing of this session runs, is queued or still has a response on its way to the socket.
   * That saves the hand-off to a request thread and the one back for the write, which on these
   * machines cost more than such a request's own work. Returns false when nothing was written:
   * the caller still owns {@code m} and submits it.
   *
   * <p>Event loop only: ATTENTION and the connection's close are handled on this thread too, so
   * they find the request finished; KILL from another session cancels it through the engine.
   */
  public boolean runInline(TdsMessage m) {
    if (!InlineCandidates.worthDecoding(m)) {
      return false;
    }
    synchronized (lock) {
      if (closed || running || !queue.isEmpty()) {
        return false;
      }
      running = true;
    }
    try {
      // A request thread's last write is a task queued before it went idle: wait for it.
      return channel.eventLoopIdle() && runWithoutBlocking(m);
    } finally {
      synchronized (lock) {
        running = false;
      }
    }
  }

  private boolean runWithoutBlocking(TdsMessage m) {
    RpcRequestMessage rpc = InlineCandidates.decode(m, version());
    // Most candidates are not reads (a prepared INSERT): keep the decoding for its thread.
    decodedMessage = m;
    decodedRpc = rpc;
    RpcCall call = InlineCandidates.singleExecute(rpc);
    if (call == null) {
      return false;
    }
    RpcRequest request;
    try {
      request = EngineRequests.rpc(call, false);
    } catch (RuntimeException e) {
      return false; // a bad parameter: its request thread converts it again and reports it
    }
    EngineSession engine = session.engineSession();
    PacketOutput out = channel.newMessage();
    try {
      TokenResultSink sink = new TokenResultSink(out, version(), channel.serverName(),
          engine::transactionDescriptor, columnDescriptions);
      sink.textSize(engine::textSize);
      sink.noMetadata((call.optionFlags() & RpcCall.NO_METADATA) != 0);
      try {
        if (!engine.executeRpcWithoutBlocking(request, sink)) {
          return false; // what the sink got is dropped with out
        }
        sink.endCall(true);
      } catch (EngineException e) {
        sink.abort(e.sqlMessage(), true);
      } catch (ClientGoneException e) {
        throw e;
      } catch (RuntimeException e) {
        LOG.error("Request failed inside the server", e);
        sink.abort(new SqlMessage(50000, 1, 16, "Internal error: " + e, "", 1), true);
      } catch (Error e) {
        failedWith(e, engine, sink, true);
      }
      pendingBulkLoad = null; // a BULK_LOAD must come right after its INSERT BULK
      sink.finish();
      endSessionIfFailed();
    } catch (ClientGoneException e) {
      LOG.debug("Client went away during a request");
    } finally {
      out.abandon();
    }
    decodedMessage = null;
    decodedRpc = null;
    return true;
  }

  private void runNamed(TdsMessage first) {
    // Renaming a thread is a system call (the OS thread's name): skipped when the pooled thread
    // served this session last, as it usually does.
    Thread t = Thread.currentThread();
    if (!t.getName().equals(threadName)) {
      t.setName(threadName);
    }
    loop(first);
  }

  /** ATTENTION arrived (event loop): cancel what runs, or acknowledge at once. */
  public void attention() {
    synchronized (lock) {
      if (closed) {
        return;
      }
      if (running) {
        attention = true;
        queuedBeforeAttention = queue.size();
        if (!nextRequestWait.waiting()) {
          stopRunningRequest(); // a waiting thread has nothing to stop: it acknowledges
        }
        return;
      }
    }
    // Queued behind any writes a finished request already submitted; counted as a pending
    // write, so that a request started meanwhile does not send its response ahead of it.
    channel.writeLater(this::writeAttentionAck);
  }

  /** Cancels the running request, and keeps doing so until it ends (under the lock). */
  private void stopRunningRequest() {
    session.engineSession().cancel();
    if (recancel == null) {
      recancel = channel.channel().eventLoop().scheduleAtFixedRate(
          this::cancelAgain, RECANCEL_MILLIS, RECANCEL_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  private void cancelAgain() {
    synchronized (lock) {
      if (running && (attention || closed)) {
        session.engineSession().cancel();
      }
    }
  }

  /** The connection closed: drop queued work, stop what runs, release the session after it. */
  public void close() {
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      queue.forEach(TdsMessage::release);
      queue.clear();
      if (running) {
        // The session closes when the request has stopped (see next()).
        stopRunningRequest();
        return;
      }
    }
    session.close();
  }

  private void loop(TdsMessage first) {
    MDC.put("spid", Integer.toString(channel.spid()));
    try {
      TdsMessage m = first;
      while (m != null) {
        try {
          run(m);
        } finally {
          m.release();
        }
        m = next();
      }
    } finally {
      MDC.remove("spid");
    }
  }

  /** Whether a request, an attention or the close awaits the thread that waits for the next request. */
  private boolean somethingToDo() {
    synchronized (lock) {
      return !queue.isEmpty() || attention || closed;
    }
  }

  private TdsMessage next() {
    boolean waited = false;
    while (true) {
      boolean ack;
      List<TdsMessage> cancelled = List.of();
      boolean closeSession = false;
      boolean waitForNext = false;
      synchronized (lock) {
        if (!waited) {
          nextRequestWait.answered();
        }
        if (recancel != null) {
          recancel.cancel(false);
          recancel = null;
        }
        ack = attention && !closed;
        attention = false;
        if (ack) {
          cancelled = takeQueuedBeforeAttention();
        }
        if (!ack) {
          TdsMessage next = closed ? null : queue.poll();
          if (next != null) {
            return next;
          }
          if (!waited && !closed && nextRequestWait.worthWaiting()) {
            // Still "running" while it waits, so the event loop queues the next request for it.
            waitForNext = true;
            nextRequestWait.waiting(true);
          } else {
            running = false;
            closeSession = closed;
          }
        }
      }
      if (waitForNext) {
        waited = true;
        nextRequestWait.await(this::somethingToDo);
        synchronized (lock) {
          nextRequestWait.waiting(false);
        }
        continue; // take what came, or stop running
      }
      if (ack) {
        // Written by this thread after its response, so it cannot overtake it; then look again.
        for (TdsMessage m : cancelled) {
          m.release();
          writeCancelledBeforeStart();
        }
        writeAttentionAck();
        continue;
      }
      if (closeSession) {
        session.close();
      }
      return null;
    }
  }

  /** Removes the requests the ATTENTION now acknowledged came after (under the lock). */
  private List<TdsMessage> takeQueuedBeforeAttention() {
    List<TdsMessage> taken = new ArrayList<>();
    for (int i = 0; i < queuedBeforeAttention && !queue.isEmpty(); i++) {
      taken.add(queue.poll());
    }
    queuedBeforeAttention = 0;
    return taken;
  }

  /** The answer to a request cancelled before it started: a DONE of its own. */
  private void writeCancelledBeforeStart() {
    channel.writeMessage(b -> new DoneToken(DoneStatus.FINAL, 0, 0).encode(b, version()));
  }

  private void run(TdsMessage m) {
    if (isClosed()) {
      return;
    }
    if (cancelledBeforeStart()) {
      writeCancelledBeforeStart();
      return;
    }
    PacketOutput out = channel.newMessage();
    try {
      EngineSession engine = session.engineSession();
      TokenResultSink sink = new TokenResultSink(out, version(), channel.serverName(),
          engine::transactionDescriptor, columnDescriptions);
      sink.textSize(engine::textSize);
      if ((m.status() & PacketStatus.IGNORE) != 0) {
        // The client abandoned the request: one DONE(ERROR), no attention ack [MS-TDS §2.2.1.7].
        new DoneToken(DoneStatus.ERROR, 0, 0).encode(out.buffer(), version());
      } else {
        execute(m, sink);
      }
      sink.finish();
      endSessionIfFailed();
    } catch (ClientGoneException e) {
      LOG.debug("Client went away during a request");
    } catch (TdsProtocolException e) {
      LOG.warn("Protocol error in {} request: {}", m.type(), e.getMessage());
      channel.channel().close();
    } catch (RuntimeException | Error e) {
      // Failed outside the engine (writing the response): the session cannot be trusted to
      // answer further requests; closing it rolls back what it holds.
      LOG.error("Request failed", e);
      channel.channel().close();
    } finally {
      out.abandon();
    }
  }

  /**
   * A Java Error ended the request inside the engine, past what it reports itself (an
   * OutOfMemoryError while compiling, a StackOverflowError converting parameters, a defect):
   * logged once with its stack, the session's transaction rolled back so that its locks do not
   * hold other sessions up, the client told as SQL Server would ({@link RequestErrors}). Before,
   * the Error killed the request thread and left the session running for ever, its locks held.
   */
  private void failedWith(Error e, EngineSession engine, TokenResultSink sink, boolean rpc) {
    LOG.error("Request ended by {}; the session's transaction is rolled back", e.getClass().getName(), e);
    endSession = RequestErrors.endsSession(e);
    try {
      engine.rollBackAfterFailure(sink);
    } catch (RuntimeException | Error again) {
      LOG.error("Rolling back after {} failed; the session is closed", e.getClass().getName(), again);
      endSession = true; // closing the session rolls back
    }
    sink.abort(RequestErrors.of(e, channel.spid()), rpc);
  }

  /** Closes the connection after the reply when {@link #failedWith} said the session ends. */
  private void endSessionIfFailed() {
    if (endSession) {
      endSession = false;
      channel.channel().close();
    }
  }

  private boolean isClosed() {
    synchronized (lock) {
      return closed;
    }
  }

  private boolean cancelledBeforeStart() {
    synchronized (lock) {
      return attention || closed;
    }
  }

  private void execute(TdsMessage m, TokenResultSink sink) {
    Object request;
    try {
      request = decode(m);
    } catch (TdsProtocolException e) {
      // Its packets were well framed, so only this request fails (SQL Server: 8016 and family).
      LOG.warn("Malformed {} request: {}", m.type(), e.getMessage());
      sink.abort(MalformedRequests.errorFor(e), false);
      return;
    }
    EngineSession engine = session.engineSession();
    BulkLoader announcedBulkLoad = pendingBulkLoad;
    pendingBulkLoad = null; // a BULK_LOAD must come right after its INSERT BULK
    try {
      if (m.resetConnection()) {
        engine.reset(m.resetKeepsTransaction(), sink);
        sink.resetConnectionAck();
      }
      switch (request) {
        case SqlBatchMessage batch -> {
          LOG.debug("SQL batch: {}", batch);
          if (!startBulkLoad(batch.sql(), engine, sink)) {
            engine.executeBatch(batch.sql(), sink);
          }
          sink.endBatch(CurCmd.NONE);
        }
        case RpcRequestMessage rpc -> runRpc(rpc, engine, sink);
        case TransactionManagerMessage tm -> runTransaction(tm, engine, sink);
        case TdsMessage bulkLoad -> runBulkLoad(announcedBulkLoad, bulkLoad, sink);
        default -> throw new IllegalStateException("Unexpected request " + request);
      }
    } catch (ClientGoneException e) {
      throw e;
    } catch (EngineException e) {
      // The engine reports errors through the sink; one that escapes still ends the response.
      sink.abort(e.sqlMessage(), request instanceof RpcRequestMessage);
    } catch (RuntimeException e) {
      LOG.error("Request failed inside the server", e);
      sink.abort(new SqlMessage(50000, 1, 16, "Internal error: " + e, "", 1),
          request instanceof RpcRequestMessage);
    } catch (Error e) {
      failedWith(e, engine, sink, request instanceof RpcRequestMessage);
    }
  }

  private Object decode(TdsMessage m) {
    return switch (m.type()) {
      case SQL_BATCH -> SqlBatchMessage.decode(m.content(), version());
      case RPC -> {
        RpcRequestMessage ahead = decodedAhead(m);
        yield knownProcIds(ahead != null ? ahead : RpcRequestMessage.decode(m.content(), version()));
      }
      case TRANSACTION_MANAGER -> TransactionManagerMessage.decode(m.content(), version());
      case BULK_LOAD -> m; // decoded row by row as it is loaded
      // Reaching here is a bug in the connection handler's routing, not client input.
      default -> throw new IllegalStateException("Unexpected " + m.type() + " message");
    };
  }

  /**
   * {@code rpc}, once every ProcID it names is one of the 15 MS-TDS defines: any other is a
   * malformed request (4002), refused before any of its calls runs, not an internal error.
   */
  private static RpcRequestMessage knownProcIds(RpcRequestMessage rpc) {
    for (RpcCall call : rpc.calls()) {
      if (call.byProcId() && ProcIds.name(call.procId()) == null) {
        throw new TdsProtocolException("Unknown RPC ProcID " + call.procId());
      }
    }
    return rpc;
  }

  private RpcRequestMessage decodedAhead(TdsMessage m) {
    return m == decodedMessage ? decodedRpc : null;
  }

  /**
   * Answers an INSERT BULK statement and remembers it for the BULK_LOAD message that follows;
   * false when {@code sql} is an ordinary batch.
   */
  private boolean startBulkLoad(String sql, EngineSession engine, TokenResultSink sink) {
    InsertBulkStatement statement;
    try {
      statement = InsertBulkStatement.parse(sql);
    } catch (IllegalArgumentException e) {
      LOG.debug("Malformed INSERT BULK: {}", e.getMessage());
      sink.message(new SqlMessage(102, 1, 15, "Incorrect syntax near 'BULK'.", "", 1));
      return true;
    }
    if (statement == null) {
      return false;
    }
    BulkLoader loader = new BulkLoader(statement, engine, version());
    pendingBulkLoad = loader.check(sink) ? loader : null;
    return true;
  }

  private void runBulkLoad(BulkLoader loader, TdsMessage m, TokenResultSink sink) {
    if (loader == null) {
      // Rows with no INSERT BULK right before them: SQL Server calls the stream incorrect too.
      sink.abort(MalformedRequests.errorFor(
          new TdsProtocolException("BULK_LOAD without INSERT BULK")), false);
      return;
    }
    LOG.debug("BULK_LOAD of {} bytes", m.content().readableBytes());
    long rows;
    try {
      rows = loader.load(m.content(), sink);
    } catch (TdsProtocolException e) {
      LOG.warn("Malformed BULK_LOAD: {}", e.getMessage());
      sink.abort(MalformedRequests.errorFor(e), false);
      return;
    }
    LOG.debug("BULK_LOAD inserted {} rows", rows);
    if (rows >= 0) {
      sink.done(rows, false);
    }
    sink.endBatch(CurCmd.INSERT);
  }

  private void runRpc(RpcRequestMessage rpc, EngineSession engine, TokenResultSink sink) {
    List<RpcCall> calls = rpc.calls();
    for (int i = 0; i < calls.size(); i++) {
      RpcCall call = calls.get(i);
      boolean last = i == calls.size() - 1 || cancelledBeforeStart();
      sink.noMetadata((call.optionFlags() & RpcCall.NO_METADATA) != 0);
      if (!call.noExec()) {
        engine.executeRpc(EngineRequests.rpc(call, !last), sink);
      }
      sink.endCall(last);
      if (last) {
        return;
      }
    }
  }

  private void runTransaction(
      TransactionManagerMessage tm, EngineSession engine, TokenResultSink sink) {
    TransactionRequest request = EngineRequests.transaction(tm);
    if (request == null) {
      sink.message(new SqlMessage(8509, 1, 16,
          "Distributed transactions (TM request " + tm.requestType()
              + ") are not supported by this server.", "", 1));
      sink.endBatch(CurCmd.NONE);
      return;
    }
    engine.executeTransaction(request, sink);
    sink.endBatch(EngineRequests.curCmd(request));
  }

  private void writeAttentionAck() {
    channel.writeMessage(b -> new DoneToken(DoneStatus.ATTN, 0, 0).encode(b, version()));
  }

  private int version() {
    return channel.tdsVersion();
  }
}
