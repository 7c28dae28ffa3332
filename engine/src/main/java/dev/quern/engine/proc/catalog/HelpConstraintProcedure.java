package dev.quern.engine.proc.catalog;

import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.session.SessionState;
import java.util.List;

/**
 * {@code sp_helpconstraint [@objname =] 'table' [, [@nomsg =] 'nomsg']} ("sp_helpconstraint
 * (Transact-SQL)"): the table's name, then its constraints and the foreign keys that reference it,
 * as sp_help lists them (sp_help is sp_helpconstraint with 'nomsg', which leaves out the name).
 */
public final class HelpConstraintProcedure implements SystemProcedure {
  private static final List<ResultColumn> OBJECT_NAME =
      List.of(new ResultColumn("Object Name", SqlType.ofLength(TypeId.NVARCHAR, 776), true));

  @Override
  public String name() {
    return "sp_helpconstraint";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    CatalogArguments a = CatalogArguments.bind(args, List.of("@objname", "@nomsg"), name());
    String objname = a.string(0);
    SessionState state = host.state();
    if (objname == null) {
      throw SqlErrors.PROC_EXPECTS_PARAMETER.raise(name(), "@objname");
    }
    CatalogScope scope = CatalogScope.of(state, null);
    Table t = TableHelp.named(objname, state, scope);
    if (!"nomsg".equalsIgnoreCase(a.string(1))) {
      HelpProcedure.result(host.sink(), OBJECT_NAME, List.<Object[]>of(new Object[] {objname}));
    }
    new TableHelp(scope, t, objname, host.sink()).writeConstraints();
    return 0;
  }
}
