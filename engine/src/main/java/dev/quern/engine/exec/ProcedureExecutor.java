package dev.quern.engine.exec;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.value.Conversions;
import dev.quern.catalog.value.SqlValueException;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.api.ReturnValue;
import dev.quern.engine.api.RpcParameter;
import dev.quern.engine.api.RpcRequest;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.expr.ValueErrors;
import dev.quern.engine.plan.StatementPlan;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.proc.SystemProcedures;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls procedures, from EXEC statements and from RPC requests.
 *
 * <pre>
 * RPC:  client ──RpcRequest──> rpc() ──> procedure ──> statements report DONEINPROC
 *                               │<── return status ──┘
 *                               └──> sink.returnStatus, then sink.returnValue per OUTPUT param
 * </pre>
 */
final class ProcedureExecutor {
  private final Interpreter interpreter;

  ProcedureExecutor(Interpreter interpreter) {
    this.interpreter = interpreter;
  }

  void rpc(RpcRequest request, ResultSink sink) {
    List<ProcArg> args = new ArrayList<>();
    for (RpcParameter p : request.parameters()) {
      args.add(new ProcArg(p.name(), p.type(), p.value(), p.output(), false));
    }
    int status;
    try {
      status = call(request.procName(), args);
    } catch (SqlException e) {
      e.at(1, request.procName());
      if (e.procName().isEmpty()) {
        e.at(1, request.procName());
      }
      interpreter.state().setLastError(e.number());
      e.toMessages().forEach(sink::message);
      sink.done(-1, true);
      status = e.number() == 2812 ? 0 : -6;
    } catch (dev.quern.engine.session.CancelledException | BatchAbortException
        | dev.quern.engine.api.SinkClosedException e) {
      throw e;
    } catch (RuntimeException e) {
      org.slf4j.LoggerFactory.getLogger(ProcedureExecutor.class)
          .error("internal error in RPC {}", request.procName(), e);
      sink.message(SqlErrors.INTERNAL_ERROR.message());
      sink.done(-1, true);
      status = -6;
    }
    sink.returnStatus(status);
    for (int i = 0; i < args.size(); i++) {
      ProcArg a = args.get(i);
      // A table-valued argument has no scalar type to return, whatever flags the client set.
      if (a.output() && a.outputType() != null) {
        sink.returnValue(new ReturnValue(i, request.parameters().get(i).name(), a.outputType(), a.outputValue()));
      }
    }
  }

  void exec(StatementPlan.Execute e, Frame frame, ResultSink sink) {
    String name = e.name();
    if (name == null) {
      Object v = e.nameExpr().eval(frame.eval);
      name = v == null ? "" : v.toString();
    }
    List<ProcArg> args = new ArrayList<>();
    for (StatementPlan.Argument a : e.args()) {
      if (a.value() == null) {
        args.add(new ProcArg(a.name(), null, null, false, true));
      } else {
        args.add(new ProcArg(a.name(), a.value().type(), a.value().eval(frame.eval), a.output(), false));
      }
    }
    if (SystemProcedures.lookup(name, interpreter.state().databaseName()).isEmpty()) {
      var function = dev.quern.engine.proc.UserFunctions.forExec(interpreter.state(), name);
      if (function.isPresent()) {
        // EXEC [@r =] schema.function args: a scalar function called as a procedure is, its value into @r.
        Object value = dev.quern.engine.proc.UserFunctions.exec(interpreter.state(), function.get(), args);
        if (e.returnSlot() >= 0) {
          frame.variables[e.returnSlot()] = convert(value, function.get().returns(), e.returnType());
        }
        return;
      }
    }
    if (interpreter.inFunction()) {
      throw SqlErrors.PROCEDURE_IN_FUNCTION.raise();
    }
    int status = e.resultSets().undefined() ? call(name, args) : callWithResultSets(name, args, e, sink);
    for (int i = 0; i < args.size(); i++) {
      StatementPlan.Argument a = e.args().get(i);
      if (a.output() && args.get(i).outputSet()) {
        frame.variables[a.outputSlot()] = convert(args.get(i).outputValue(), args.get(i).outputType(), a.outputType());
      }
    }
    if (e.returnSlot() >= 0) {
      frame.variables[e.returnSlot()] = status;
    }
    sink.returnStatus(status);
  }

  /** Runs the call with everything it sends checked against WITH RESULT SETS. */
  private int callWithResultSets(String name, List<ProcArg> args, StatementPlan.Execute e, ResultSink sink) {
    ResultSetsSink checked = new ResultSetsSink(sink, e.resultSets());
    ResultSink previous = interpreter.redirect(checked);
    int status;
    try {
      status = call(name, args);
    } finally {
      interpreter.redirect(previous);
    }
    checked.finish();
    return status;
  }

  private int call(String name, List<ProcArg> args) {
    SystemProcedure proc =
        SystemProcedures.lookup(name, interpreter.state().databaseName())
            .or(() -> dev.quern.engine.proc.StoredProcedures.lookup(name, interpreter))
            .orElseThrow(() -> SqlErrors.PROC_NOT_FOUND.raise(name));
    var state = interpreter.state();
    var database = proc.database() == null && SystemProcedures.lookup(name).isPresent()
        ? SystemProcedures.namedDatabase(name).filter(db -> !db.equalsIgnoreCase(state.databaseName()))
        : java.util.Optional.<String>empty();
    // A system procedure named with a database (olatest.sys.sp_executesql) runs in that database,
    // as SQL Server runs it: its statements see that database's objects; the caller's comes back.
    return database.isPresent()
        ? state.inDatabase(database.get(), () -> proc.execute(args, interpreter))
        : proc.execute(args, interpreter);
  }

  private static Object convert(Object v, SqlType from, SqlType to) {
    if (v == null || from == null || from.equals(to)) {
      return v;
    }
    try {
      return dev.quern.engine.xmlschema.TypedXml.check(Conversions.convert(v, from, to), from, to);
    } catch (SqlValueException ex) {
      throw ValueErrors.toSql(ex);
    }
  }
}
