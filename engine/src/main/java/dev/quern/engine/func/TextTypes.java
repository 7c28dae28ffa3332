package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;

/** Result types of string functions: varchar or nvarchar like the input. */
final class TextTypes {
  /** Length a number or date gets when a string function converts it. */
  private static final int CONVERTED_LENGTH = 30;

  private TextTypes() {}

  static boolean unicode(SqlType t) {
    return SqlTypes.isUnicode(t.id());
  }

  static boolean isMax(SqlType t) {
    return t.isMax() || t.id() == TypeId.TEXT || t.id() == TypeId.NTEXT;
  }

  /** varchar/nvarchar of the input's length (char → varchar, text → varchar(max)). */
  static SqlType sameLength(SqlType t) {
    if (isMax(t)) {
      return variable(t, SqlType.MAX);
    }
    int n =
        SqlTypes.isCharacter(t.id()) || SqlTypes.isBinary(t.id()) ? t.length() : CONVERTED_LENGTH;
    return variable(t, Math.max(1, n));
  }

  /** varchar(8000) / nvarchar(4000), or (max) for max input: for results that may grow. */
  static SqlType widest(SqlType t) {
    if (isMax(t)) {
      return variable(t, SqlType.MAX);
    }
    return variable(t, unicode(t) ? SqlTypes.MAX_NCHARS : SqlTypes.MAX_BYTES);
  }

  static SqlType variable(SqlType like, int length) {
    return SqlType.ofLength(unicode(like) ? TypeId.NVARCHAR : TypeId.VARCHAR, length);
  }

  /** Cuts a result to the type's length (non-max results never exceed it in SQL Server). */
  static String fit(String s, SqlType type) {
    return type.isMax() || s.length() <= type.length() ? s : s.substring(0, type.length());
  }
}
