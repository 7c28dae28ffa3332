package dev.quern.engine.proc.catalog;

import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.IndexColumn;
import dev.quern.catalog.meta.IndexKind;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.sys.TableSizes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code sp_statistics [@table_name =] 'table_name' [, [@table_owner =] 'owner'] [,
 * [@table_qualifier =] 'qualifier'] [, [@index_name =] 'index_name'] [, [@is_unique =]
 * 'is_unique'] [, [@accuracy =] 'accuracy']} ("sp_statistics (Transact-SQL)") and
 * {@code sp_statistics_100}: SQLStatistics and getIndexInfo. First the table's own row (TYPE 0
 * SQL_TABLE_STAT: its rows and pages), then each key column of each index (TYPE 1 clustered,
 * 3 other; COLLATION A or D), ordered by NON_UNIQUE, TYPE, INDEX_NAME, SEQ_IN_INDEX. The table
 * name is exact, the index name a LIKE pattern; @is_unique 'Y' keeps unique indexes only;
 * @accuracy makes no difference (the counts are always exact). CARDINALITY is the table's row
 * count for every index; PAGES the table's estimated pages ({@link TableSizes}) for the table and
 * its clustered index, NULL for the others.
 */
public final class StatisticsProcedure implements SystemProcedure {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          new ResultColumn("TABLE_QUALIFIER", SqlTypes.SYSNAME, true),
          new ResultColumn("TABLE_OWNER", SqlTypes.SYSNAME, true),
          new ResultColumn("TABLE_NAME", SqlTypes.SYSNAME, true),
          new ResultColumn("NON_UNIQUE", SqlTypes.SMALLINT, true),
          new ResultColumn("INDEX_QUALIFIER", SqlTypes.SYSNAME, true),
          new ResultColumn("INDEX_NAME", SqlTypes.SYSNAME, true),
          new ResultColumn("TYPE", SqlTypes.SMALLINT, true),
          new ResultColumn("SEQ_IN_INDEX", SqlTypes.SMALLINT, true),
          new ResultColumn("COLUMN_NAME", SqlTypes.SYSNAME, true),
          new ResultColumn("COLLATION", SqlType.ofLength(TypeId.CHAR, 1), true),
          new ResultColumn("CARDINALITY", SqlTypes.INT, true),
          new ResultColumn("PAGES", SqlTypes.INT, true),
          new ResultColumn("FILTER_CONDITION", SqlType.ofLength(TypeId.VARCHAR, 128), true));
  private static final List<String> PARAMETERS =
      List.of("@table_name", "@table_owner", "@table_qualifier", "@index_name", "@is_unique", "@accuracy");
  private static final int SQL_TABLE_STAT = 0;
  private static final int SQL_INDEX_CLUSTERED = 1;
  private static final int SQL_INDEX_OTHER = 3;

  private final String name;

  private StatisticsProcedure(String name) {
    this.name = name;
  }

  public static StatisticsProcedure legacy() {
    return new StatisticsProcedure("sp_statistics");
  }

  public static StatisticsProcedure v100() {
    return new StatisticsProcedure("sp_statistics_100");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    CatalogArguments a = CatalogArguments.bind(args, PARAMETERS, name);
    String table = a.required(0, "@table_name");
    CatalogScope scope = CatalogScope.of(host.state(), a.string(2));
    Pattern index = CatalogScope.compile(a.string(3), true);
    boolean uniqueOnly = "Y".equals(a.string(4) == null ? null : a.string(4).strip().toUpperCase(Locale.ROOT));
    List<Object[]> rows = new ArrayList<>();
    for (CatalogScope.Entry e : scope.objects(table, a.string(1), false)) {
      if (e.object() instanceof Table t) {
        TableSizes.Size size = TableSizes.of(host.state(), t);
        int cardinality = (int) Math.min(Integer.MAX_VALUE, size.rows());
        int pages = (int) Math.min(Integer.MAX_VALUE, size.pages());
        String[] head = {scope.databaseName(), e.schema().name(), t.name()};
        List<Object[]> tableRows = new ArrayList<>();
        for (Index i : t.indexes()) {
          if (i.kind() != IndexKind.HEAP && (!uniqueOnly || i.unique())
              && (index == null || index.matcher(i.name()).matches())) {
            addIndex(head, t, i, cardinality, pages, tableRows);
          }
        }
        tableRows.sort(Comparator.comparingInt((Object[] r) -> (Integer) r[3])
            .thenComparingInt(r -> (Integer) r[6])
            .thenComparing(r -> (String) r[5], String.CASE_INSENSITIVE_ORDER)
            .thenComparingInt(r -> (Integer) r[7]));
        rows.add(new Object[] {head[0], head[1], head[2], null, null, null, SQL_TABLE_STAT, null, null, null,
            cardinality, pages, null});
        rows.addAll(tableRows);
      }
    }
    HelpProcedure.result(host.sink(), COLUMNS, rows);
    return 0;
  }

  private static void addIndex(String[] head, Table t, Index i, int cardinality, int pages, List<Object[]> out) {
    boolean clustered = i.kind() == IndexKind.CLUSTERED;
    int seq = 0;
    for (IndexColumn k : i.keys()) {
      out.add(new Object[] {head[0], head[1], head[2], i.unique() ? 0 : 1, t.name(), i.name(),
          clustered ? SQL_INDEX_CLUSTERED : SQL_INDEX_OTHER, ++seq, t.columnById(k.columnId()).name(),
          k.descending() ? "D" : "A", cardinality, clustered ? pages : null, null});
    }
  }
}
