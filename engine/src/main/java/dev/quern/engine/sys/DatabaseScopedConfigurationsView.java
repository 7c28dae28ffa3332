package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.variant;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.SqlVariant;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.database_scoped_configurations ("sys.database_scoped_configurations (Transact-SQL)"): a row
 * per option of ALTER DATABASE SCOPED CONFIGURATION, in the current database. Quern does not
 * accept that statement, so every database has every option at its documented default
 * (is_value_default 1; value_for_secondary NULL, meaning PRIMARY). The options listed are SQL
 * Server 2019's and the first ones of 2022, with SQL Server's configuration ids.
 */
final class DatabaseScopedConfigurationsView implements SystemView {
  private record Option(int id, String name, Object value) {}

  private static final List<Option> OPTIONS = List.of(
      new Option(1, "MAXDOP", 0), new Option(2, "LEGACY_CARDINALITY_ESTIMATION", 0),
      new Option(3, "PARAMETER_SNIFFING", 1), new Option(4, "QUERY_OPTIMIZER_HOTFIXES", 0),
      new Option(6, "IDENTITY_CACHE", 1), new Option(7, "INTERLEAVED_EXECUTION_TVF", 1),
      new Option(8, "BATCH_MODE_MEMORY_GRANT_FEEDBACK", 1), new Option(9, "BATCH_MODE_ADAPTIVE_JOINS", 1),
      new Option(10, "TSQL_SCALAR_UDF_INLINING", 1), new Option(11, "ELEVATE_ONLINE", "OFF"),
      new Option(12, "ELEVATE_RESUMABLE", "OFF"), new Option(13, "OPTIMIZE_FOR_AD_HOC_WORKLOADS", 0),
      new Option(14, "XTP_PROCEDURE_EXECUTION_STATISTICS", 0), new Option(15, "XTP_QUERY_EXECUTION_STATISTICS", 0),
      new Option(16, "ROW_MODE_MEMORY_GRANT_FEEDBACK", 1), new Option(17, "ISOLATE_SECURITY_POLICY_CARDINALITY", 0),
      new Option(18, "BATCH_MODE_ON_ROWSTORE", 1), new Option(19, "DEFERRED_COMPILATION_TV", 1),
      new Option(20, "ACCELERATED_PLAN_FORCING", 1), new Option(21, "GLOBAL_TEMPORARY_TABLE_AUTO_DROP", 1),
      new Option(22, "LIGHTWEIGHT_QUERY_PROFILING", 1), new Option(23, "VERBOSE_TRUNCATION_WARNINGS", 1),
      new Option(24, "LAST_QUERY_PLAN_STATS", 0), new Option(25, "PAUSED_RESUMABLE_INDEX_ABORT_DURATION_MINUTES", 1440),
      new Option(26, "DW_COMPATIBILITY_LEVEL", 0), new Option(27, "EXEC_QUERY_STATS_FOR_SCALAR_FUNCTIONS", 1),
      new Option(28, "PARAMETER_SENSITIVE_PLAN_OPTIMIZATION", 1),
      new Option(29, "ASYNC_STATS_UPDATE_WAIT_AT_LOW_PRIORITY", 0));

  private static final List<ResultColumn> COLUMNS =
      List.of(integer("configuration_id", true), nvarchar("name", 60, true), variant("value", true),
          variant("value_for_secondary", true), bit("is_value_default", true));

  @Override
  public String name() {
    return "database_scoped_configurations";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    for (Option o : OPTIONS) {
      out.add(new Object[] {o.id(), o.name(), valueOf(o.value()), null, true});
    }
    return out;
  }

  private static SqlVariant valueOf(Object value) {
    return value instanceof String s
        ? new SqlVariant(SqlType.ofLength(TypeId.NVARCHAR, s.length()), s)
        : new SqlVariant(SqlTypes.INT, value);
  }
}
