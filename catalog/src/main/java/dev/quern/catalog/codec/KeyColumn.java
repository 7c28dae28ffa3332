package dev.quern.catalog.codec;

import dev.quern.catalog.type.SqlType;

/** One column of a key: its type, the collation of character types, and its direction. */
public record KeyColumn(SqlType type, KeyCollation collation, boolean descending) {
  public KeyColumn {
    if (collation == null) {
      collation = KeyCollation.CI_AS;
    }
  }

  public static KeyColumn asc(SqlType type) {
    return new KeyColumn(type, KeyCollation.CI_AS, false);
  }

  public static KeyColumn desc(SqlType type) {
    return new KeyColumn(type, KeyCollation.CI_AS, true);
  }
}
