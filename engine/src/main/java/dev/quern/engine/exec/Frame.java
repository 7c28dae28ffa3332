package dev.quern.engine.exec;

import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.session.SessionOptions;
import dev.quern.engine.session.SessionState;

/**
 * One running batch, procedure or dynamic SQL: its variable slots, the evaluation context over
 * them, whether its statements are "in proc" (DONEINPROC), and its RETURN status.
 */
final class Frame {
  final Object[] variables;
  final EvalContext eval;
  final boolean inProc;
  final String procName;
  int returnStatus;
  /** The label a GOTO is jumping to while its signal climbs to the list holding it. */
  String gotoLabel;
  /** The running plan's link to its statistics (null for a plan without text). */
  PlanLink link;

  Frame(Object[] variables, SessionState state, boolean inProc, String procName) {
    this.variables = variables;
    this.eval = new EvalContext(variables, state);
    this.inProc = inProc;
    this.procName = procName;
    refreshOptions(state);
  }

  /** Copies the SET options expressions depend on into the evaluation context. */
  void refreshOptions(SessionState state) {
    SessionOptions o = state.sessionOptions();
    eval.concatNullYieldsNull = o.has(SessionOptions.CONCAT_NULL_YIELDS_NULL);
    eval.arithIgnore = !o.has(SessionOptions.ANSI_WARNINGS) && !o.has(SessionOptions.ARITHABORT);
  }
}
