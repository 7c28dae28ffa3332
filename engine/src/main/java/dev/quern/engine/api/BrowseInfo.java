package dev.quern.engine.api;

import java.util.List;

/**
 * Where a result's columns come from, as TABNAME and COLINFO tell a driver after the column
 * metadata of a server cursor: the table ({@code table}: its name parts) and, per column, whether
 * it is that table's column ({@code baseName} when named otherwise in the result), an expression,
 * a key column or hidden (SQL Server's ROWSTAT). Drivers update only a table's own columns.
 */
public record BrowseInfo(List<String> table, List<Column> columns) {
  public BrowseInfo {
    table = List.copyOf(table);
    columns = List.copyOf(columns);
  }

  /** One result column: {@code fromTable} false for an expression; {@code baseName} null when the same. */
  public record Column(boolean fromTable, boolean key, boolean hidden, String baseName) {}
}
