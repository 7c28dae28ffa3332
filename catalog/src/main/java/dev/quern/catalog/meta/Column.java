package dev.quern.catalog.meta;

import dev.quern.catalog.type.SqlType;

/**
 * A table column (sys.columns). {@code slot} is its fixed position in the stored rows (see {@code
 * RowLayout}); {@code missingValue} is what rows written before the column was added read as.
 * {@code collation} is null for non-character types; {@code identity} and {@code computed} are null
 * when not applicable. Defaults are {@link Constraint.Default} constraints of the table. A {@code
 * rowversion} (timestamp) column is binary(8) (varbinary(8) when nullable) whose value the database
 * sets on every insert and update of the row. {@code userTypeId} is the alias type the column was
 * declared with, else 0.
 */
public record Column(
    int columnId,
    String name,
    SqlType type,
    boolean nullable,
    String collation,
    Identity identity,
    Computed computed,
    int slot,
    Object missingValue,
    boolean rowversion,
    int userTypeId) {

  /** A column of a system type (user_type_id 0 here means: the system type's own), not a rowversion. */
  public Column(
      int columnId, String name, SqlType type, boolean nullable, String collation, Identity identity,
      Computed computed, int slot, Object missingValue) {
    this(columnId, name, type, nullable, collation, identity, computed, slot, missingValue, false, 0);
  }

  /** A column of a system type, a rowversion or not. */
  public Column(
      int columnId, String name, SqlType type, boolean nullable, String collation, Identity identity,
      Computed computed, int slot, Object missingValue, boolean rowversion) {
    this(columnId, name, type, nullable, collation, identity, computed, slot, missingValue, rowversion, 0);
  }

  /** A column declared with the alias type {@code userTypeId} (0: a system type), not a rowversion. */
  public Column(
      int columnId, String name, SqlType type, boolean nullable, String collation, Identity identity,
      Computed computed, int slot, Object missingValue, int userTypeId) {
    this(columnId, name, type, nullable, collation, identity, computed, slot, missingValue, false, userTypeId);
  }

  /** This column declared with the user-defined (alias) type {@code id}. */
  public Column withUserType(int id) {
    return new Column(columnId, name, type, nullable, collation, identity, computed, slot, missingValue, rowversion, id);
  }

  public Column withName(String newName) {
    return new Column(
        columnId, newName, type, nullable, collation, identity, computed, slot, missingValue, rowversion, userTypeId);
  }

  /** Whether the value is kept in the row (all but non-persisted computed columns no index holds). */
  public boolean stored() {
    return computed == null || computed.persisted() || computed.materialized();
  }

  /** This computed column, stored in the rows from now on (an index holds it). */
  public Column materialized() {
    return new Column(
        columnId, name, type, nullable, collation, identity, computed.materialize(), slot, missingValue,
        rowversion, userTypeId);
  }
}
