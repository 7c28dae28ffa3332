package dev.quern.engine.error;

import static dev.quern.engine.error.Abort.COMPILE;
import static dev.quern.engine.error.Abort.STATEMENT;

/**
 * The errors of the table hints that choose an index ("Table hints (Transact-SQL)"): hints that
 * cannot stand together or where they are written (found while parsing, so the batch does not
 * run), indexes a hint names that the table lacks, and plans the hints leave no way to build.
 */
public final class HintErrors {
  private HintErrors() {}

  /** INDEX on the target of INSERT, UPDATE, DELETE or MERGE. */
  public static final ErrorTemplate INDEX_HINT_ON_TARGET =
      new ErrorTemplate(1069, 15, 1, "Index hints are only allowed in a FROM or OPTION clause.", COMPILE);
  /** FORCESEEK on the target of INSERT, UPDATE, DELETE or MERGE. */
  public static final ErrorTemplate FORCESEEK_ON_TARGET = new ErrorTemplate(10724, 15, 1,
      "The FORCESEEK hint is not allowed for target tables of INSERT, UPDATE, or DELETE statements.", COMPILE);
  /** FORCESCAN on the target of INSERT, UPDATE, DELETE or MERGE. */
  public static final ErrorTemplate FORCESCAN_ON_TARGET = new ErrorTemplate(10745, 15, 1,
      "The FORCESCAN hint is not allowed for target tables of INSERT, UPDATE, or DELETE statements.", COMPILE);
  /** FORCESEEK and FORCESCAN on one table. */
  public static final ErrorTemplate SEEK_AND_SCAN = new ErrorTemplate(10746, 15, 1,
      "The FORCESCAN hint is specified simultaneously with the FORCESEEK hint. Remove one of the hints and resubmit"
          + " the query.", COMPILE);
  /** FORCESEEK (index (columns)) beside an INDEX hint. */
  public static final ErrorTemplate PARAMETERIZED_SEEK_WITH_INDEX = new ErrorTemplate(10747, 15, 1,
      "The parameterized FORCESEEK hint cannot be simultaneously used with INDEX hints or a non-parameterized"
          + " FORCESEEK hint on the same object. Use either INDEX hints and a non-parameterized FORCESEEK hint or use a"
          + " parameterized FORCESEEK hint without INDEX hints for each table or view.", COMPILE);
  /** FORCESCAN beside an INDEX hint naming more than one index. */
  public static final ErrorTemplate SCAN_WITH_INDEXES = new ErrorTemplate(10750, 15, 1,
      "The FORCESCAN hint cannot be used with more than one INDEX hint. Remove the extra INDEX hints and resubmit the"
          + " query.", COMPILE);
  /** FORCESEEK (0 (columns)): index 0 is the heap or clustered scan. */
  public static final ErrorTemplate FORCESEEK_INDEX_ZERO = new ErrorTemplate(10749, 16, 1,
      "The FORCESEEK hint cannot be used with index 0. Correct the index provided to the FORCESEEK hint and resubmit"
          + " the query.", COMPILE);
  /** An index id the table does not have: the id, then the table as schema.name. */
  public static final ErrorTemplate NO_SUCH_INDEX_ID = new ErrorTemplate(307, 16, 1,
      "Index ID %d on table '%s' (specified in the FROM clause) does not exist.", STATEMENT);
  /** An index name the table does not have: the name, then the table as schema.name. */
  public static final ErrorTemplate NO_SUCH_INDEX = new ErrorTemplate(308, 16, 1,
      "Index '%s' on table '%s' (specified in the FROM clause) does not exist.", STATEMENT);
  /** A FORCESEEK column that is not the index's key column at its place: column, table, index. */
  public static final ErrorTemplate SEEK_COLUMN_NOT_KEY = new ErrorTemplate(362, 16, 1,
      "The query processor could not produce a query plan because the name '%s' in the FORCESEEK hint on table or"
          + " view '%s' did not match the key column names of the index '%s'.", STATEMENT);
  /** FORCESEEK naming more columns than the index has keys: table, index. */
  public static final ErrorTemplate TOO_MANY_SEEK_COLUMNS = new ErrorTemplate(365, 16, 1,
      "The query processor could not produce a query plan because the FORCESEEK hint on table or view '%s' specified"
          + " more seek columns than the number of key columns in index '%s'.", STATEMENT);
  /** PAGLOCK on a table with an index whose ALLOW_PAGE_LOCKS is OFF: the table as schema.name. */
  public static final ErrorTemplate PAGE_LOCKS_INHIBITED = new ErrorTemplate(651, 16, 1,
      "Cannot use the PAGE granularity hint on the table \"%s\" because locking at the specified granularity is"
          + " inhibited.", STATEMENT);
  /** The hints leave no plan (FORCESEEK with nothing to seek on; state 2: INDEX(0) beside another index). */
  public static final ErrorTemplate NO_PLAN = new ErrorTemplate(8622, 16, 1,
      "Query processor could not produce a query plan because of the hints defined in this query. Resubmit the query"
          + " without specifying any hints and without using SET FORCEPLAN.", STATEMENT);
}
