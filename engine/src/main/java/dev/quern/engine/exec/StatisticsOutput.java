package dev.quern.engine.exec;

import dev.quern.engine.api.ResultSink;
import dev.quern.engine.api.SqlMessage;
import dev.quern.engine.binder.LateBoundExpr;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.plan.StatementPlan;
import dev.quern.engine.session.SessionOptions;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.showplan.ActualCounts;
import dev.quern.engine.showplan.ConditionOperators;
import dev.quern.engine.store.IoStatistics;

/**
 * SET STATISTICS TIME and STATISTICS IO: the informational messages SQL Server sends after each
 * statement, 3612 (execution times: CPU from the thread's CPU clock, elapsed from the wall clock)
 * and 3615 (per table read: scan count and logical reads, see {@link IoStatistics}), and 3613 after
 * a batch's compilation; and STATISTICS XML/PROFILE's actual plan after each statement that ran a
 * query ({@link ActualPlans}). Texts are sys.messages' with SQL Server 2019+'s page server counters;
 * they go as severity 0 messages, as PRINT's do. Nothing is measured or counted while all are off.
 */
final class StatisticsOutput {
  static final String TIME = "STATISTICS TIME";
  static final String IO = "STATISTICS IO";
  static final String XML = "STATISTICS XML";
  static final String PROFILE = "STATISTICS PROFILE";

  /** What a statement started with: its clocks, and the reads counted before it (a caller's). */
  record Started(
      long nanos, long cpu, boolean time, IoStatistics io, IoStatistics outer, ActualCounts actuals,
      ActualCounts outerActuals, StatementPlan statement) {}

  private final SessionState state;
  private final ActualPlans actualPlans;

  StatisticsOutput(SessionState state) {
    this.state = state;
    this.actualPlans = new ActualPlans(state);
  }

  /** Starts measuring {@code s}; null when neither option is on or it is not a statement that runs alone. */
  Started begin(StatementPlan s) {
    SessionOptions o = state.sessionOptions();
    boolean time = o.flag(TIME);
    boolean io = o.flag(IO);
    boolean actual = o.flag(XML) || o.flag(PROFILE);
    if (!time && !io && !actual || !measured(s)) {
      return null;
    }
    IoStatistics outer = state.store().io();
    IoStatistics counts = io ? new IoStatistics() : null;
    if (io) {
      state.store().io(counts);
    }
    ActualCounts outerActuals = state.actuals();
    ActualCounts actuals = actual ? new ActualCounts() : null;
    if (actual) {
      state.actuals(actuals);
    }
    return new Started(System.nanoTime(), time ? WorkerTime.read(state) : 0, time, counts, outer, actuals,
        outerActuals, s);
  }

  /** Sends {@code started}'s messages; the caller's counting, if any, resumes. */
  void end(Started started, ResultSink sink, String procName) {
    if (started == null) {
      return;
    }
    long end = System.nanoTime();
    int line = started.statement().line();
    if (started.actuals() != null) {
      state.actuals(started.outerActuals());
      actualPlans.send(started.statement(), started.actuals(), sink);
    }
    if (started.io() != null) {
      state.store().io(started.outer());
      for (IoStatistics.Counts c : started.io().tables()) {
        sink.message(info(3615, tableText(c), procName, line));
      }
    }
    if (started.time()) {
      long cpu = WorkerTime.since(started.cpu(), started.nanos(), end);
      sink.message(info(3612, executionText(cpu, end - started.nanos()), procName, line));
    }
  }

  /**
   * The value of IF or WHILE statement {@code s}'s {@code condition}. Under STATISTICS XML or
   * PROFILE a condition that runs a query is counted, and its actual plan follows at once (the
   * statements it leads to report theirs after it); otherwise it is only evaluated.
   */
  Object condition(StatementPlan s, BoundExpr condition, EvalContext eval, ResultSink sink) {
    SessionOptions o = state.sessionOptions();
    if (!o.flag(XML) && !o.flag(PROFILE)) {
      return condition.eval(eval);
    }
    ActualCounts outer = state.actuals();
    ActualCounts counts = new ActualCounts();
    state.actuals(counts);
    // A condition reading a table binds as it runs: the plan shown is of the form that ran.
    BoundExpr[] ran = {condition};
    Object value;
    try {
      value = condition instanceof LateBoundExpr late ? late.eval(eval, b -> ran[0] = b) : condition.eval(eval);
    } finally {
      state.actuals(outer);
    }
    if (ConditionOperators.runsQuery(ran[0])) {
      counts.ran(new ActualCounts.Condition(ran[0]));
      actualPlans.send(s, counts, sink);
    }
    return value;
  }

  /** After a batch compiled, under STATISTICS TIME: message 3613. */
  void compiled(long cpuNanos, long elapsedNanos, ResultSink sink) {
    if (state.sessionOptions().flag(TIME)) {
      sink.message(info(3613, "SQL Server parse and compile time: \n   CPU time = " + ms(cpuNanos)
          + " ms, elapsed time = " + ms(elapsedNanos) + " ms.", "", 1));
    }
  }

  static String executionText(long cpuNanos, long elapsedNanos) {
    return " SQL Server Execution Times:\n   CPU time = " + ms(cpuNanos) + " ms,  elapsed time = "
        + ms(elapsedNanos) + " ms.";
  }

  static String tableText(IoStatistics.Counts c) {
    return "Table '" + c.table() + "'. Scan count " + c.scans() + ", logical reads " + c.reads()
        + ", physical reads 0, page server reads 0, read-ahead reads 0, page server read-ahead reads 0,"
        + " lob logical reads 0, lob physical reads 0, lob page server reads 0, lob read-ahead reads 0,"
        + " lob page server read-ahead reads 0.";
  }

  private static long ms(long nanos) {
    return Math.max(0, nanos) / 1_000_000;
  }

  private static SqlMessage info(int number, String text, String procName, int line) {
    return new SqlMessage(number, 1, 0, text, procName, line);
  }

  /** Statements that run as one: not SET, not the heads of IF/WHILE/blocks (their statements count). */
  private static boolean measured(StatementPlan s) {
    return !(s instanceof StatementPlan.SetOptions
        || s instanceof StatementPlan.If
        || s instanceof StatementPlan.Block
        || s instanceof StatementPlan.While
        || s instanceof StatementPlan.TryCatch);
  }
}
