package dev.quern.engine.proc.catalog;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.proc.security.NestedQuery;
import java.util.List;

/**
 * {@code sp_helpsort} ("sp_helpsort (Transact-SQL)"): the server's default collation, described as
 * sys.fn_helpcollations() describes it, in one row of one column {@code Server default collation}.
 */
public final class HelpSortProcedure implements SystemProcedure {
  private static final List<ResultColumn> COLUMNS =
      List.of(new ResultColumn("Server default collation", SqlType.ofLength(TypeId.NVARCHAR, 1000), true));
  private static final String QUERY = "SELECT description FROM sys.fn_helpcollations()"
      + " WHERE name = CONVERT(sysname, SERVERPROPERTY('Collation'))";

  @Override
  public String name() {
    return "sp_helpsort";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    if (!args.isEmpty()) {
      throw SqlErrors.TOO_MANY_ARGUMENTS.raise(name());
    }
    List<Object[]> rows = NestedQuery.rows(host, QUERY);
    HelpProcedure.result(host.sink(), COLUMNS, rows.isEmpty() ? List.<Object[]>of(new Object[] {null}) : rows);
    return 0;
  }
}
