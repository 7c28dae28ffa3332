package dev.quern.engine.exec;

import dev.quern.engine.api.ResultSink;
import dev.quern.engine.api.SqlMessage;
import dev.quern.engine.api.RpcRequest;
import dev.quern.engine.api.SinkClosedException;
import dev.quern.engine.api.TransactionRequest;
import dev.quern.engine.ast.ParameterDefinition;
import dev.quern.engine.error.Abort;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.func.CaughtError;
import dev.quern.engine.plan.BatchPlan;
import dev.quern.engine.plan.StatementPlan;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.session.CancelledException;
import dev.quern.engine.session.SessionOptions;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.session.option.SetOption;
import dev.quern.engine.session.option.SetValue;
import dev.quern.engine.stats.PlanKind;
import dev.quern.engine.stats.StatementStats;
import java.util.List;

/**
 * Runs compiled batches statement by statement with SQL Server's error semantics:
 *
 * <pre>
 * compile error            → reported, nothing of the batch runs
 * statement-level error    → reported, the batch goes on with the next statement
 * batch-aborting error     → reported, the rest of the batch is skipped (THROW, 245, 8114 …)
 * any error inside TRY     → not reported; control passes to the CATCH block
 * XACT_ABORT ON            → a runtime error rolls the transaction back and aborts the batch
 * </pre>
 */
public final class Interpreter implements ProcedureHost {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Interpreter.class);
  private final SessionState state;
  private final Compiler compiler;
  private final QueryExecutor queries;
  private final MessageExecutor messages;
  private final TransactionExecutor transactions;
  private final WaitForExecutor waits;
  private final ProcedureExecutor procedures;
  private final LateBoundExecutor lateBound;
  private final CursorExecutor cursors;
  private final DbccExecutor dbcc;
  private final ShowplanExecutor showplan;
  private final StatisticsOutput statistics;
  private ResultSink sink;
  private int tryDepth;

  public Interpreter(SessionState state) {
    this.state = state;
    this.compiler = new Compiler(state);
    this.queries = new QueryExecutor(state);
    this.messages = new MessageExecutor(state);
    this.transactions = new TransactionExecutor(state);
    this.lateBound = new LateBoundExecutor(state, transactions);
    this.waits = new WaitForExecutor(state);
    this.cursors = new CursorExecutor(state, transactions);
    this.dbcc = new DbccExecutor(state, this);
    this.showplan = new ShowplanExecutor(state);
    this.statistics = new StatisticsOutput(state);
    this.procedures = new ProcedureExecutor(this);
    state.attachHost(this); // what user-defined functions run their bodies with
  }

  /** Runs a SQL_BATCH. */
  public void runBatch(String sql, ResultSink out) {
    begin(out);
    state.store().tableVariables().enter();
    try {
      BatchPlan plan;
      long compileNanos = System.nanoTime();
      long compileCpu = state.sessionOptions().flag(StatisticsOutput.TIME) ? WorkerTime.read(state) : 0;
      try {
        plan = compiler.batch(sql, false);
        if (state.sessionOptions().flag(StatisticsOutput.TIME)) {
          long end = System.nanoTime();
          statistics.compiled(WorkerTime.since(compileCpu, compileNanos, end), end - compileNanos, out);
        }
      } catch (SqlException e) {
        report(e, false);
        return;
      } catch (CancelledException e) {
        throw e; // binding stops on ATTENTION, a query timeout or KILL: answered as cancelled
      } catch (RuntimeException e) {
        LOG.error("session {}: internal error compiling a batch", state.spid(), e);
        report(SqlErrors.INTERNAL_ERROR.raise(), false);
        return;
      } catch (StackOverflowError e) {
        report(stackLimitReached(), false); // binding or planning a deeply nested statement
        return;
      }
      try {
        ShowplanExecutor.checkAlone(plan);
      } catch (SqlException e) {
        report(e, false);
        return;
      }
      execute(plan, new Object[plan.frameSize()], false, "", PlanKind.ADHOC, 0);
    } catch (BatchAbortException e) {
      // Reported already.
    } catch (CancelledException e) {
      reportKill(false); // cancelled: the server answers ATTENTION with DONE(ATTN)
    } finally {
      endTableVariables();
      state.endRequest();
    }
  }

  /** Runs an RPC: return status, then OUTPUT parameters in order. */
  public void runRpc(RpcRequest request, ResultSink out) {
    begin(out);
    state.store().tableVariables().enter();
    try {
      procedures.rpc(request, out);
    } catch (BatchAbortException e) {
      // Reported already.
    } catch (CancelledException e) {
      reportKill(true);
    } catch (StackOverflowError e) {
      report(stackLimitReached(), true); // compiling the call's SQL (sp_executesql, sp_prepare…)
    } finally {
      endTableVariables();
      state.endRequest(request.anotherFollows());
    }
  }

  /** Drops the request's table variables; a failure leaves them to the session's end. */
  private void endTableVariables() {
    try {
      state.store().exitTableVariableScope();
    } catch (RuntimeException e) {
      LOG.warn("session {}: table variables not dropped at the end of the request", state.spid(), e);
    }
  }

  /** Runs a TRANSACTION_MANAGER request. */
  public void runTransaction(TransactionRequest request, ResultSink out) {
    begin(out);
    try {
      transactions.request(request, out);
    } catch (SqlException e) {
      report(e, false);
    } finally {
      state.endRequest();
    }
  }

  /**
   * Runs the logon triggers for this session's login, before the client is handed the session;
   * false when one refused the login (ROLLBACK, or an error).
   */
  public boolean runLogonTriggers() {
    var triggers = LogonTriggers.triggers(state);
    if (triggers.isEmpty()) {
      return true;
    }
    ResultSink out = LogonTriggers.discarding();
    begin(out);
    try {
      return LogonTriggers.fire(state, triggers, out);
    } finally {
      state.endRequest();
    }
  }

  private void begin(ResultSink out) {
    this.sink = out;
    this.tryDepth = 0;
    state.beginRequest(out);
  }

  // ---- ProcedureHost ----

  @Override
  public SessionState state() {
    return state;
  }

  @Override
  public ResultSink sink() {
    return sink;
  }

  @Override
  public int runCapturing(BatchPlan plan, Object[] frame, ResultSink capture) {
    ResultSink previous = redirect(capture);
    int savedTryDepth = tryDepth;
    tryDepth = 0; // errors of the captured batch are reported to the capture, not thrown to a CATCH
    try {
      return execute(plan, frame, true, "", PlanKind.ADHOC, 0);
    } catch (SqlException e) {
      if (!e.endsAScope()) {
        throw e;
      }
      // A name that did not resolve ended the captured batch: reported to the capture like its
      // other errors, not to the statement that captures it.
      state.setLastError(e.number());
      report(e, true);
      return 0;
    } finally {
      tryDepth = savedTryDepth;
      redirect(previous);
    }
  }

  /** Sends what runs next to {@code next} (WITH RESULT SETS); returns the sink it replaced. */
  ResultSink redirect(ResultSink next) {
    ResultSink old = sink;
    sink = next;
    return old;
  }

  @Override
  public BatchPlan compile(String sql, List<ParameterDefinition> params, String paramText) {
    return compiler.withParameters(sql, params, paramText);
  }

  @Override
  public BatchPlan compileModule(String definition, int bodyAt, String body, List<ParameterDefinition> params, String paramText) {
    return compiler.module(definition, bodyAt, body, params, paramText);
  }

  @Override
  public String showplanXml(String batchText) {
    try {
      return showplan.document(compiler.batch(batchText, true));
    } catch (SqlException e) {
      return null; // an object it names is gone: no plan, as for a plan SQL Server cannot rebuild
    }
  }

  @Override
  public BatchPlan compileFunction(String sql, List<ParameterDefinition> params, String paramText, dev.quern.catalog.type.SqlType returns) {
    return compiler.function(sql, params, paramText, returns);
  }

  /** A function sends nothing to the client; FUNCTION_SINK takes what its statements report. */
  private static final ResultSink FUNCTION_SINK = new dev.quern.engine.api.DiscardingSink() {};

  /** How many function bodies are running, one inside another. */
  private int functionDepth;

  @Override
  public void runFunction(BatchPlan plan, Object[] frame, String functionName) {
    ResultSink previous = redirect(FUNCTION_SINK);
    tryDepth++; // an error inside a function ends it: thrown to the calling statement, as in a TRY
    functionDepth++;
    try {
      execute(plan, frame, true, functionName, PlanKind.PROC_PART, 0);
    } finally {
      functionDepth--;
      tryDepth--;
      redirect(previous);
    }
  }

  /** Whether a function's body is running (it may call functions, not procedures). */
  boolean inFunction() {
    return functionDepth > 0;
  }

  /** How many trigger bodies are running, one inside another. */
  private int triggerDepth;

  /** Whether a TRY surrounds the statement that fired the outermost running trigger. */
  private boolean triggerCaught;

  @Override
  public void runTrigger(BatchPlan plan, Object[] frame, String triggerName) {
    int savedTryDepth = tryDepth;
    boolean savedCaught = triggerCaught;
    if (triggerDepth == 0) {
      triggerCaught = tryDepth > 0;
    }
    tryDepth = 0; // a TRY around the firing statement catches what ends the trigger, not each error in it
    triggerDepth++;
    try {
      var running = state.trigger();
      execute(plan, frame, true, triggerName, PlanKind.TRIGGER, running == null ? 0 : running.triggerId());
    } finally {
      triggerDepth--;
      tryDepth = savedTryDepth;
      triggerCaught = savedCaught;
    }
  }

  @Override
  public int run(BatchPlan plan, Object[] frame, String procName) {
    return procName == null
        ? execute(plan, frame, true, "", PlanKind.PREPARED, 0)
        : execute(plan, frame, true, procName, PlanKind.PROC_PART, 0);
  }

  @Override
  public int runProcedure(BatchPlan plan, Object[] frame, String procName, int objectId) {
    return execute(plan, frame, true, procName, PlanKind.PROC, objectId);
  }

  /** Compiles and runs dynamic SQL (EXEC ('…')) as a nested batch. */
  /** Procedures, sp_executesql and EXEC (…) nested in one another: at most this many levels. */
  private static final int MAX_NESTING = 32;

  void runDynamic(String sql) {
    BatchPlan plan = compiler.batch(sql, true);
    // A batch of its own: the table variables it declares are its alone, and end with it.
    state.store().tableVariables().enter();
    try {
      execute(plan, new Object[plan.frameSize()], true, "", PlanKind.ADHOC, 0);
    } finally {
      state.store().exitTableVariableScope();
    }
  }

  /**
   * Runs {@code plan} compiled as {@code kind} ({@code objectId}: the procedure or trigger, else
   * 0), counting its runs in the plan cache statistics.
   */
  int execute(BatchPlan plan, Object[] vars, boolean inProc, String procName, PlanKind kind, int objectId) {
    if (inProc && state.nestLevel() >= MAX_NESTING) {
      // A procedure calling itself without end, or dynamic SQL nested as deep: SQL Server's limit.
      throw SqlErrors.NESTING_TOO_DEEP.raise();
    }
    Frame frame = new Frame(vars, state, inProc, procName);
    // Under SET SHOWPLAN a client's batch, prepared statement or procedure call (RPC) is shown, not
    // run; nothing nested reaches here, as the statements that would run it are only shown.
    if ((kind == PlanKind.ADHOC && !inProc || kind == PlanKind.PREPARED || kind == PlanKind.PROC)
        && ShowplanExecutor.active(state.sessionOptions())) {
      showplan.show(plan, sink, so -> setOptions(so, frame), e -> {
        state.setLastError(e.number());
        report(e, frame.inProc);
      });
      return 0;
    }
    boolean counted = plan.text() != null && kind != PlanKind.PROC_PART;
    long startNanos = counted ? System.nanoTime() : 0;
    frame.link = counted ? link(plan, kind, objectId, startNanos) : null;
    long startWaits = counted && kind.module() ? WorkerTime.waitsSoFar(state) : 0;
    BatchPlan outerBatch = state.activity().enterBatch(plan);
    // SET options changed by a procedure or dynamic SQL (EXEC, sp_executesql, prepared
    // statements) revert when it returns, as SQL Server documents; a top-level batch's persist.
    SessionOptions.Saved outer = inProc ? state.sessionOptions().save() : null;
    // So does the database a USE in dynamic SQL switched to.
    var outerDatabase = inProc ? state.currentDatabase() : null;
    // #temp tables a procedure, trigger, dynamic batch, sp_executesql or prepared statement creates
    // end with it, as in SQL Server (a client's prepared CREATE TABLE #t is gone when it returns).
    int tempMark = inProc && kind != PlanKind.PROC_PART ? state.store().tempScopeMark() : -1;
    // @@NESTLEVEL counts procedures and dynamic SQL, not the client's batch: 0 there, as in SQL Server.
    if (inProc) {
      state.enterNest();
    }
    // @@PROCID: the procedure's or trigger's id in its body, 0 in dynamic SQL; a function's body
    // and a parameter default (PROC_PART) keep the caller's.
    int outerModule = kind == PlanKind.PROC || kind == PlanKind.TRIGGER ? state.enterModule(objectId)
        : kind == PlanKind.PROC_PART ? state.procId() : state.enterModule(0);
    state.cursors().enter(); // its LOCAL cursors and cursor variables end with it
    try {
      executeList(plan.statements(), frame);
      if (frame.link != null && kind.module()) {
        long end = System.nanoTime();
        frame.link.cached.recordCall(WorkerTime.scheduledSince(state, startWaits, startNanos, end), end - startNanos, end);
      }
      return frame.returnStatus;
    } finally {
      state.cursors().exit();
      state.exitModule(outerModule);
      if (tempMark >= 0) {
        state.store().exitTempScope(tempMark);
      }
      if (inProc) {
        state.exitNest();
      }
      state.activity().exitBatch(outerBatch);
      if (outer != null) {
        state.sessionOptions().restore(outer);
        state.returnToDatabase(outerDatabase, sink);
      }
    }
  }

  /**
   * The plan's link to its statistics, counting one more use. execute links no plan without text,
   * nor a function's body or a parameter default ({@link PlanKind#PROC_PART}): a scalar function
   * runs once per row, and its call costs about 0.1 µs, so even linking would show.
   */
  private PlanLink link(BatchPlan plan, PlanKind kind, int objectId, long nowNanos) {
    PlanLink link = PlanLink.of(plan, kind, state.databaseId(), objectId, state.server().planCache());
    link.cached.used(nowNanos);
    return link;
  }

  Signal executeList(List<StatementPlan> list, Frame frame) {
    for (int next = 0; next < list.size(); next++) {
      StatementPlan s = list.get(next);
      state.checkCancelled();
      state.activity().statement(s);
      frame.refreshOptions(state);
      if (skippedByNoExec(s)) {
        continue;
      }
      StatementStats counted = frame.link == null ? null : frame.link.statement(s);
      state.activity().counting(counted);
      long startNanos = counted == null ? 0 : System.nanoTime();
      long startWaits = counted == null ? 0 : WorkerTime.waitsSoFar(state);
      Signal sig;
      StatisticsOutput.Started measured = statistics.begin(s);
      try {
        sig = guarded(s, frame);
        if (counted != null) {
          long end = System.nanoTime();
          counted.record(WorkerTime.scheduledSince(state, startWaits, startNanos, end), end - startNanos, state.rowCount(), end);
        }
      } catch (SqlException e) {
        e.at(s.line(), frame.procName);
        if (tryDepth > 0) {
          throw e;
        }
        if (triggerDepth > 0 && (triggerCaught || !(s instanceof StatementPlan.Raiserror))) {
          // In a trigger an error ends the firing statement (RAISERROR's does only inside TRY).
          if (triggerCaught) {
            throw new TriggerAbort(false, e);
          }
          state.setLastError(e.number());
          report(e, frame.inProc);
          throw new TriggerAbort(false, null);
        }
        if (e.endsScope(frame) && frame.inProc) {
          throw e; // the procedure ends; its caller reports it as its EXEC's error and goes on
        }
        handleUncaught(e, frame, s);
        continue;
      } finally {
        statistics.end(measured, sink, frame.procName);
      }
      if (sig == Signal.GOTO) {
        int target = labelIndex(list, frame.gotoLabel);
        if (target >= 0) {
          frame.gotoLabel = null;
          next = target; // goes on after the label
          continue;
        }
      }
      if (sig != Signal.NORMAL) {
        return sig;
      }
    }
    return Signal.NORMAL;
  }

  /** Where the label stands in this very list, or -1 (it is then in a list around this one). */
  private static int labelIndex(List<StatementPlan> list, String label) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) instanceof StatementPlan.Label l && l.name().equals(label)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Runs one statement; a defect in the engine (any exception that is not a SQL error or a
   * control signal) becomes error 8630 for this batch instead of killing the session.
   */
  private Signal guarded(StatementPlan s, Frame frame) {
    try {
      return execute(s, frame);
    } catch (SqlException | BatchAbortException | CancelledException | TriggerAbort
        | SinkClosedException e) {
      throw e;
    } catch (RuntimeException e) {
      LOG.error("session {}: internal error running line {}", state.spid(), s.line(), e);
      throw SqlErrors.INTERNAL_ERROR.raise();
    } catch (StackOverflowError e) {
      // Caught by the innermost statement with stack to spare: one that is itself too deep
      // overflows again here and the statement around it catches that.
      throw stackLimitReached();
    } catch (OutOfMemoryError e) {
      LOG.error("session {}: out of memory running line {}; its transaction is rolled back", state.spid(), s.line(), e);
      state.transactions().rollbackAll(sink); // frees what the transaction holds, locks first
      throw SqlErrors.OUT_OF_MEMORY.raise("default");
    }
  }

  /**
   * Error 8631 for a Java StackOverflowError in binding, planning or running. The open
   * transaction is rolled back first, so that its locks do not outlive a request that could not
   * finish: a decision (SQL Server documents no transaction outcome for 8631), as for severity-17
   * resource errors that end the batch.
   */
  private SqlException stackLimitReached() {
    state.transactions().rollbackAll(sink);
    return SqlErrors.STACK_LIMIT.raise();
  }

  private boolean skippedByNoExec(StatementPlan s) {
    SessionOptions o = state.sessionOptions();
    if (!o.flag("NOEXEC") && !o.flag("PARSEONLY")) {
      return false;
    }
    return !(s instanceof StatementPlan.SetOptions so
        && (so.names().contains("NOEXEC") || so.names().contains("PARSEONLY")));
  }

  private void handleUncaught(SqlException e, Frame frame, StatementPlan s) {
    state.setLastError(e.number());
    boolean xactAbort = state.sessionOptions().has(SessionOptions.XACT_ABORT) && e.abort() != Abort.COMPILE;
    report(e, frame.inProc, TerminatedStatement.after(s, e));
    if (xactAbort) {
      state.transactions().rollbackAll(sink);
      throw new BatchAbortException();
    }
    if (e.abort() == Abort.BATCH || e.endsScope(frame)) {
      throw new BatchAbortException();
    }
  }

  /** A request KILL cancelled ends in 596 (a request its client cancelled ends without an error). */
  private void reportKill(boolean inProc) {
    if (state.killed()) {
      report(SqlErrors.KILL_STATE.raise(), inProc);
    }
  }

  private void report(SqlException e, boolean inProc) {
    report(e, inProc, null);
  }

  /** The error's messages, then {@code after} (3621) when not null, then the statement's DONE. */
  private void report(SqlException e, boolean inProc, SqlMessage after) {
    e.toMessages().forEach(sink::message);
    if (after != null) {
      sink.message(after);
    }
    sink.done(-1, inProc);
  }

  private Signal execute(StatementPlan s, Frame frame) {
    Signal sig = dispatch(s, frame);
    if (isLeaf(s)) {
      state.setLastError(state.takeStatementError());
    }
    return sig;
  }

  private static boolean isLeaf(StatementPlan s) {
    return !(s instanceof StatementPlan.If
        || s instanceof StatementPlan.Block
        || s instanceof StatementPlan.While
        || s instanceof StatementPlan.TryCatch);
  }

  private Signal dispatch(StatementPlan s, Frame frame) {
    if (state.nonBlocking().active() && !ShortPlans.mayRunWithoutBlocking(s)) {
      // Nothing of it has run: the request starts again where it may block.
      throw state.nonBlocking().yieldToBlockingThread();
    }
    switch (s) {
      case StatementPlan.Select sel -> {
        if (sel.fromTable()) {
          transactions.beginImplicitIfNeeded(sink);
        }
        queries.select(sel, frame, sink);
      }
      case StatementPlan.AssignSelect a -> queries.assign(a, frame, sink);
      case StatementPlan.Declare d -> {
        for (StatementPlan.Assignment a : d.initializers()) {
          frame.variables[a.slot()] = a.value().eval(frame.eval);
        }
      }
      case StatementPlan.SetVariable sv -> {
        frame.variables[sv.assignment().slot()] = sv.assignment().value().eval(frame.eval);
        state.setRowCount(1);
      }
      case StatementPlan.SetOptions so -> setOptions(so, frame);
      case StatementPlan.Print p -> messages.print(p, frame, sink);
      case StatementPlan.WaitFor w -> waits.execute(w, frame);
      case StatementPlan.Use u -> {
        state.useDatabase(u.database(), sink);
        sink.done(-1, frame.inProc);
      }
      case StatementPlan.If i -> {
        if (statistics.condition(i, i.condition(), frame.eval, sink) == Boolean.TRUE) {
          return executeOne(i.then(), frame);
        } else if (i.otherwise() != null) {
          return executeOne(i.otherwise(), frame);
        }
      }
      case StatementPlan.Block b -> {
        return executeList(b.body(), frame);
      }
      case StatementPlan.While w -> {
        return loop(w, frame);
      }
      case StatementPlan.Break b -> {
        return Signal.BREAK;
      }
      case StatementPlan.Continue c -> {
        return Signal.CONTINUE;
      }
      case StatementPlan.Label l -> {
        // a GOTO target only
      }
      case StatementPlan.Goto g -> {
        frame.gotoLabel = g.label();
        return Signal.GOTO;
      }
      case StatementPlan.Return r -> {
        if (r.value() != null) {
          Object v = r.value().eval(frame.eval);
          frame.returnStatus = v == null ? 0 : ((Number) v).intValue();
        }
        return Signal.RETURN;
      }
      case StatementPlan.TryCatch t -> {
        return tryCatch(t, frame);
      }
      case StatementPlan.Throw t -> messages.throwError(t, frame);
      case StatementPlan.Raiserror r -> messages.raiserror(r, frame, sink);
      case StatementPlan.Execute e -> procedures.exec(e, frame, sink);
      case StatementPlan.ExecuteString e -> {
        Object text = e.text().eval(frame.eval);
        if (text != null) {
          // Dynamic SQL breaks the ownership chain: its statements are checked as the caller's own.
          var modules = state.security().suspendModules();
          try {
            runDynamic(text.toString());
          } finally {
            state.security().resumeModules(modules);
          }
        }
      }
      case StatementPlan.Transaction t -> transactions.execute(t, frame, sink);
      case StatementPlan.Cursor c -> cursors.execute(c, frame, sink);
      case StatementPlan.Reconfigure r -> {
        if (state.transactionCount() > 0) {
          throw SqlErrors.NOT_IN_USER_TRANSACTION.raise("RECONFIGURE");
        }
        if (!state.isSysadmin() && !state.isServerRoleMember("serveradmin").orElse(false)) {
          throw dev.quern.engine.error.SecurityErrors.NO_RECONFIGURE.raise();
        }
        state.server().external().configuration().reconfigure();
        sink.done(-1, frame.inProc);
      }
      case StatementPlan.ResourceGovernor g -> {
        ResourceGovernorDdl.execute(g.statement(), state);
        sink.done(-1, frame.inProc);
      }
      case StatementPlan.Kill k -> {
        if (!state.isSysadmin() && !state.isServerRoleMember("processadmin").orElse(false)) {
          throw dev.quern.engine.error.SecurityErrors.NO_KILL.raise();
        }
        state.server().kill(k.sessionId(), state);
        sink.done(-1, frame.inProc);
      }
      case StatementPlan.Dbcc d -> dbcc.execute(d, frame, sink);
      case StatementPlan.Deferred d -> throw d.error().withAbort(Abort.STATEMENT);
      case StatementPlan.LateBound l -> {
        return lateBound.run(l, frame, sink, this::dispatch, this::redirect);
      }
    }
    return Signal.NORMAL;
  }

  /** The single statement of an IF/ELSE branch, with the same error handling as a list. */
  private Signal executeOne(StatementPlan s, Frame frame) {
    return executeList(List.of(s), frame);
  }

  private Signal loop(StatementPlan.While w, Frame frame) {
    while (statistics.condition(w, w.condition(), frame.eval, sink) == Boolean.TRUE) {
      state.checkCancelled();
      Signal sig = executeOne(w.body(), frame);
      if (sig == Signal.BREAK) {
        break;
      }
      if (sig == Signal.RETURN || sig == Signal.GOTO) {
        return sig;
      }
    }
    return Signal.NORMAL;
  }

  private Signal tryCatch(StatementPlan.TryCatch t, Frame frame) {
    tryDepth++;
    SqlException caught = null;
    Signal sig;
    try {
      sig = executeList(t.tryBody(), frame);
    } catch (SqlException e) {
      caught = e;
      sig = Signal.NORMAL;
    } finally {
      tryDepth--;
    }
    if (caught == null) {
      return sig;
    }
    if (caught.endsScope(frame)) {
      throw caught; // not caught at the level it ends (SQL Server's deferred name resolution)
    }
    if (caught.severity() <= 10) {
      return Signal.NORMAL;
    }
    state.setLastError(caught.number());
    if (state.sessionOptions().has(SessionOptions.XACT_ABORT)) {
      state.transactions().doom();
    }
    state.pushCaught(
        new CaughtError(
            caught.number(), caught.severity(), caught.state(), caught.text(),
            caught.procName().isEmpty() ? null : caught.procName(), caught.lineNumber()));
    try {
      return executeList(t.catchBody(), frame);
    } finally {
      state.popCaught();
    }
  }

  private void setOptions(StatementPlan.SetOptions so, Frame frame) {
    Object value = so.value() == null ? null : so.value().eval(frame.eval);
    for (int i = 0; i < so.options().size(); i++) {
      SetOption o = so.options().get(i);
      o.apply(state, new SetValue(so.word(), value, so.names().get(i)));
    }
    frame.refreshOptions(state);
    sink.done(-1, frame.inProc);
  }
}
