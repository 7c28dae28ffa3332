package dev.quern.engine.proc.module;

import dev.quern.catalog.meta.SchemaObject;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.meta.Trigger;
import dev.quern.catalog.meta.View;
import dev.quern.engine.error.CatalogProcedureErrors;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.proc.catalog.CatalogArguments;
import dev.quern.engine.proc.security.NestedQuery;
import dev.quern.engine.session.SessionState;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code sp_recompile [@objname =] 'object'} ("sp_recompile (Transact-SQL)"): the next run of a
 * stored procedure, function or trigger compiles afresh; for a table or view, that of the
 * table's triggers and of every module that references it. Quern drops their plans from the plan
 * cache (sys.dm_exec_cached_plans no longer lists them). Informational 15070 on success; an object
 * that does not exist, or is not a table, view or module, is 15009.
 */
public final class RecompileProcedure implements SystemProcedure {
  private static final List<String> PARAMETERS = List.of("@objname");

  @Override
  public String name() {
    return "sp_recompile";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    String name = CatalogArguments.bind(args, PARAMETERS, name()).required(0, "@objname");
    SessionState session = host.state();
    SchemaObject object = (name == null ? java.util.Optional.<SchemaObject>empty() : ModuleName.resolve(session, name))
        .filter(RecompileProcedure::recompilable)
        .orElseThrow(() -> SqlErrors.HELPTEXT_NO_OBJECT.raise(name, session.databaseName()));
    Set<Integer> modules = new HashSet<>();
    modules.add(object.id());
    if (object instanceof Table || object instanceof View) {
      referencing(host, object.id(), modules);
      var metadata = session.store().metadata(session.store().storage().catalog(session.databaseId()));
      metadata.triggers(object.id()).forEach(t -> modules.add(t.id()));
    }
    session.server().planCache().evict(session.databaseId(), modules);
    host.sink().message(CatalogProcedureErrors.MARKED_FOR_RECOMPILATION.message(name));
    return 0;
  }

  private static boolean recompilable(SchemaObject o) {
    return switch (o.typeCode().strip()) {
      case "U", "V", "P", "FN", "IF", "TF" -> true;
      default -> o instanceof Trigger;
    };
  }

  /** The modules whose definitions reference object {@code id}. */
  private static void referencing(ProcedureHost host, int id, Set<Integer> into) {
    String sql = "SELECT DISTINCT referencing_id FROM sys.sql_expression_dependencies WHERE referenced_id = " + id;
    for (Object[] r : NestedQuery.rows(host, sql)) {
      into.add(((Number) r[0]).intValue());
    }
  }
}
