package dev.quern.python.arrow;

import dev.quern.catalog.type.SqlType;
import dev.quern.ext.spi.SqlTypeText;

/** A SQL type the Python runtime does not carry (sql_variant, hierarchyid), as SQL Server rejects it too. */
public final class UnsupportedTypeException extends Exception {
  private static final long serialVersionUID = 1L;

  public UnsupportedTypeException(SqlType type) {
    super("unsupported type " + SqlTypeText.format(type));
  }
}
