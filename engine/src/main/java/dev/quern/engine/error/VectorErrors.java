package dev.quern.engine.error;

import static dev.quern.engine.error.Abort.COMPILE;
import static dev.quern.engine.error.Abort.STATEMENT;

/** SQL Server 2025's errors for the vector type's comparability, DDL and functions. */
public final class VectorErrors {
  private VectorErrors() {}

  private static ErrorTemplate e(int n, int sev, int st, String text, Abort abort) {
    return new ErrorTemplate(n, sev, st, text, abort);
  }

  public static final ErrorTemplate NOT_SORTABLE =
      e(42213, 16, 1, "The vector data types cannot be compared or sorted, except when using the IS NULL"
          + " operator.", COMPILE);
  public static final ErrorTemplate NOT_DISTINCT =
      e(421, 16, 1, "The vector data type cannot be selected as DISTINCT because it is not comparable.",
          COMPILE);
  public static final ErrorTemplate NOT_IN_SET_OPERATION =
      e(5335, 16, 1, "The data type vector cannot be used as an operand to the UNION, INTERSECT or EXCEPT"
          + " operators because it is not comparable.", COMPILE);
  public static final ErrorTemplate INVALID_OPERAND =
      e(8117, 16, 1, "Operand data type vector is invalid for %s operator.", COMPILE);
  public static final ErrorTemplate INVALID_ARGUMENT =
      e(8116, 16, 1, "Argument data type %s is invalid for argument %d of %s function.", COMPILE);
  public static final ErrorTemplate KEY_COLUMN =
      e(1919, 16, 1, "Column '%s' in table '%s' is of a type that is invalid for use as a key column in an"
          + " index.", STATEMENT);
  public static final ErrorTemplate INDEX_KEY_COLUMN =
      e(1978, 16, 4, "Column '%s' in table '%s' is of a type that is invalid for use as a key column in an"
          + " index or statistics.", STATEMENT);
  public static final ErrorTemplate CHECK_CONSTRAINT =
      e(1760, 16, 0, "Constraints of type CHECK cannot be created on columns of type vector.",
          STATEMENT);
  public static final ErrorTemplate DEFAULT_CONSTRAINT =
      e(1752, 16, 1, "Column '%s' in table '%s' is invalid for creating a default constraint.",
          STATEMENT);
  public static final ErrorTemplate ALIAS_TYPE =
      e(42212, 16, 1, "Cannot create alias types from a vector datatype.", STATEMENT);
  public static final ErrorTemplate UNKNOWN_METRIC =
      e(42201, 16, 2, "The requested distance metric '%s' is not supported by vector_distance. Provide a"
          + " valid distance metric.", STATEMENT);
  public static final ErrorTemplate UNKNOWN_NORM =
      e(42210, 16, 1, "The requested norm function '%s' is not supported by vector_norm/vector_normalize."
          + " Please provide a valid norm function.", STATEMENT);
}
