package dev.quern.engine.api;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.value.Collation;

/**
 * One column of a result set. An empty name is an unnamed column, as SQL Server sends it.
 * {@code identity} marks a column read straight from a table's IDENTITY column (COLMETADATA's
 * identity flag: mssql-jdbc's bulk copy leaves such columns out unless asked to keep identities);
 * {@code rowversion} one read straight from a rowversion (timestamp) column, which COLMETADATA
 * marks with user type 80 so clients name it timestamp. {@code collation} is the collation of a
 * character column that has one of its own (a table column's, or a COLLATE clause's): it orders
 * and groups the column and goes on the wire; null for the database default of a value that has
 * no other.
 */
public record ResultColumn(
    String name, SqlType type, boolean nullable, boolean identity, boolean rowversion, Collation collation) {
  public ResultColumn(String name, SqlType type, boolean nullable) {
    this(name, type, nullable, false, false, null);
  }

  public ResultColumn(String name, SqlType type, boolean nullable, boolean identity) {
    this(name, type, nullable, identity, false, null);
  }

  public ResultColumn(String name, SqlType type, boolean nullable, boolean identity, boolean rowversion) {
    this(name, type, nullable, identity, rowversion, null);
  }

  /** This column under {@code c}. */
  public ResultColumn withCollation(Collation c) {
    return c == collation ? this : new ResultColumn(name, type, nullable, identity, rowversion, c);
  }
}
