package dev.quern.catalog.type;

import java.util.Locale;

/**
 * The facets of {@code vector(dimensions [, base_type])}: 1 to 1998 dimensions (2717 above), and
 * float32 as the only base type (195 for another: SQL Server 2025's float16 is a preview feature
 * Quern does not offer). {@code vector} without dimensions and {@code vector(max)} are no type.
 */
final class VectorTypeName {
  /** The most dimensions of a float32 vector. */
  static final int MAX_DIMENSIONS = 1998;

  private VectorTypeName() {}

  static SqlType of(String[] args) {
    if (args.length > 2) {
      throw new IllegalArgumentException("bad vector type");
    }
    int dimensions = Integer.parseInt(args[0].trim());
    if (args.length == 2) {
      String base = args[1].trim();
      if (!base.toLowerCase(Locale.ROOT).equals("float32")) {
        throw new TypeFacetException(195, "'" + base + "' is not a recognized vector base type.");
      }
    }
    if (dimensions > MAX_DIMENSIONS) {
      throw new TypeFacetException(
          2717,
          "The size ("
              + dimensions
              + ") given to the type 'vector' exceeds the maximum allowed ("
              + MAX_DIMENSIONS
              + ").");
    }
    if (dimensions < 1) {
      throw new IllegalArgumentException("bad vector dimensions: " + dimensions);
    }
    return SqlType.ofLength(TypeId.VECTOR, dimensions);
  }
}
