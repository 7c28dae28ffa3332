package dev.quern.engine.ast;

import java.util.List;

/** ALTER TABLE name ADD … | DROP COLUMN … | DROP CONSTRAINT … | ALTER COLUMN …. */
public record AlterTableStatement(int line, List<String> table, Action action) implements StorageStatement {
  /** What the ALTER TABLE does. */
  public sealed interface Action {
    String toSql();
  }

  /**
   * [WITH NOCHECK] ADD columns and table constraints, in the order written; {@code noCheck} adds
   * FOREIGN KEY and CHECK constraints without validating the existing rows (not trusted).
   */
  public record Add(
      List<ColumnDefinition> columns, List<TableConstraintDefinition> constraints, boolean noCheck,
      PeriodDefinition period) implements Action {
    public Add {
      columns = List.copyOf(columns);
      constraints = List.copyOf(constraints);
    }

    public Add(List<ColumnDefinition> columns, List<TableConstraintDefinition> constraints) {
      this(columns, constraints, false, null);
    }

    public Add(List<ColumnDefinition> columns, List<TableConstraintDefinition> constraints, boolean noCheck) {
      this(columns, constraints, noCheck, null);
    }

    @Override
    public String toSql() {
      List<String> items = new java.util.ArrayList<>();
      columns.forEach(c -> items.add(c.toSql()));
      constraints.forEach(c -> items.add(c.toSql()));
      if (period != null) {
        items.add(period.toSql());
      }
      return (noCheck ? "WITH NOCHECK ADD " : "ADD ") + String.join(", ", items);
    }
  }

  /**
   * SWITCH [PARTITION n] TO target [PARTITION m]: moves the rows of the table (or of its partition
   * {@code sourcePartition}) into {@code target} (or its partition {@code targetPartition}); a
   * partition number not written is null.
   */
  public record Switch(Long sourcePartition, List<String> target, Long targetPartition) implements Action {
    public Switch {
      target = List.copyOf(target);
    }

    @Override
    public String toSql() {
      return "SWITCH" + (sourcePartition == null ? "" : " PARTITION " + sourcePartition) + " TO "
          + Names.quoteAll(target) + (targetPartition == null ? "" : " PARTITION " + targetPartition);
    }
  }

  /**
   * [WITH CHECK | WITH NOCHECK] {CHECK | NOCHECK} CONSTRAINT {ALL | name, …}: enables or disables
   * FOREIGN KEY and CHECK constraints ({@code names} empty for ALL); {@code validate} (WITH CHECK)
   * re-checks the existing rows of those enabled, which makes them trusted again.
   */
  public record ToggleConstraints(boolean enable, boolean validate, List<String> names) implements Action {
    public ToggleConstraints {
      names = List.copyOf(names);
    }

    @Override
    public String toSql() {
      return (validate ? "WITH CHECK " : "") + (enable ? "CHECK" : "NOCHECK") + " CONSTRAINT "
          + (names.isEmpty() ? "ALL" : String.join(", ", names.stream().map(Names::quote).toList()));
    }
  }

  /** DROP COLUMN [IF EXISTS] a, b: with IF EXISTS a column that is not there is skipped. */
  public record DropColumns(List<String> names, boolean ifExists) implements Action {
    public DropColumns {
      names = List.copyOf(names);
    }

    public DropColumns(List<String> names) {
      this(names, false);
    }

    @Override
    public String toSql() {
      return "DROP COLUMN " + (ifExists ? "IF EXISTS " : "") + String.join(", ", names.stream().map(Names::quote).toList());
    }
  }

  /** DROP [CONSTRAINT] [IF EXISTS] a, b: with IF EXISTS a constraint that is not there is skipped. */
  public record DropConstraints(List<String> names, boolean ifExists) implements Action {
    public DropConstraints {
      names = List.copyOf(names);
    }

    public DropConstraints(List<String> names) {
      this(names, false);
    }

    @Override
    public String toSql() {
      return "DROP CONSTRAINT " + (ifExists ? "IF EXISTS " : "") + String.join(", ", names.stream().map(Names::quote).toList());
    }
  }

  /**
   * One DROP listing both kinds ({@code DROP CONSTRAINT df_a, COLUMN a}): each group of
   * {@link DropColumns} or {@link DropConstraints}, done in the order written.
   */
  public record Drops(List<Action> groups) implements Action {
    public Drops {
      groups = List.copyOf(groups);
    }

    @Override
    public String toSql() {
      return "DROP " + String.join(", ", groups.stream().map(g -> g.toSql().substring("DROP ".length())).toList());
    }
  }

  /** SET (SYSTEM_VERSIONING = …): starts or stops keeping row history. */
  public record SetVersioning(SystemVersioning versioning) implements Action {
    @Override
    public String toSql() {
      return "SET (" + versioning.toSql() + ")";
    }
  }

  /** DROP PERIOD FOR SYSTEM_TIME: the period columns become ordinary ones. */
  public record DropPeriod() implements Action {
    @Override
    public String toSql() {
      return "DROP PERIOD FOR SYSTEM_TIME";
    }
  }

  /** ALTER COLUMN c {ADD | DROP} HIDDEN: a period column left out of {@code SELECT *}, or shown again. */
  public record AlterHidden(String column, boolean hidden) implements Action {
    @Override
    public String toSql() {
      return "ALTER COLUMN " + Names.quote(column) + (hidden ? " ADD" : " DROP") + " HIDDEN";
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
