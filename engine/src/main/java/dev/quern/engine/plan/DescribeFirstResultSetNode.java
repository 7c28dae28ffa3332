package dev.quern.engine.plan;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.expr.BoundExpr;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.dm_exec_describe_first_result_set(@tsql, @params, @include_browse_information)
 * ("sys.dm_exec_describe_first_result_set (Transact-SQL)"): sp_describe_first_result_set's rows
 * as a table, with the error, when discovery fails, in its error_* columns instead of raised.
 */
public record DescribeFirstResultSetNode(BoundExpr tsql, BoundExpr params, BoundExpr browse) implements PlanNode {
  /** The batch and parameter texts, as the function takes them. */
  public static final SqlType TEXT = SqlTypes.NVARCHAR_MAX;

  private static final List<ResultColumn> COLUMNS = specified();

  private static List<ResultColumn> specified() {
    SqlType bit = SqlTypes.BIT;
    SqlType integer = SqlTypes.INT;
    SqlType smallint = SqlTypes.SMALLINT;
    SqlType tinyint = SqlTypes.TINYINT;
    SqlType sysname = SqlTypes.SYSNAME;
    Object[][] spec = {
      {"is_hidden", bit}, {"column_ordinal", integer}, {"name", sysname}, {"is_nullable", bit},
      {"system_type_id", integer}, {"system_type_name", SqlType.ofLength(TypeId.NVARCHAR, 256)},
      {"max_length", smallint}, {"precision", tinyint}, {"scale", tinyint}, {"collation_name", sysname},
      {"user_type_id", integer}, {"user_type_database", sysname}, {"user_type_schema", sysname},
      {"user_type_name", sysname}, {"assembly_qualified_type_name", SqlType.ofLength(TypeId.NVARCHAR, 4000)},
      {"xml_collection_id", integer}, {"xml_collection_database", sysname}, {"xml_collection_schema", sysname},
      {"xml_collection_name", sysname}, {"is_xml_document", bit}, {"is_case_sensitive", bit},
      {"is_fixed_length_clr_type", bit}, {"source_server", sysname}, {"source_database", sysname},
      {"source_schema", sysname}, {"source_table", sysname}, {"source_column", sysname},
      {"is_identity_column", bit}, {"is_part_of_unique_key", bit}, {"is_updateable", bit},
      {"is_computed_column", bit}, {"is_sparse_column_set", bit}, {"ordinal_in_order_by_list", smallint},
      {"order_by_list_length", smallint}, {"order_by_is_descending", smallint}, {"error_number", integer},
      {"error_severity", integer}, {"error_state", integer},
      {"error_message", SqlType.ofLength(TypeId.NVARCHAR, 4096)}, {"error_type", integer},
      {"error_type_desc", SqlType.ofLength(TypeId.NVARCHAR, 60)}
    };
    List<ResultColumn> out = new ArrayList<>();
    for (Object[] c : spec) {
      out.add(new ResultColumn((String) c[0], (SqlType) c[1], true));
    }
    return List.copyOf(out);
  }

  /** The result's column names (for {@code SELECT *}). */
  public static List<String> columnNames() {
    return COLUMNS.stream().map(ResultColumn::name).toList();
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of();
  }

  @Override
  public String describe() {
    return "DescribeFirstResultSet(" + tsql.toSql() + ", " + params.toSql() + ", " + browse.toSql() + ")";
  }
}
