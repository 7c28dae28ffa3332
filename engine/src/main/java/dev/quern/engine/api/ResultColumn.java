package dev.quern.engine.api;

import dev.quern.catalog.type.SqlType;

/**
 * One column of a result set. An empty name is an unnamed column, as SQL Server sends it.
 * {@code identity} marks a column read straight from a table's IDENTITY column (COLMETADATA's
 * identity flag: mssql-jdbc's bulk copy leaves such columns out unless asked to keep identities);
 * {@code rowversion} one read straight from a rowversion (timestamp) column, which COLMETADATA
 * marks with user type 80 so clients name it timestamp.
 */
public record ResultColumn(String name, SqlType type, boolean nullable, boolean identity, boolean rowversion) {
  public ResultColumn(String name, SqlType type, boolean nullable) {
    this(name, type, nullable, false, false);
  }

  public ResultColumn(String name, SqlType type, boolean nullable, boolean identity) {
    this(name, type, nullable, identity, false);
  }
}
