package dev.quern.engine.exec;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.Conversions;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.store.ResolvedTable;
import dev.quern.engine.store.StoreTypes;

/**
 * Puts a value into a column: converts it to the column's type, refusing (2628) a string or binary
 * value that would lose characters or bytes, as SQL Server does with ANSI_WARNINGS ON.
 */
final class RowValues {
  private RowValues() {}

  /** {@code value} (of {@code from}) as a value of {@code column}'s type. */
  static Object toColumn(Object value, SqlType from, Column column, ResolvedTable t) {
    if (value == null) {
      return null;
    }
    SqlType wide = StoreTypes.widen(column.type());
    Object w = from.equals(wide) ? value : Conversions.convertImplicitly(value, from, wide);
    SqlType type = column.type();
    if (!type.isMax() && wide != type) {
      checkLength(w, type, column, t);
    }
    Object out = wide.equals(type) ? w : Conversions.convert(w, wide, type);
    return dev.quern.engine.xmlschema.TypedXml.check(out, from, type);
  }

  private static void checkLength(Object w, SqlType type, Column column, ResolvedTable t) {
    if (w instanceof String s && SqlTypes.isCharacter(type.id())) {
      int end = s.length();
      while (end > type.length() && s.charAt(end - 1) == ' ') {
        end--;
      }
      if (end > type.length()) {
        throw SqlErrors.STRING_TRUNCATED.raise(
            t.fullyQualified(), column.name(), s.substring(0, type.length()));
      }
    } else if (w instanceof byte[] b && (type.id() == TypeId.BINARY || type.id() == TypeId.VARBINARY)) {
      if (b.length > type.length()) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < type.length(); i++) {
          hex.append((char) (b[i] & 0xFF));
        }
        throw SqlErrors.STRING_TRUNCATED.raise(t.fullyQualified(), column.name(), hex);
      }
    }
  }
}
