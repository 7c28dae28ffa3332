package dev.quern.engine.extprop;

import dev.quern.engine.error.Abort;
import dev.quern.engine.error.ErrorTemplate;

/** The errors of the extended property procedures, as SQL Server raises them. */
public final class PropertyErrors {
  public static final ErrorTemplate INVALID_PARAMETER =
      new ErrorTemplate(15600, 16, 1, "An invalid parameter or option was specified for procedure '%s'.", Abort.STATEMENT);
  public static final ErrorTemplate NOT_PERMITTED =
      new ErrorTemplate(15135, 16, 1,
          "Object is invalid. Extended properties are not permitted on '%s', or the object does not exist.",
          Abort.STATEMENT);
  public static final ErrorTemplate ALREADY_EXISTS =
      new ErrorTemplate(15233, 16, 1, "Property cannot be added. Property '%s' already exists for '%s'.", Abort.STATEMENT);
  public static final ErrorTemplate DOES_NOT_EXIST =
      new ErrorTemplate(15217, 16, 1,
          "Property cannot be updated or deleted. Property '%s' does not exist for '%s'.", Abort.STATEMENT);
  public static final ErrorTemplate TOO_LARGE =
      new ErrorTemplate(15097, 16, 1,
          "The size associated with an extended property cannot be more than 7,500 bytes.", Abort.STATEMENT);

  public static final ErrorTemplate NO_PERMISSION =
      new ErrorTemplate(15247, 16, 1, "User does not have permission to perform this action.", Abort.STATEMENT);

  private PropertyErrors() {}
}
