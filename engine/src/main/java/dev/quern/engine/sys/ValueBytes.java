package dev.quern.engine.sys;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;

/**
 * The bytes a value takes as SQL Server's DATALENGTH counts them: a fixed-length type's length, a
 * string's characters (two bytes each for the N types), a binary's bytes. Used for sizes that
 * Quern reports from the values it stores (column segments).
 */
final class ValueBytes {
  private ValueBytes() {}

  static long of(SqlType type, Object v) {
    return switch (v) {
      case String s -> (long) s.length() * (unicode(type.id()) ? 2 : 1);
      case byte[] b -> b.length;
      default -> Math.max(1, MaxLength.of(type));
    };
  }

  private static boolean unicode(TypeId id) {
    return id == TypeId.NCHAR || id == TypeId.NVARCHAR || id == TypeId.NTEXT;
  }
}
