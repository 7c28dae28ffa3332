package dev.quern.engine.store;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;

/**
 * Types on the way into a column: values are first converted to the column type's widest form of
 * the same family, so a too-long string can be reported (2628) instead of silently cut.
 */
public final class StoreTypes {
  private StoreTypes() {}

  /** The (max) form of a character or binary column type; other types unchanged. */
  public static SqlType widen(SqlType t) {
    TypeId id = t.id();
    if (id == TypeId.CHAR || id == TypeId.VARCHAR) {
      return SqlTypes.VARCHAR_MAX;
    }
    if (id == TypeId.NCHAR || id == TypeId.NVARCHAR) {
      return SqlTypes.NVARCHAR_MAX;
    }
    if (id == TypeId.BINARY || id == TypeId.VARBINARY) {
      return SqlTypes.VARBINARY_MAX;
    }
    return t;
  }
}
