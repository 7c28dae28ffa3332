package dev.quern.engine.ast;

import java.util.ArrayList;
import java.util.List;

/** CREATE TABLE name (columns, table constraints). */
public record CreateTableStatement(
    int line, List<String> name, List<ColumnDefinition> columns, List<TableConstraintDefinition> constraints)
    implements StorageStatement {
  public CreateTableStatement {
    name = List.copyOf(name);
    columns = List.copyOf(columns);
    constraints = List.copyOf(constraints);
  }

  @Override
  public String toSql() {
    List<String> items = new ArrayList<>();
    columns.forEach(c -> items.add(c.toSql()));
    constraints.forEach(c -> items.add(c.toSql()));
    return "CREATE TABLE " + Names.quoteAll(name) + " (" + String.join(", ", items) + ")";
  }
}
