package dev.quern.catalog.value;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;

/**
 * Conversions to and from vector, as SQL Server 2025 allows them: only strings in (their JSON text
 * is read, 42204 when its element count is not the declared one) and only strings out (the text,
 * 42211 rather than a silent cut when it does not fit); vector to vector keeps the value when the
 * dimensions agree.
 */
final class ToVector {
  private ToVector() {}

  static VectorValue convert(Object v, SqlType from, SqlType to) {
    VectorValue vector =
        switch (v) {
          case VectorValue same -> same;
          case String s -> VectorText.parse(s);
          default -> throw ValueErrors.explicitNotAllowed(from.id(), TypeId.VECTOR);
        };
    if (vector.dimensions() != to.length()) {
      throw v instanceof String
          ? VectorErrors.dimensionsDiffer(to.length(), vector.dimensions(), 4)
          : VectorErrors.dimensionsDiffer(vector.dimensions(), to.length(), 1);
    }
    return vector;
  }

  /** A vector converted to a string type: its text, padded for char/nchar, never cut. */
  static Object toText(VectorValue v, SqlType to) {
    String text = v.toString();
    if (!to.isMax() && SqlTypes.isCharacter(to.id()) && text.length() > to.length()) {
      throw VectorErrors.truncation();
    }
    return ToText.convert(text, SqlTypes.VARCHAR_MAX, to, Conversions.NO_STYLE);
  }
}
