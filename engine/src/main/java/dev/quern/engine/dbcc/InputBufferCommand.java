package dev.quern.engine.dbcc;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.List;

/**
 * DBCC INPUTBUFFER ( session_id [, request_id] ): the last text the session sent, as SQL Server
 * shows it (EventType, Parameters, EventInfo). Quern remembers the text a request ran (its batch,
 * or an RPC's statement with its parameter list), shown as a Language Event; 7940 for no such
 * session.
 */
final class InputBufferCommand implements DbccCommand {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          new ResultColumn("EventType", SqlType.ofLength(TypeId.NVARCHAR, 30), true),
          new ResultColumn("Parameters", SqlTypes.SMALLINT, true),
          new ResultColumn("EventInfo", SqlType.ofLength(TypeId.NVARCHAR, 4000), true));

  @Override
  public String name() {
    return "INPUTBUFFER";
  }

  @Override
  public void authorize(DbccCall call) {
    // Anyone may see their own session's; another's takes VIEW SERVER STATE (sysadmin in Quern).
    if (call.argument(0) instanceof Number n && n.intValue() != call.state().spid()) {
      DbccAccess.sysadmin(call, name(), 3);
    }
  }

  @Override
  public void run(DbccCall call) {
    if (!(call.argument(0) instanceof Number n) || call.arguments().size() > 2) {
      throw DbccErrors.INCORRECT_STATEMENT.raise();
    }
    SessionState target = InputBuffers.session(call.state(), n.intValue())
        .orElseThrow(() -> DbccErrors.INVALID_SPID.raise(n.intValue()));
    String text = dev.quern.engine.session.SecretTexts.shown(target.activity().lastText());
    List<Object[]> rows = new java.util.ArrayList<>();
    if (text != null) {
      rows.add(new Object[] {"Language Event", 0, text});
    }
    call.rows(COLUMNS, rows);
  }
}
