package dev.quern.engine.error;

import static dev.quern.engine.error.Abort.STATEMENT;

/**
 * The errors of ALTER TABLE {CHECK | NOCHECK} CONSTRAINT, with SQL Server's numbers, severities,
 * states and us_english texts (sys.messages). Kept beside {@link SqlErrors} as one family.
 */
public final class ConstraintErrors {
  private ConstraintErrors() {}

  private static ErrorTemplate e(int n, int sev, int st, String text) {
    return new ErrorTemplate(n, sev, st, text, STATEMENT);
  }

  /** Sent after the reason (4917 or 11415), as SQL Server does. */
  public static final ErrorTemplate NOT_TOGGLED = e(4916, 16, 0, "Could not enable or disable the constraint. See previous errors.");
  public static final ErrorTemplate MISSING = e(4917, 16, 0, "Constraint '%s' does not exist.");
  public static final ErrorTemplate NOT_TOGGLEABLE =
      e(11415, 16, 1, "Object '%s' cannot be disabled or enabled. This action applies only to foreign key and check constraints.");

  /** 4916 preceded by {@code reason}. */
  public static SqlException notToggled(SqlException reason) {
    return NOT_TOGGLED.raise().precededBy(reason);
  }
}
