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
    Table t = TableHelp.named(objname, state, scope);
    new TableHelp(scope, t, objname, host.sink()).writeIndexes();
    return 0;
  }
}
