package dev.quern.engine.proc.catalog;

import dev.quern.catalog.meta.Table;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.session.SessionState;
import java.util.List;

/**
 * {@code sp_helpindex [@objname =] 'table'} ("sp_helpindex (Transact-SQL)"): the table's indexes
 * with their descriptions and keys, as sp_help's index result set shows them (15472 for none).
 */
public final class HelpIndexProcedure implements SystemProcedure {
  @Override
  public String name() {
    return "sp_helpindex";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    CatalogArguments a = CatalogArguments.bind(args, List.of("@objname"), name());
    String objname = a.string(0);
    SessionState state = host.state();
    if (objname == null) {
      throw SqlErrors.PROC_EXPECTS_PARAMETER.raise(name(), "@objname");
    }
    CatalogScope scope = CatalogScope.of(state, null);
    Table t = viewRows(objname, state, scope);
    if (t == null) {
      t = TableHelp.named(objname, state, scope);
    }
    new TableHelp(scope, t, objname, host.sink()).writeIndexes();
    return 0;
  }

  /**
   * For a view: the table holding its rows (whose indexes are the view's), or one with no index
   * when the view is not indexed (15472 then); null for anything else.
   */
  private static Table viewRows(String objname, SessionState state, CatalogScope scope) {
    var id = state.objectId(objname, null);
    if (id.isEmpty() || !(scope.metadata().object(id.get()).orElse(null) instanceof dev.quern.catalog.meta.View v)) {
      return null;
    }
    return scope.metadata().table(v.schemaId(), dev.quern.catalog.meta.IndexedViewRows.tableName(v.name()))
        .orElse(new Table(v.id(), v.schemaId(), v.name(), List.of(), List.of(dev.quern.catalog.meta.Index.heap(0)), List.of(),
            java.util.Map.of()));
  }
}
