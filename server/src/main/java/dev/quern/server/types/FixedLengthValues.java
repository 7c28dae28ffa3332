package dev.quern.server.types;

import dev.quern.catalog.type.SqlType;
import java.util.Arrays;

/**
 * char(n), nchar(n) and binary(n) values that a client sends shorter than the length in their
 * TYPE_INFO, padded to it as SQL Server does: with spaces for characters, zero bytes for binary.
 * tedious sends TYPES.Char with {@code length: 4} and the value 'ab' as BIGCHAR of maximum length
 * 4 carrying two bytes; SQL Server reads the parameter as 'ab  ' [MS-TDS §2.2.5.2.3: the actual
 * length of a fixed-length type's value may be less than its maximum length].
 */
final class FixedLengthValues {
  private FixedLengthValues() {}

  static Object padded(Object value, SqlType type) {
    return switch (type.id()) {
      // Counted in characters: exact for the single-byte code pages of char collations.
      case CHAR, NCHAR ->
          value instanceof String s && s.length() < type.length()
              ? s + " ".repeat(type.length() - s.length())
              : value;
      case BINARY ->
          value instanceof byte[] b && b.length < type.length()
              ? Arrays.copyOf(b, type.length())
              : value;
      default -> value;
    };
  }
}
