package dev.quern.engine.proc;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.exec.op.Operator;
import dev.quern.engine.exec.op.OperatorBuilder;
import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.plan.ComputedColumns;
import dev.quern.engine.plan.TableScanNode;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a table variable of the running scope, read whole: what a multi-statement
 * table-valued function returns (SQL Server, too, fills its return table before the caller reads).
 */
final class TableVariableRows {
  private TableVariableRows() {}

  static List<Object[]> read(SessionState state, String name, List<ResultColumn> columns) {
    var table = ObjectNames.table(state.store(), state.databaseName(), List.of(name))
        .orElseThrow(() -> SqlErrors.MUST_DECLARE_TABLE_VARIABLE.raise(name));
    var node = new TableScanNode(table.database().id(), table.schemaQualified(), table.table(), columns, ComputedColumns.NONE);
    Operator op = new OperatorBuilder(new EvalContext(new Object[0], state), state::checkCancelled, () -> {}).build(node);
    List<Object[]> rows = new ArrayList<>();
    for (Object[] row = op.next(); row != null; row = op.next()) {
      rows.add(row.clone());
    }
    return rows;
  }
}
