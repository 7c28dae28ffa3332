package dev.quern.engine.ast;

import java.util.List;

/** ALTER TABLE name ADD … | DROP COLUMN … | DROP CONSTRAINT … | ALTER COLUMN …. */
public record AlterTableStatement(int line, List<String> table, Action action) implements StorageStatement {
  /** What the ALTER TABLE does. */
  public sealed interface Action {
    String toSql();
  }

  /** ADD columns and table constraints, in the order written. */
  public record Add(List<ColumnDefinition> columns, List<TableConstraintDefinition> constraints) implements Action {
    public Add {
      columns = List.copyOf(columns);
      constraints = List.copyOf(constraints);
    }

    @Override
    public String toSql() {
      List<String> items = new java.util.ArrayList<>();
      columns.forEach(c -> items.add(c.toSql()));
      constraints.forEach(c -> items.add(c.toSql()));
      return "ADD " + String.join(", ", items);
    }
  }

  /** DROP COLUMN a, b. */
  public record DropColumns(List<String> names) implements Action {
    public DropColumns {
      names = List.copyOf(names);
    }

    @Override
    public String toSql() {
      return "DROP COLUMN " + String.join(", ", names.stream().map(Names::quote).toList());
    }
  }

  /** DROP CONSTRAINT a, b. */
  public record DropConstraints(List<String> names) implements Action {
    public DropConstraints {
      names = List.copyOf(names);
    }

    @Override
    public String toSql() {
      return "DROP CONSTRAINT " + String.join(", ", names.stream().map(Names::quote).toList());
    }
  }

  /** ALTER COLUMN c {ADD | DROP} PERSISTED: stores a computed column's values, or stops. */
  public record AlterPersisted(String column, boolean persisted) implements Action {
    @Override
    public String toSql() {
      return "ALTER COLUMN " + Names.quote(column) + (persisted ? " ADD" : " DROP") + " PERSISTED";
    }
  }

  /** ALTER COLUMN c type [NULL | NOT NULL]. */
  public record AlterColumn(ColumnDefinition column) implements Action {
    @Override
    public String toSql() {
      return "ALTER COLUMN " + column.toSql();
    }
  }

  public AlterTableStatement {
    table = List.copyOf(table);
  }

  @Override
  public String toSql() {
    return "ALTER TABLE " + Names.quoteAll(table) + " " + action.toSql();
  }
}
