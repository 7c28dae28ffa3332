package dev.quern.engine.exec;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.Conversions;
import dev.quern.catalog.value.SqlValueException;
import dev.quern.engine.error.BulkLoadErrors;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.store.StoreTypes;
import java.util.regex.Pattern;

/**
 * Turns one field of a character data file into a column's value as SQL Server's bulk provider
 * does, which is stricter than CAST in places: integers may carry spaces (around them and after
 * the sign) but no decimal point or exponent, bit is a string of digits, binary is hexadecimal
 * without {@code 0x}; other types read as CAST from the trimmed string. The errors are the bulk
 * row errors: 4863 (a character or binary value too long, a decimal that does not fit), 4867 (an
 * integer out of range), 4864 (anything else, and a Unicode value too long, as SQL Server reports
 * it).
 */
final class BulkFieldConverter {
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern HEX = Pattern.compile("([0-9A-Fa-f]{2})*");

  private BulkFieldConverter() {}

  /** The type {@link #convert} returns values of for {@code c}: the column's stored (widened) type. */
  static SqlType typeOf(Column c) {
    return StoreTypes.widen(c.type());
  }

  /**
   * {@code field} (not null) as a value of {@link #typeOf}{@code (c)}; {@code row} and {@code
   * column} (from 1) place it in the file for the error.
   */
  static Object convert(String field, Column c, long row, int column) {
    return convert(field, c.type(), typeOf(c), c.name(), row, column);
  }

  /**
   * {@code field} as a value of {@code target} for a column of {@code type} named {@code name}
   * (OPENROWSET(BULK …)'s columns have no catalog Column).
   */
  static Object convert(String field, SqlType type, SqlType target, String name, long row, int column) {
    TypeId id = type.id();
    if (SqlTypes.isCharacter(id)) {
      if (!type.isMax() && trailingSpacesTrimmed(field) > type.length()) {
        throw (SqlTypes.isUnicode(id) ? BulkLoadErrors.TYPE_MISMATCH : BulkLoadErrors.TRUNCATION)
            .raise(row, column, name);
      }
      return convertOrFail(field, target, type, name, row, column);
    }
    if (id == TypeId.BINARY || id == TypeId.VARBINARY || id == TypeId.IMAGE) {
      if (!HEX.matcher(field).matches()) {
        throw BulkLoadErrors.TYPE_MISMATCH.raise(row, column, name);
      }
      byte[] bytes = java.util.HexFormat.of().parseHex(field);
      if (!type.isMax() && id != TypeId.IMAGE && bytes.length > type.length()) {
        throw BulkLoadErrors.TRUNCATION.raise(row, column, name);
      }
      return bytes;
    }
    String trimmed = field.strip();
    return switch (id) {
      case TINYINT, SMALLINT, INT, BIGINT -> {
        String digits = integerText(trimmed);
        if (digits == null) {
          throw BulkLoadErrors.TYPE_MISMATCH.raise(row, column, name);
        }
        yield convertOrFail(digits, target, type, name, row, column);
      }
      case BIT -> {
        if (!DIGITS.matcher(field).matches()) {
          throw BulkLoadErrors.TYPE_MISMATCH.raise(row, column, name);
        }
        yield field.chars().anyMatch(ch -> ch != '0');
      }
      default -> convertOrFail(trimmed, target, type, name, row, column);
    };
  }

  /**
   * {@code s} (already stripped) as an optional sign and digits, the spaces the bulk provider
   * allows after the sign dropped; null when it is not an integer.
   */
  static String integerText(String s) {
    int i = 0;
    int n = s.length();
    boolean signed = n > 0 && (s.charAt(0) == '+' || s.charAt(0) == '-');
    if (signed) {
      i++;
      while (i < n && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }
    int digitsFrom = i;
    while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    if (i != n || i == digitsFrom) {
      return null;
    }
    return !signed || digitsFrom == 1 ? s : s.charAt(0) + s.substring(digitsFrom);
  }

  private static int trailingSpacesTrimmed(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    return end;
  }

  private static Object convertOrFail(String text, SqlType target, SqlType type, String name, long row, int column) {
    try {
      return Conversions.convert(text, SqlTypes.NVARCHAR_MAX, target);
    } catch (SqlValueException e) {
      throw rowError(e.number(), type, name, row, column);
    } catch (SqlException e) {
      throw rowError(e.number(), type, name, row, column);
    }
  }

  /** The bulk row error for a conversion that failed with SQL Server error {@code number}. */
  private static SqlException rowError(int number, SqlType type, String name, long row, int column) {
    boolean overflow = number == 8115 || number == 220 || number == 232 || number == 244 || number == 248;
    if (!overflow) {
      return BulkLoadErrors.TYPE_MISMATCH.raise(row, column, name);
    }
    return switch (type.id()) {
      case TINYINT, SMALLINT, INT, BIGINT -> BulkLoadErrors.OVERFLOW.raise(row, column, name);
      default -> BulkLoadErrors.TRUNCATION.raise(row, column, name);
    };
  }
}
