package dev.quern.engine.exec;

import dev.quern.engine.api.ResultSink;
import dev.quern.engine.dbcc.DbccCall;
import dev.quern.engine.dbcc.DbccCommand;
import dev.quern.engine.dbcc.DbccCommands;
import dev.quern.engine.dbcc.DbccErrors;
import dev.quern.engine.plan.StatementPlan;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a DBCC statement: evaluates its arguments, runs the command (2526 for one Quern does not
 * know), then sends 2528 "DBCC execution completed…" as SQL Server does after every DBCC command
 * unless WITH NO_INFOMSGS.
 */
final class DbccExecutor {
  private final SessionState state;
  private final dev.quern.engine.proc.ProcedureHost host;

  DbccExecutor(SessionState state, dev.quern.engine.proc.ProcedureHost host) {
    this.state = state;
    this.host = host;
  }

  void execute(StatementPlan.Dbcc d, Frame frame, ResultSink sink) {
    DbccCommand command = DbccCommands.lookup(d.command()).orElseThrow(DbccErrors.INCORRECT_STATEMENT::raise);
    List<Object> args = new ArrayList<>();
    d.arguments().forEach(a -> args.add(a.eval(frame.eval)));
    DbccCall call = new DbccCall(state, d.command(), args, d.options(), sink, frame.inProc, d.line(), host);
    command.authorize(call);
    command.run(call);
    call.info(2528, "DBCC execution completed. If DBCC printed error messages, contact your system administrator.");
    sink.done(-1, frame.inProc);
  }
}
