package dev.quern.engine.proc.module;

import dev.quern.catalog.meta.Procedure;
import dev.quern.catalog.meta.SchemaObject;
import dev.quern.catalog.meta.Trigger;
import dev.quern.catalog.meta.UserFunction;
import dev.quern.catalog.meta.View;
import dev.quern.engine.error.CatalogProcedureErrors;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.proc.catalog.CatalogArguments;
import dev.quern.engine.session.SessionState;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code sp_refreshview [@viewname =] 'view'} ("sp_refreshview (Transact-SQL)") and {@code
 * sp_refreshsqlmodule [@name =] 'module' [, [@namespace =] 'OBJECT']} ("sp_refreshsqlmodule
 * (Transact-SQL)"): binds the view or module again ({@link ModuleBinding}), raising the error of a
 * definition that no longer binds, and drops its cached plans. Return status 0. A name that is no
 * view (sp_refreshview) or no view, procedure, function or trigger (sp_refreshsqlmodule) is 15165;
 * a @namespace other than OBJECT, DATABASE_DDL_TRIGGER or SERVER_DDL_TRIGGER is 15251.
 */
public final class RefreshModuleProcedure implements SystemProcedure {
  private static final Set<String> NAMESPACES = Set.of("OBJECT", "DATABASE_DDL_TRIGGER", "SERVER_DDL_TRIGGER");

  private final String name;
  private final boolean viewsOnly;
  private final List<String> parameters;

  private RefreshModuleProcedure(String name, boolean viewsOnly, List<String> parameters) {
    this.name = name;
    this.viewsOnly = viewsOnly;
    this.parameters = parameters;
  }

  public static RefreshModuleProcedure view() {
    return new RefreshModuleProcedure("sp_refreshview", true, List.of("@viewname"));
  }

  public static RefreshModuleProcedure module() {
    return new RefreshModuleProcedure("sp_refreshsqlmodule", false, List.of("@name", "@namespace"));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    CatalogArguments a = CatalogArguments.bind(args, parameters, name);
    String target = a.required(0, parameters.get(0));
    if (!viewsOnly && a.string(1) != null && !NAMESPACES.contains(a.string(1).strip().toUpperCase(Locale.ROOT))) {
      throw CatalogProcedureErrors.INVALID_CODE.raise("@namespace", "'OBJECT', 'DATABASE_DDL_TRIGGER' or 'SERVER_DDL_TRIGGER'");
    }
    SessionState session = host.state();
    if (target == null) {
      throw CatalogProcedureErrors.NO_OBJECT_OR_PERMISSION.raise("(null)");
    }
    SchemaObject module = ModuleName.resolve(session, target)
        .filter(this::refreshable)
        .orElseThrow(() -> CatalogProcedureErrors.NO_OBJECT_OR_PERMISSION.raise(target));
    String schema = session.schemaName(session.visibleSchemaId(module.schemaId())).orElse("dbo");
    ModuleBinding.bind(host, schema, module);
    session.server().planCache().evict(session.databaseId(), Set.of(module.id()));
    return 0;
  }

  private boolean refreshable(SchemaObject o) {
    return o instanceof View || !viewsOnly && (o instanceof Procedure || o instanceof UserFunction || o instanceof Trigger);
  }
}
