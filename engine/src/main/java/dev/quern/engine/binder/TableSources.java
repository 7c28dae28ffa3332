package dev.quern.engine.binder;

import dev.quern.catalog.meta.Column;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.ast.TableSource;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.plan.TableScanNode;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import dev.quern.engine.store.ResolvedTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds a user table named in FROM. Tables exist for the binder only while a table statement runs
 * (the statement's transaction holds the metadata snapshot); compiled ahead of that, a table name
 * is 208 and the statement is bound again when it runs.
 */
final class TableSources {
  private TableSources() {}

  static SourceBinder.Bound table(BindContext bind, TableSource.Named n) {
    String written = String.join(".", n.parts());
    if (!(bind.session() instanceof SessionState state) || !state.store().inStatement()) {
      throw SqlErrors.INVALID_OBJECT.raise(written);
    }
    ResolvedTable t =
        ObjectNames.table(state.store(), state.databaseName(), n.parts())
            .orElseThrow(() -> SqlErrors.INVALID_OBJECT.raise(written));
    List<ResultColumn> columns = columns(t);
    TableScanNode node = new TableScanNode(t.database().id(), t.schemaQualified(), t.table(), columns);
    String qualifier = n.alias() != null ? n.alias() : n.parts().getLast();
    return new SourceBinder.Bound(node, new ColumnScope(qualifier, columns), true);
  }

  static List<ResultColumn> columns(ResolvedTable t) {
    List<ResultColumn> out = new ArrayList<>();
    for (Column c : t.table().columns()) {
      out.add(new ResultColumn(c.name(), c.type(), c.nullable()));
    }
    return out;
  }
}
