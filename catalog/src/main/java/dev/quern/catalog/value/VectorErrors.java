package dev.quern.catalog.value;

/**
 * SQL Server 2025's errors for vector text and conversions (13670, 13609, 42241, 42204, 42211),
 * with the numbers, states and texts SQL Server raises, misspellings and all ("Suppoted").
 */
public final class VectorErrors {
  private VectorErrors() {}

  /** 13670: text that is JSON but not an array of numbers; {@code reason} as SQL Server words it. */
  static SqlValueException notAVector(int state, String reason) {
    return new SqlValueException(
        13670, 16, state, "Input JSON is not a valid Vector : '" + reason + "'.");
  }

  /** 13609: text that is not JSON at all; end of input shows as '.'. */
  static SqlValueException badJson(char shown, int position) {
    return new SqlValueException(
        13609,
        16,
        9,
        "JSON text is not properly formatted. Unexpected character '"
            + shown
            + "' is found at position "
            + position
            + ".");
  }

  /** 42241: a number no float32 holds. */
  static SqlValueException outOfRange() {
    return new SqlValueException(
        42241, 16, 1, "Input JSON contains out-of-range values for float32.");
  }

  /** 42204: two vectors (or a vector and its declared type) of different dimensions. */
  public static SqlValueException dimensionsDiffer(int first, int second, int state) {
    return new SqlValueException(
        42204,
        16,
        state,
        "The vector dimensions " + first + " and " + second + " do not match.");
  }

  /** 42211: a vector's text does not fit the string type it is converted to. */
  static SqlValueException truncation() {
    return SqlValueException.of(
        42211,
        "Truncation of vector is not allowed during the conversion. Ensure the vector size is"
            + " appropriate before conversion.");
  }
}
