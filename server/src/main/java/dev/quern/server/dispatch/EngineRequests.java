package dev.quern.server.dispatch;

import dev.quern.catalog.type.SqlType;
import dev.quern.engine.api.RpcParameter;
import dev.quern.engine.api.TableArgument;
import dev.quern.engine.api.RpcRequest;
import dev.quern.engine.api.TransactionRequest;
import dev.quern.server.types.WireTypes;
import dev.quern.tds.TdsProtocolException;
import dev.quern.tds.message.RpcCall;
import dev.quern.tds.message.RpcParameterData;
import dev.quern.tds.message.TableValuedParameter;
import dev.quern.tds.message.TransactionManagerMessage;
import java.util.ArrayList;
import java.util.List;

/** Translates decoded wire requests into the engine's request objects. */
final class EngineRequests {
  private EngineRequests() {}

  /**
   * An RPC call with ProcIDs resolved to names and parameter values in engine form;
   * {@code anotherFollows}: more calls of the same message run after it.
   */
  static RpcRequest rpc(RpcCall call, boolean anotherFollows) {
    String name = call.byProcId() ? ProcIds.name(call.procId()) : call.procName();
    if (name == null) {
      throw new TdsProtocolException("Unknown RPC ProcID " + call.procId());
    }
    List<RpcParameter> params = new ArrayList<>(call.parameters().size());
    for (RpcParameterData p : call.parameters()) {
      if (p.value() instanceof TableValuedParameter tvp) {
        params.add(new RpcParameter(p.name(), null, p.useDefault() ? null : tableArgument(tvp), p.output()));
        continue;
      }
      Object value = p.useDefault() ? null : WireTypes.fromWire(p.value(), p.type());
      params.add(new RpcParameter(p.name(), WireTypes.sqlType(p.type()), value, p.output()));
    }
    return new RpcRequest(name, params, anotherFollows);
  }

  /** A table-valued parameter's rows, each value in engine form. */
  private static TableArgument.Rows tableArgument(TableValuedParameter tvp) {
    List<SqlType> types = new ArrayList<>();
    for (TableValuedParameter.Column c : tvp.columns()) {
      types.add(WireTypes.sqlType(c.type()));
    }
    List<Object[]> rows = new ArrayList<>(tvp.rows().size());
    for (Object[] wire : tvp.rows()) {
      Object[] row = new Object[wire.length];
      for (int i = 0; i < wire.length; i++) {
        row[i] = WireTypes.fromWire(wire[i], tvp.columns().get(i).type());
      }
      rows.add(row);
    }
    String name = tvp.schema().isEmpty() ? tvp.typeName() : tvp.schema() + "." + tvp.typeName();
    return new TableArgument.Rows(name, types, rows);
  }

  /** A TM request, or null for the DTC requests Quern does not serve. */
  static TransactionRequest transaction(TransactionManagerMessage m) {
    return switch (m.requestType()) {
      case TransactionManagerMessage.TM_BEGIN_XACT ->
          new TransactionRequest.Begin(m.isolationLevel(), m.name());
      case TransactionManagerMessage.TM_COMMIT_XACT ->
          new TransactionRequest.Commit(m.name(), m.beginNew(), m.newIsolationLevel());
      case TransactionManagerMessage.TM_ROLLBACK_XACT ->
          new TransactionRequest.Rollback(m.name(), m.beginNew(), m.newIsolationLevel());
      case TransactionManagerMessage.TM_SAVE_XACT -> new TransactionRequest.Save(m.name());
      default -> null;
    };
  }

  /** The CurCmd of the DONE ending a TM response (as Babelfish and SQL Server report them). */
  static int curCmd(TransactionRequest r) {
    return switch (r) {
      case TransactionRequest.Begin b -> CurCmd.BEGIN_TRAN;
      case TransactionRequest.Commit c -> CurCmd.COMMIT;
      case TransactionRequest.Rollback r2 -> CurCmd.ROLLBACK;
      case TransactionRequest.Save s -> CurCmd.NONE;
    };
  }
}
