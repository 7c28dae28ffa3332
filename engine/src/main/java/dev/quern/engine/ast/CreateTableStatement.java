package dev.quern.engine.ast;

import java.util.ArrayList;
import java.util.List;

/** CREATE TABLE name (columns, table constraints, inline indexes: created with the table). */
public record CreateTableStatement(
    int line, List<String> name, List<ColumnDefinition> columns, List<TableConstraintDefinition> constraints,
    List<CreateIndexStatement> indexes,
    PeriodDefinition period,
    SystemVersioning versioning,
    PartitionPlacement placement,
    String compression)
    implements StorageStatement {
  /** A table without {@code WITH (DATA_COMPRESSION = …)}. */
  public CreateTableStatement(
      int line, List<String> name, List<ColumnDefinition> columns, List<TableConstraintDefinition> constraints,
      List<CreateIndexStatement> indexes, PeriodDefinition period, SystemVersioning versioning,
      PartitionPlacement placement) {
    this(line, name, columns, constraints, indexes, period, versioning, placement, null);
  }

  public CreateTableStatement {
    name = List.copyOf(name);
    columns = List.copyOf(columns);
    constraints = List.copyOf(constraints);
    indexes = List.copyOf(indexes);
  }

  /** A table without an ON clause. */
  public CreateTableStatement(
      int line, List<String> name, List<ColumnDefinition> columns, List<TableConstraintDefinition> constraints,
      List<CreateIndexStatement> indexes, PeriodDefinition period, SystemVersioning versioning) {
    this(line, name, columns, constraints, indexes, period, versioning, null);
  }

  /** A table without inline indexes. */
  public CreateTableStatement(
      int line, List<String> name, List<ColumnDefinition> columns, List<TableConstraintDefinition> constraints) {
    this(line, name, columns, constraints, List.of());
  }

  /** A table with inline indexes, no SYSTEM_TIME period and no versioning. */
  public CreateTableStatement(
      int line, List<String> name, List<ColumnDefinition> columns, List<TableConstraintDefinition> constraints,
      List<CreateIndexStatement> indexes) {
    this(line, name, columns, constraints, indexes, null, null);
  }

  /** This table with {@code WITH (SYSTEM_VERSIONING = …)} ({@code v}; null: none). */
  public CreateTableStatement withVersioning(SystemVersioning v) {
    return new CreateTableStatement(line, name, columns, constraints, indexes, period, v, placement, compression);
  }

  /** This table with its {@code ON} clause ({@code p}; null: none). */
  public CreateTableStatement withPlacement(PartitionPlacement p) {
    return new CreateTableStatement(line, name, columns, constraints, indexes, period, versioning, p, compression);
  }

  /**
   * This table with {@code WITH (DATA_COMPRESSION = c)} (NONE, ROW, PAGE; null: not written), which
   * its heap or clustered index records (sys.partitions).
   */
  public CreateTableStatement withCompression(String c) {
    return new CreateTableStatement(line, name, columns, constraints, indexes, period, versioning, placement, c);
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
    if (period != null) {
      items.add(period.toSql());
    }
    return "CREATE TABLE " + Names.quoteAll(name) + " (" + String.join(", ", items) + ")"
        + PartitionPlacement.toSql(placement)
        + (versioning == null ? "" : " WITH (" + versioning.toSql() + ")");
  }
}
