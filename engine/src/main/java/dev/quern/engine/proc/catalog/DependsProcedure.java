package dev.quern.engine.proc.catalog;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.SqlMessage;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.sys.DependsReport;
import java.util.List;

/**
 * {@code sp_depends [@objname =] 'name'} ("sp_depends (Transact-SQL)"): the objects the object
 * references (a row per column used) and the objects that reference it, as two result sets, each
 * only when it has rows; message 15461 when neither has; 15009 for a name that is no object.
 */
public final class DependsProcedure implements SystemProcedure {
  private static final ResultColumn NAME = new ResultColumn("name", SqlType.ofLength(TypeId.NVARCHAR, 257), true);
  private static final ResultColumn TYPE = new ResultColumn("type", SqlType.ofLength(TypeId.NVARCHAR, 16), true);
  private static final List<ResultColumn> REFERENCES =
      List.of(NAME, TYPE, new ResultColumn("updated", SqlType.ofLength(TypeId.NVARCHAR, 7), true),
          new ResultColumn("selected", SqlType.ofLength(TypeId.NVARCHAR, 8), true),
          new ResultColumn("column", SqlTypes.SYSNAME, true));
  private static final List<ResultColumn> REFERENCED_BY = List.of(NAME, TYPE);

  @Override
  public String name() {
    return "sp_depends";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    CatalogArguments a = CatalogArguments.bind(args, List.of("@objname"), name());
    String objname = a.string(0);
    if (objname == null) {
      throw SqlErrors.PROC_EXPECTS_PARAMETER.raise(name(), "@objname");
    }
    SessionState state = host.state();
    int id = state.objectId(objname, null)
        .orElseThrow(() -> SqlErrors.HELPTEXT_NO_OBJECT.raise(objname, state.databaseName()));
    DependsReport report = DependsReport.of(state, id);
    if (report.references().isEmpty() && report.referencedBy().isEmpty()) {
      host.sink().message(new SqlMessage(
          15461, 1, 10, "Object does not reference any object, and no objects reference it.", name(), 1));
      return 0;
    }
    if (!report.references().isEmpty()) {
      HelpProcedure.result(host.sink(), REFERENCES, report.references());
    }
    if (!report.referencedBy().isEmpty()) {
      HelpProcedure.result(host.sink(), REFERENCED_BY, report.referencedBy());
    }
    return 0;
  }
}
