package dev.quern.engine.ast;

import java.util.List;

/**
 * A PRIMARY KEY, UNIQUE or CHECK constraint of CREATE TABLE, or ALTER TABLE's {@code ADD
 * [CONSTRAINT name] DEFAULT expr FOR column} (the expression in {@code check}, the column in
 * {@code columns}). {@code clustered} is null when neither CLUSTERED nor NONCLUSTERED was written;
 * {@code columns} is empty for a column constraint (it applies to its column); {@code ignoreDupKey}
 * is a key's WITH (IGNORE_DUP_KEY = ON), {@code options} the relational options its index keeps.
 */
public record TableConstraintDefinition(
    String name, Kind kind, Boolean clustered, List<KeyColumn> columns, Expr check, References references,
    boolean ignoreDupKey, PartitionPlacement placement, IndexOptionSettings options) {
  /** A key whose WITH (…) wrote no relational option (or another constraint). */
  public TableConstraintDefinition(
      String name, Kind kind, Boolean clustered, List<KeyColumn> columns, Expr check, References references,
      boolean ignoreDupKey, PartitionPlacement placement) {
    this(name, kind, clustered, columns, check, references, ignoreDupKey, placement, IndexOptionSettings.NONE);
  }

  /** A constraint without an ON clause. */
  public TableConstraintDefinition(
      String name, Kind kind, Boolean clustered, List<KeyColumn> columns, Expr check, References references,
      boolean ignoreDupKey) {
    this(name, kind, clustered, columns, check, references, ignoreDupKey, null);
  }

  public TableConstraintDefinition(
      String name, Kind kind, Boolean clustered, List<KeyColumn> columns, Expr check, References references) {
    this(name, kind, clustered, columns, check, references, false);
  }

  /** The kind of constraint. */
  public enum Kind {
    PRIMARY_KEY,
    UNIQUE,
    CHECK,
    FOREIGN_KEY,
    DEFAULT
  }

  /**
   * REFERENCES table [(columns)] of a FOREIGN KEY; {@code columns} empty means the primary key;
   * actions are NO_ACTION, CASCADE, SET_NULL or SET_DEFAULT.
   */
  public record References(List<String> table, List<String> columns, String onDelete, String onUpdate) {
    public References {
      table = List.copyOf(table);
      columns = List.copyOf(columns);
    }
  }

  public TableConstraintDefinition(String name, Kind kind, Boolean clustered, List<KeyColumn> columns, Expr check) {
    this(name, kind, clustered, columns, check, null);
  }

  /** A key column and its direction. */
  public record KeyColumn(String name, boolean descending) {}

  public TableConstraintDefinition {
    columns = List.copyOf(columns);
    options = options == null ? IndexOptionSettings.NONE : options;
  }

  public String toSql() {
    String head = name == null ? "" : "CONSTRAINT " + Names.quote(name) + " ";
    if (kind == Kind.CHECK) {
      return head + "CHECK (" + check.toSql() + ")";
    }
    if (kind == Kind.DEFAULT) {
      return head + "DEFAULT " + check.toSql() + " FOR " + Names.quote(columns.getFirst().name());
    }
    if (kind == Kind.FOREIGN_KEY) {
      String cols = String.join(", ", columns.stream().map(c -> Names.quote(c.name())).toList());
      return head + (columns.isEmpty() ? "" : "FOREIGN KEY (" + cols + ") ") + "REFERENCES "
          + Names.quoteAll(references.table())
          + (references.columns().isEmpty() ? "" : " (" + String.join(", ", references.columns().stream().map(Names::quote).toList()) + ")")
          + " ON DELETE " + references.onDelete().replace('_', ' ') + " ON UPDATE " + references.onUpdate().replace('_', ' ');
    }
    String sql = head + (kind == Kind.PRIMARY_KEY ? "PRIMARY KEY" : "UNIQUE");
    if (clustered != null) {
      sql += clustered ? " CLUSTERED" : " NONCLUSTERED";
    }
    if (!columns.isEmpty()) {
      sql +=
          " ("
              + String.join(
                  ", ",
                  columns.stream()
                      .map(c -> Names.quote(c.name()) + (c.descending() ? " DESC" : ""))
                      .toList())
              + ")";
    }
    return sql + PartitionPlacement.toSql(placement);
  }
}
