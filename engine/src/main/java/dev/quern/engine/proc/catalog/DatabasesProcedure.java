package dev.quern.engine.proc.catalog;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.session.Databases;
import java.util.List;

/**
 * {@code sp_databases} ("sp_databases (Transact-SQL)"): the databases of the server, by name.
 * DATABASE_SIZE (kilobytes in SQL Server, from its data files) is NULL: Quern's databases share
 * one store and have no size of their own.
 */
public final class DatabasesProcedure implements SystemProcedure {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          new ResultColumn("DATABASE_NAME", SqlTypes.SYSNAME, false),
          new ResultColumn("DATABASE_SIZE", SqlTypes.INT, true),
          new ResultColumn("REMARKS", SqlType.ofLength(TypeId.VARCHAR, 254), true));

  @Override
  public String name() {
    return "sp_databases";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    if (!args.isEmpty()) {
      throw SqlErrors.TOO_MANY_ARGUMENTS.raise(name());
    }
    List<Object[]> rows = host.state().server().databases().all().stream()
        .map(Databases.Database::name)
        .sorted(String.CASE_INSENSITIVE_ORDER)
        .map(n -> new Object[] {n, null, null})
        .toList();
    host.sink().columns(COLUMNS);
    rows.forEach(host.sink()::row);
    host.sink().done(rows.size(), true);
    return 0;
  }
}
