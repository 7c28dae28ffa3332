package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;

/** Result types of string functions: varchar or nvarchar like the input. */
final class TextTypes {

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
    int n = SqlTypes.isCharacter(t.id()) || SqlTypes.isBinary(t.id()) ? t.length() : textLength(t);
    return n == SqlType.MAX ? variable(t, SqlType.MAX) : variable(t, Math.max(1, n));
  }

  /**
   * The longest text a non-string value of this type converts to, so a declared width never falls
   * below the value (a uniqueidentifier is 36 characters, a datetimeoffset(7) 34).
   */
  static int textLength(SqlType t) {
    return switch (t.id()) {
      case BIT -> 1;
      case TINYINT -> 3;
      case SMALLINT -> 6;
      case INT -> 11;
      case BIGINT -> 20;
      case DECIMAL, NUMERIC -> t.precision() + 2;
      case UNIQUEIDENTIFIER -> 36;
      case DATE -> 10;
      case TIME -> 16;
      case DATETIME2 -> 27;
      case DATETIMEOFFSET -> 34;
      case SQL_VARIANT -> SqlTypes.MAX_BYTES;
      case XML -> SqlType.MAX;
      default -> 30;
    };
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
