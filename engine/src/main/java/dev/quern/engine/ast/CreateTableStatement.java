package dev.quern.engine.ast;

import java.util.ArrayList;
import java.util.List;

/** CREATE TABLE name (columns, table constraints, inline indexes: created with the table). */
public record CreateTableStatement(
    int line, List<String> name, List<ColumnDefinition> columns, List<TableConstraintDefinition> constraints,
    List<CreateIndexStatement> indexes)
    implements StorageStatement {
  public CreateTableStatement {
    name = List.copyOf(name);
    columns = List.copyOf(columns);
    constraints = List.copyOf(constraints);
    indexes = List.copyOf(indexes);
  }

  /** A table without inline indexes. */
  public CreateTableStatement(
      int line, List<String> name, List<ColumnDefinition> columns, List<TableConstraintDefinition> constraints) {
    this(line, name, columns, constraints, List.of());
  }

  @Override
  public String toSql() {
    List<String> items = new ArrayList<>();
    columns.forEach(c -> items.add(c.toSql()));
    constraints.forEach(c -> items.add(c.toSql()));
    indexes.forEach(i -> items.add("INDEX " + Names.quote(i.name()) + (i.unique() ? " UNIQUE" : "")
        + (i.clustered() ? " CLUSTERED" : " NONCLUSTERED") + " ("
        + String.join(", ", i.keys().stream().map(k -> Names.quote(k.name()) + (k.descending() ? " DESC" : "")).toList())
        + ")"));
    return "CREATE TABLE " + Names.quoteAll(name) + " (" + String.join(", ", items) + ")";
  }
}
