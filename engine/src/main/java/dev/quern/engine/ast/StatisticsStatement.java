package dev.quern.engine.ast;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The statements over statistics objects ("UPDATE STATISTICS", "CREATE STATISTICS", "DROP
 * STATISTICS"): {@code UPDATE STATISTICS table [name | (name, …)] [WITH …]}, {@code CREATE
 * STATISTICS name ON table (column, …) [WHERE filter] [WITH …]} and {@code DROP STATISTICS
 * table.name [, …]}. {@code names} are the statistics named (empty: all of the table's, for
 * UPDATE); {@code drops} the table-and-statistics names of DROP; {@code scope} UPDATE's ALL,
 * COLUMNS or INDEX; {@code noRecompute} WITH NORECOMPUTE.
 */
public record StatisticsStatement(
    int line, Kind kind, List<String> table, List<String> names, List<String> columns, Expr filter,
    Scope scope, boolean noRecompute, List<List<String>> drops) implements StorageStatement {
  /** Which statement. */
  public enum Kind { UPDATE, CREATE, DROP }

  /** UPDATE STATISTICS' WITH ALL | COLUMNS | INDEX: which of the table's statistics it updates. */
  public enum Scope { ALL, COLUMNS, INDEX }

  public StatisticsStatement {
    table = table == null ? List.of() : List.copyOf(table);
    names = List.copyOf(names);
    columns = List.copyOf(columns);
    drops = drops.stream().map(List::copyOf).toList();
  }

  @Override
  public String toSql() {
    String target = Names.quoteAll(table);
    String with = noRecompute ? " WITH NORECOMPUTE" : "";
    return switch (kind) {
      case UPDATE -> "UPDATE STATISTICS " + target
          + (names.isEmpty() ? "" : " (" + names.stream().map(Names::quote).collect(Collectors.joining(", ")) + ")")
          + with;
      case CREATE -> "CREATE STATISTICS " + Names.quote(names.getFirst()) + " ON " + target + " ("
          + columns.stream().map(Names::quote).collect(Collectors.joining(", ")) + ")"
          + (filter == null ? "" : " WHERE " + filter.toSql()) + with;
      case DROP -> "DROP STATISTICS " + drops.stream().map(Names::quoteAll).collect(Collectors.joining(", "));
    };
  }
}
