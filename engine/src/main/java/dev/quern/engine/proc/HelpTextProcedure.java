package dev.quern.engine.proc;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.StoreSession;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sp_helptext [@objname =] 'name'}: the definition of a view or stored procedure, one row
 * per line (each line with its line break, as SQL Server returns it) in a column {@code Text}.
 * 15197 for an object without text (a table), 15009 for a name that is no object, the
 * informational 15471 for a module created WITH ENCRYPTION.
 */
final class HelpTextProcedure implements SystemProcedure {
  private static final List<ResultColumn> COLUMNS =
      List.of(new ResultColumn("Text", SqlType.ofLength(TypeId.NVARCHAR, 255), true));

  @Override
  public String name() {
    return "sp_helptext";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    ProcArg[] bound =
        ParameterizedStatement.byParameter(
            args, List.of(new dev.quern.engine.ast.ParameterDefinition("@objname", null, false),
                new dev.quern.engine.ast.ParameterDefinition("@columnname", null, false)), name());
    if (bound[0] == null || bound[0].value() == null) {
      throw SqlErrors.PROC_EXPECTS_PARAMETER.raise(name(), "@objname");
    }
    String objname = bound[0].value().toString();
    SessionState state = host.state();
    StoreSession store = state.store();
    String text;
    store.beginStatement(); // inside INSERT … EXEC this shares the running statement
    try {
      int id = state.objectId(objname, null).orElseThrow(() -> SqlErrors.HELPTEXT_NO_OBJECT.raise(objname, state.databaseName()));
      var object = store.metadata(store.storage().catalog(state.databaseId())).object(id);
      if (object.isPresent() && dev.quern.engine.store.ModuleOptions.encrypted(object.get())) {
        // Informational, as SQL Server's procedure raises it: no rows, status 0.
        host.sink().message(SqlErrors.HELPTEXT_ENCRYPTED.message(objname));
        return 0;
      }
      text = state.objectDefinition(id).orElseThrow(() -> SqlErrors.HELPTEXT_NO_TEXT.raise(objname));
    } finally {
      store.endStatement(true);
    }
    List<Object[]> rows = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl + 1;
      rows.add(new Object[] {text.substring(start, end)});
      start = end;
    }
    ResultSink sink = host.sink();
    sink.columns(COLUMNS);
    rows.forEach(sink::row);
    sink.done(rows.size(), true);
    return 0;
  }
}
