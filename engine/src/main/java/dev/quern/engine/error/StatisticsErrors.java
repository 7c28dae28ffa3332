package dev.quern.engine.error;

import static dev.quern.engine.error.Abort.STATEMENT;

/** The errors of statistics objects: CREATE, DROP and UPDATE STATISTICS, DBCC SHOW_STATISTICS. */
public final class StatisticsErrors {
  private StatisticsErrors() {}

  private static ErrorTemplate e(int n, int sev, int st, String text) {
    return new ErrorTemplate(n, sev, st, text, STATEMENT);
  }

  public static final ErrorTemplate OBJECT_MISSING =
      e(1088, 16, 12, "Cannot find the object \"%s\" because it does not exist or you do not have permissions.");
  public static final ErrorTemplate COLUMN_MISSING =
      e(1911, 16, 1, "Column name '%s' does not exist in the target table, index or view.");
  public static final ErrorTemplate DUPLICATE_COLUMN =
      e(1909, 16, 1, "Cannot use duplicate column names in statistics. Column name '%s' listed more than once.");
  public static final ErrorTemplate NAME_EXISTS = e(1927, 16, 1, "There are already statistics on table '%s' named '%s'.");
  public static final ErrorTemplate CANNOT_DROP =
      e(3701, 11, 7, "Cannot drop the statistics '%s', because it does not exist or you do not have permission.");
  public static final ErrorTemplate NOT_STATISTICS =
      e(3739, 11, 1, "Cannot DROP the index '%s' because it is not a statistics collection.");
  public static final ErrorTemplate NOT_LOCATED = e(2767, 16, 1, "Could not locate statistics '%s' in the system catalogs.");
  public static final ErrorTemplate COLUMN_DEPENDENCY = e(5074, 16, 1, "The statistics '%s' is dependent on column '%s'.");
}
