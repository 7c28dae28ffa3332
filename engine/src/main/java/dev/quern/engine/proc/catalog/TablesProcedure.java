package dev.quern.engine.proc.catalog;

import dev.quern.catalog.meta.Table;
import dev.quern.catalog.meta.View;
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
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code sp_tables [[@table_name =] 'name'] [, [@table_owner =] 'owner'] [, [@table_qualifier =]
 * 'qualifier'] [, [@table_type =] "type [, type]"] [, [@fUsePattern =] 'fUsePattern']}
 * ("sp_tables (Transact-SQL)"): SQLTables and getTables. Name and owner are LIKE patterns unless
 * @fUsePattern is 0. @table_type lists the wanted types, each in single quotes
 * ({@code '''TABLE'',''VIEW'''}), which drivers send quoted once or twice; quotes are dropped.
 * Rows order by TABLE_TYPE, TABLE_QUALIFIER, TABLE_OWNER, TABLE_NAME.
 *
 * <p>Lists the database's user tables (TABLE) and views (VIEW); SQL Server also lists its catalog
 * views (owner sys and INFORMATION_SCHEMA, type VIEW/SYSTEM TABLE), which Quern's sp_tables
 * leaves out, and its enumeration forms (qualifier '%' for the databases) are not implemented.
 */
public final class TablesProcedure implements SystemProcedure {
  private static final SqlType VARCHAR_32 = SqlType.ofLength(TypeId.VARCHAR, 32);
  private static final SqlType VARCHAR_254 = SqlType.ofLength(TypeId.VARCHAR, 254);
  private static final List<ResultColumn> COLUMNS =
      List.of(
          new ResultColumn("TABLE_QUALIFIER", SqlTypes.SYSNAME, true),
          new ResultColumn("TABLE_OWNER", SqlTypes.SYSNAME, true),
          new ResultColumn("TABLE_NAME", SqlTypes.SYSNAME, true),
          new ResultColumn("TABLE_TYPE", VARCHAR_32, true),
          new ResultColumn("REMARKS", VARCHAR_254, true));
  private static final List<String> PARAMETERS =
      List.of("@table_name", "@table_owner", "@table_qualifier", "@table_type", "@fusepattern");

  @Override
  public String name() {
    return "sp_tables";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    CatalogArguments a = CatalogArguments.bind(args, PARAMETERS, name());
    CatalogScope scope = CatalogScope.of(host.state(), a.string(2));
    Set<String> types = types(a.string(3));
    List<Object[]> rows = new ArrayList<>();
    for (CatalogScope.Entry e : scope.objects(a.string(0), a.string(1), a.integer(4, 1) != 0)) {
      String type = e.object() instanceof Table ? "TABLE" : e.object() instanceof View ? "VIEW" : null;
      if (type != null && (types == null || types.contains(type))) {
        rows.add(new Object[] {scope.databaseName(), e.schema().name(), e.object().name(), type, null});
      }
    }
    rows.sort(Comparator.comparing((Object[] r) -> (String) r[3])
        .thenComparing(r -> ((String) r[1]).toLowerCase(Locale.ROOT))
        .thenComparing(r -> ((String) r[2]).toLowerCase(Locale.ROOT)));
    host.sink().columns(COLUMNS);
    rows.forEach(host.sink()::row);
    host.sink().done(rows.size(), true);
    return 0;
  }

  /** The wanted types, upper case without their quotes; null for all. */
  static Set<String> types(String list) {
    if (list == null) {
      return null;
    }
    return java.util.Arrays.stream(list.replace("'", "").replace("\"", "").split(","))
        .map(s -> s.strip().toUpperCase(Locale.ROOT))
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toSet());
  }
}
