package dev.quern.engine.proc.catalog;

import dev.quern.catalog.meta.Procedure;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code sp_stored_procedures [[@sp_name =] 'name'] [, [@sp_owner =] 'schema'] [, [@sp_qualifier
 * =] 'qualifier'] [, [@fUsePattern =] 'fUsePattern']} ("sp_stored_procedures (Transact-SQL)"):
 * SQLProcedures and getProcedures. PROCEDURE_NAME carries the group number ({@code name;1}); the
 * parameter and result-set counts are -1 (not reported) and PROCEDURE_TYPE 2 (returns a value),
 * as SQL Server answers. Lists the database's stored procedures and, under owner sys, the system
 * procedures, as SQL Server does.
 */
public final class StoredProceduresProcedure implements SystemProcedure {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          new ResultColumn("PROCEDURE_QUALIFIER", SqlTypes.SYSNAME, true),
          new ResultColumn("PROCEDURE_OWNER", SqlTypes.SYSNAME, true),
          new ResultColumn("PROCEDURE_NAME", SqlType.ofLength(TypeId.NVARCHAR, 134), true),
          new ResultColumn("NUM_INPUT_PARAMS", SqlTypes.INT, true),
          new ResultColumn("NUM_OUTPUT_PARAMS", SqlTypes.INT, true),
          new ResultColumn("NUM_RESULT_SETS", SqlTypes.INT, true),
          new ResultColumn("REMARKS", SqlType.ofLength(TypeId.VARCHAR, 254), true),
          new ResultColumn("PROCEDURE_TYPE", SqlTypes.SMALLINT, true));
  private static final List<String> PARAMETERS = List.of("@sp_name", "@sp_owner", "@sp_qualifier", "@fusepattern");
  private static final int RETURNS_VALUE = 2;
  private static final String SYS = "sys";

  @Override
  public String name() {
    return "sp_stored_procedures";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    CatalogArguments a = CatalogArguments.bind(args, PARAMETERS, name());
    CatalogScope scope = CatalogScope.of(host.state(), a.string(2));
    List<Object[]> rows = new ArrayList<>();
    boolean usePattern = a.integer(3, 1) != 0;
    for (CatalogScope.Entry e : scope.objects(a.string(0), a.string(1), usePattern)) {
      if (e.object() instanceof Procedure p) {
        rows.add(new Object[] {scope.databaseName(), e.schema().name(), p.name() + ";1", -1, -1, -1, null, RETURNS_VALUE});
      }
    }
    // The system procedures, in the sys schema of every database, as SQL Server lists them too.
    var name = CatalogScope.compile(a.string(0), usePattern);
    var owner = CatalogScope.compile(a.string(1), usePattern);
    if (owner == null || owner.matcher(SYS).matches()) {
      for (String procedure : dev.quern.engine.proc.SystemProcedures.names()) {
        if (name == null || name.matcher(procedure).matches()) {
          rows.add(new Object[] {scope.databaseName(), SYS, procedure + ";1", -1, -1, -1, null, RETURNS_VALUE});
        }
      }
    }
    rows.sort(Comparator.comparing((Object[] r) -> (String) r[1], String.CASE_INSENSITIVE_ORDER)
        .thenComparing(r -> (String) r[2], String.CASE_INSENSITIVE_ORDER));
    HelpProcedure.result(host.sink(), COLUMNS, rows);
    return 0;
  }
}
