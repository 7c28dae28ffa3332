package dev.quern.engine.exec;

import dev.quern.engine.ast.DeclareTableStatement;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import dev.quern.engine.store.TableVariables;
import java.util.List;

/**
 * DECLARE @t TABLE: creates the variable's table in tempdb under the name its batch gave it. The
 * table lives until the batch ends (or the session, should that drop miss it).
 */
final class TableVariableDdl {
  private final SessionState state;
  private final DdlExecutor ddl;

  TableVariableDdl(SessionState state, DdlExecutor ddl) {
    this.state = state;
    this.ddl = ddl;
  }

  void declare(DeclareTableStatement s, dev.quern.engine.binder.BindContext bind) {
    TableVariables vars = state.store().tableVariables();
    if (vars.declare(s.name()) == null) {
      // Declared once per batch: running the DECLARE again (a loop) keeps the table and its rows.
      return;
    }
    ddl.createTable(s.definition(), bind);
    int id = ObjectNames.table(state.store(), state.databaseName(), List.of(s.name()))
        .orElseThrow(() -> SqlErrors.INTERNAL_ERROR.raise())
        .table()
        .id();
    vars.created(id);
    vars.typed(s.name(), s.userTypeId());
    state.store().createdTempObject(id);
  }
}
