package dev.quern.engine.proc.describe;

import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.smallint;
import static dev.quern.engine.sys.Columns.sysname;
import static dev.quern.engine.sys.Columns.tinyint;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sp_describe_first_result_set @tsql [, @params [, @browse_information_mode]]}
 * ("sp_describe_first_result_set (Transact-SQL)"): one row per column of the first result set the
 * batch would return, from its plan and without running it ({@link FirstResultSet}), with SQL
 * Server's 39 columns; no row when no path returns a result set. Quern has no alias or CLR types,
 * no XML schema collections and no sparse columns, so those columns are NULL or 0; what it cannot
 * tell from a plan (source table and column, updateability, computed, ORDER BY position, browse
 * mode's hidden key columns) is NULL, which the docs define as "cannot be determined".
 */
public final class DescribeFirstResultSetProcedure implements SystemProcedure {
  static final List<String> PARAMETERS = List.of("@tsql", "@params", "@browse_information_mode");
  /** Where ordinal_in_order_by_list, order_by_list_length and order_by_is_descending stand. */
  private static final int ORDER_BY = 32;
  private static final List<ResultColumn> COLUMNS =
      List.of(
          bit("is_hidden", false), integer("column_ordinal", false), sysname("name", true),
          bit("is_nullable", false), integer("system_type_id", false),
          nvarchar("system_type_name", 256, true), smallint("max_length", false),
          tinyint("precision", false), tinyint("scale", false), sysname("collation_name", true),
          integer("user_type_id", true), sysname("user_type_database", true),
          sysname("user_type_schema", true), sysname("user_type_name", true),
          nvarchar("assembly_qualified_type_name", 4000, true), integer("xml_collection_id", true),
          sysname("xml_collection_database", true), sysname("xml_collection_schema", true),
          sysname("xml_collection_name", true), bit("is_xml_document", false),
          bit("is_case_sensitive", false), bit("is_fixed_length_clr_type", false),
          sysname("source_server", true), sysname("source_database", true),
          sysname("source_schema", true), sysname("source_table", true),
          sysname("source_column", true), bit("is_identity_column", true),
          bit("is_part_of_unique_key", true), bit("is_updateable", true),
          bit("is_computed_column", true), bit("is_sparse_column_set", true),
          smallint("ordinal_in_order_by_list", true), smallint("order_by_list_length", true),
          smallint("order_by_is_descending", true), integer("tds_type_id", false),
          integer("tds_length", false), integer("tds_collation_id", true),
          tinyint("tds_collation_sort_id", true));

  @Override
  public String name() {
    return "sp_describe_first_result_set";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    DescribeArguments a = DescribeArguments.bind(args, PARAMETERS, name());
    List<Object[]> rows = rows(a.tsql(), a.params(), a.browseMode(), new Discovery(host.state(), host.sink()::message));
    ResultSink sink = host.sink();
    sink.columns(COLUMNS);
    rows.forEach(sink::row);
    sink.done(rows.size(), true);
    return 0;
  }

  /**
   * The description of {@code tsql}'s first result set, one row per column; with browse
   * information ({@code browseMode} 1 or 2) the source columns are filled in and the table's
   * primary key columns the result lacks follow as hidden columns.
   */
  static List<Object[]> rows(String tsql, String params, int browseMode, Discovery host) {
    FirstResultSet.Described d = FirstResultSet.of(BatchAnalysis.of(tsql, params, host, true), host);
    List<Object[]> rows = new ArrayList<>();
    if (d == null) {
      return rows;
    }
    boolean browse = browseMode > 0;
    ColumnSource.Lineage lineage = d.lineage();
    for (int i = 0; i < d.columns().size(); i++) {
      ColumnSource source = lineage == null ? null : lineage.columns().get(i);
      Object[] row = row(rows.size() + 1, d.columns().get(i), false, lineage != null, source, browse);
      if (d.order() != null) {
        row[ORDER_BY] = d.order().position(i);
        row[ORDER_BY + 1] = d.order().length();
        row[ORDER_BY + 2] = d.order().descending(i);
      }
      rows.add(row);
    }
    if (browse && lineage != null) {
      for (ColumnSource key : lineage.hiddenKeys()) {
        rows.add(row(rows.size() + 1, key.asHidden(), true, true, key, true));
      }
    }
    return rows;
  }

  /** {@code known}: the query's sources are known, {@code source} null there meaning an expression. */
  private static Object[] row(int ordinal, ResultColumn c, boolean hidden, boolean known, ColumnSource source, boolean browse) {
    TypeFacts t = TypeFacts.of(c.type());
    boolean fromTable = source != null;
    ColumnSource shown = browse ? source : null;
    return new Object[] {
      hidden, ordinal, c.name().isEmpty() ? null : c.name(), c.nullable(), t.systemTypeId(),
      t.systemTypeName(), t.maxLength(), t.precision(), t.scale(), t.collation(),
      null, null, null, null, null, null, null, null, null,
      false, false, false,
      null, shown == null ? null : shown.database(), shown == null ? null : shown.schema(),
      shown == null ? null : shown.table(), shown == null ? null : shown.column().name(),
      c.identity(), browse && known ? fromTable && source.uniqueKey() : null,
      known ? fromTable && source.updateable() : null,
      known ? fromTable && source.column().computed() != null : null, false,
      null, null, null,
      t.tdsTypeId(), t.tdsLength(), t.tdsCollationId(), t.tdsCollationSortId()
    };
  }
}
