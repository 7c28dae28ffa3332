package dev.quern.engine.binder;

import dev.quern.engine.ast.TableSource;
import dev.quern.engine.plan.SqlTextNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The built-in table-valued functions by name: GENERATE_SERIES, STRING_SPLIT, REGEXP_MATCHES, REGEXP_SPLIT_TO_TABLE, sys.dm_exec_sql_text, sys.dm_exec_query_plan … */
final class TableFunctions {
  private TableFunctions() {}

  /** Which built-in {@code f} calls. */
  enum Kind {
    GENERATE_SERIES,
    STRING_SPLIT,
    REGEXP_MATCHES,
    REGEXP_SPLIT_TO_TABLE,
    SQL_TEXT,
    QUERY_PLAN,
    TEXT_QUERY_PLAN,
    INPUT_BUFFER,
    INDEX_PHYSICAL_STATS,
    STATS_PROPERTIES,
    STATS_HISTOGRAM,
    MY_PERMISSIONS,
    DESCRIBE_FIRST_RESULT_SET,
    LIST_EXTENDED_PROPERTY,
    SYSTEM_FUNCTION
  }

  static Optional<Kind> kind(TableSource.Function f) {
    List<String> parts = List.of(f.name().split("\\.", -1));
    String last = parts.getLast().toUpperCase(Locale.ROOT);
    if (parts.size() == 1 && last.equals("GENERATE_SERIES")) {
      return Optional.of(Kind.GENERATE_SERIES);
    }
    if (parts.size() == 1 && last.equals("STRING_SPLIT")) {
      return Optional.of(Kind.STRING_SPLIT);
    }
    if (parts.size() == 1 && (last.equals("REGEXP_MATCHES") || last.equals("REGEXP_SPLIT_TO_TABLE"))) {
      return Optional.of(Kind.valueOf(last));
    }
    boolean inSys = parts.size() >= 2 && parts.size() <= 3 && parts.get(parts.size() - 2).equalsIgnoreCase("sys");
    if (inSys && last.equals("DM_EXEC_SQL_TEXT")) {
      return Optional.of(Kind.SQL_TEXT);
    }
    if (inSys && last.equals("DM_EXEC_QUERY_PLAN")) {
      return Optional.of(Kind.QUERY_PLAN);
    }
    if (inSys && last.equals("DM_EXEC_TEXT_QUERY_PLAN")) {
      return Optional.of(Kind.TEXT_QUERY_PLAN);
    }
    if (inSys && last.equals("DM_EXEC_INPUT_BUFFER")) {
      return Optional.of(Kind.INPUT_BUFFER);
    }
    if (inSys && last.equals("DM_DB_INDEX_PHYSICAL_STATS")) {
      return Optional.of(Kind.INDEX_PHYSICAL_STATS);
    }
    if (inSys && last.equals("DM_DB_STATS_PROPERTIES")) {
      return Optional.of(Kind.STATS_PROPERTIES);
    }
    if (inSys && last.equals("DM_DB_STATS_HISTOGRAM")) {
      return Optional.of(Kind.STATS_HISTOGRAM);
    }
    if (dev.quern.engine.sys.SystemFunctions.lookup(parts).isPresent()) {
      return Optional.of(Kind.SYSTEM_FUNCTION);
    }
    if (inSys && last.equals("DM_EXEC_DESCRIBE_FIRST_RESULT_SET")) {
      return Optional.of(Kind.DESCRIBE_FIRST_RESULT_SET);
    }
    if ((parts.size() == 1 || inSys) && last.equals("FN_MY_PERMISSIONS")) {
      return Optional.of(Kind.MY_PERMISSIONS);
    }
    if ((parts.size() == 1 || inSys) && last.equals("FN_LISTEXTENDEDPROPERTY")) {
      return Optional.of(Kind.LIST_EXTENDED_PROPERTY);
    }
    return Optional.empty();
  }

  /** The names of the columns {@code f} returns, or empty when it is not a built-in. */
  static Optional<List<String>> columnNames(TableSource.Function f) {
    return kind(f)
        .map(k -> switch (k) {
              case GENERATE_SERIES -> List.of("value");
              case STRING_SPLIT -> ordinal(f) ? List.of("value", "ordinal") : List.of("value");
              case REGEXP_MATCHES -> List.of("match_id", "start_position", "end_position", "match_value", "substring_matches");
              case REGEXP_SPLIT_TO_TABLE -> List.of("value", "ordinal");
              case SQL_TEXT -> SqlTextNode.columnNames();
              case QUERY_PLAN, TEXT_QUERY_PLAN -> dev.quern.engine.plan.QueryPlanNode.columnNames();
              case INPUT_BUFFER -> dev.quern.engine.plan.InputBufferNode.columnNames();
              case INDEX_PHYSICAL_STATS -> dev.quern.engine.plan.IndexPhysicalStatsNode.columnNames();
              case STATS_PROPERTIES -> dev.quern.engine.plan.StatsFunctionNode.columnNames(false);
              case STATS_HISTOGRAM -> dev.quern.engine.plan.StatsFunctionNode.columnNames(true);
              case MY_PERMISSIONS -> dev.quern.engine.plan.MyPermissionsNode.columnNames();
              case DESCRIBE_FIRST_RESULT_SET -> dev.quern.engine.plan.DescribeFirstResultSetNode.columnNames();
              case LIST_EXTENDED_PROPERTY -> dev.quern.engine.plan.ExtendedPropertyListNode.columnNames();
              case SYSTEM_FUNCTION -> dev.quern.engine.sys.SystemFunctions.lookup(List.of(f.name().split("\\.", -1)))
                  .orElseThrow().columns().stream().map(dev.quern.engine.api.ResultColumn::name).toList();
            });
  }

  /** Whether STRING_SPLIT's third argument asks for the ordinal column (a constant 1). */
  static boolean ordinal(TableSource.Function f) {
    return f.args().size() > 2
        && f.args().get(2) instanceof dev.quern.engine.ast.Literal l
        && l.kind() == dev.quern.engine.ast.Literal.Kind.NUMBER
        && l.text().strip().equals("1");
  }

  /** The name the function's columns are qualified with: its alias, else its own name. */
  static String qualifier(TableSource.Function f) {
    if (f.alias() != null) {
      return f.alias();
    }
    String name = f.name();
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
