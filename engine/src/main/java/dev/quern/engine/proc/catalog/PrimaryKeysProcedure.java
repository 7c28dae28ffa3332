package dev.quern.engine.proc.catalog;

import dev.quern.catalog.meta.Constraint;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.IndexColumn;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code sp_pkeys [@table_name =] 'name' [, [@table_owner =] 'owner'] [, [@table_qualifier =]
 * 'qualifier']} ("sp_pkeys (Transact-SQL)"): SQLPrimaryKeys and getPrimaryKeys, one row per
 * column of the table's primary key in key order (KEY_SEQ from 1). Names are exact, not
 * patterns; without an owner every schema's table of that name is listed.
 */
public final class PrimaryKeysProcedure implements SystemProcedure {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          new ResultColumn("TABLE_QUALIFIER", SqlTypes.SYSNAME, true),
          new ResultColumn("TABLE_OWNER", SqlTypes.SYSNAME, true),
          new ResultColumn("TABLE_NAME", SqlTypes.SYSNAME, true),
          new ResultColumn("COLUMN_NAME", SqlTypes.SYSNAME, true),
          new ResultColumn("KEY_SEQ", SqlTypes.SMALLINT, true),
          new ResultColumn("PK_NAME", SqlTypes.SYSNAME, true));
  private static final List<String> PARAMETERS = List.of("@table_name", "@table_owner", "@table_qualifier");

  @Override
  public String name() {
    return "sp_pkeys";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    CatalogArguments a = CatalogArguments.bind(args, PARAMETERS, name());
    String table = a.required(0, "@table_name");
    CatalogScope scope = CatalogScope.of(host.state(), a.string(2));
    List<Object[]> rows = new ArrayList<>();
    List<CatalogScope.Entry> tables = new ArrayList<>(scope.objects(table, a.string(1), false));
    tables.sort(Comparator.comparing((CatalogScope.Entry e) -> e.schema().name(), String.CASE_INSENSITIVE_ORDER));
    for (CatalogScope.Entry e : tables) {
      if (e.object() instanceof Table t) {
        keyColumns(t).ifPresent(k -> {
          int seq = 0;
          for (IndexColumn c : k.index().keys()) {
            rows.add(new Object[] {scope.databaseName(), e.schema().name(), t.name(), t.columnById(c.columnId()).name(),
                ++seq, k.name()});
          }
        });
      }
    }
    host.sink().columns(COLUMNS);
    rows.forEach(host.sink()::row);
    host.sink().done(rows.size(), true);
    return 0;
  }

  /** A primary key: its constraint name and the index that enforces it. */
  record Key(String name, Index index) {}

  static java.util.Optional<Key> keyColumns(Table t) {
    for (Constraint c : t.constraints()) {
      if (c instanceof Constraint.PrimaryKey pk) {
        return t.index(pk.indexId()).map(i -> new Key(pk.name(), i));
      }
    }
    return java.util.Optional.empty();
  }
}
