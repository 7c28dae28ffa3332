package dev.quern.engine.proc;

import dev.quern.engine.api.RpcParameter;
import dev.quern.engine.api.RpcRequest;
import dev.quern.engine.ast.SelectStatement;
import dev.quern.engine.plan.StatementPlan;
import dev.quern.engine.session.PreparedStatements;
import dev.quern.engine.session.SessionOptions;
import dev.quern.engine.session.SessionState;
import java.util.List;

/**
 * Which procedure calls may start on a thread that must never wait (the network event loop):
 * {@code sp_execute} of a handle prepared as one SELECT, in autocommit, under an isolation level
 * whose reads take no row locks (READ UNCOMMITTED, READ COMMITTED, SNAPSHOT). What the SELECT
 * binds to is checked while it runs ({@code exec.ShortPlans}: a unique-key equality lookup), and a
 * lock it would wait for (a table definition a DDL transaction holds) gives the request up there.
 *
 * <p>Not qualifying: an open transaction (its locks are held for the client, and a statement in
 * it may wait on them), IMPLICIT_TRANSACTIONS (the SELECT would open one), REPEATABLE READ and
 * SERIALIZABLE (reads lock rows and key ranges), and every other procedure.
 */
public final class NonBlockingRequests {
  private static final int READ_UNCOMMITTED = 1;
  private static final int READ_COMMITTED = 2;
  private static final int SNAPSHOT = 5;

  private NonBlockingRequests() {}

  /** Whether {@code request} may be started where it must not block (see the class comment). */
  public static boolean qualifies(SessionState state, RpcRequest request) {
    return request.procName().equalsIgnoreCase("sp_execute")
        && lockFreeReads(state)
        && isPreparedSelect(state.prepared(), request.parameters());
  }

  private static boolean lockFreeReads(SessionState state) {
    SessionOptions o = state.sessionOptions();
    int level = o.isolationLevel;
    return state.transactionCount() == 0
        && !o.has(SessionOptions.IMPLICIT_TRANSACTIONS)
        && (level == READ_UNCOMMITTED || level == READ_COMMITTED || level == SNAPSHOT);
  }

  private static boolean isPreparedSelect(PreparedStatements prepared, List<RpcParameter> params) {
    if (params.isEmpty() || !(params.getFirst().value() instanceof Number handle)) {
      return false;
    }
    PreparedStatements.Prepared p = prepared.get(handle.intValue());
    if (p == null || !(p.compiled() instanceof ParameterizedStatement ps)) {
      return false;
    }
    List<StatementPlan> statements = ps.plan().statements();
    return statements.size() == 1
        && statements.getFirst() instanceof StatementPlan.LateBound l
        && l.statement() instanceof SelectStatement;
  }
}
