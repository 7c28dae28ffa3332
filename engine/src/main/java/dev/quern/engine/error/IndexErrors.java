package dev.quern.engine.error;

import static dev.quern.engine.error.Abort.STATEMENT;

/**
 * The errors and warnings of disabled indexes (ALTER INDEX … DISABLE; SQL Server's "Disable Indexes
 * and Constraints"): what refuses to read or change a table whose clustered index is disabled, to
 * use or reorganize a disabled index, and what disabling one reports about the objects it took
 * with it.
 */
public final class IndexErrors {
  private IndexErrors() {}

  private static ErrorTemplate e(int n, int sev, int st, String text) {
    return new ErrorTemplate(n, sev, st, text, STATEMENT);
  }

  /** Any read or change of a table whose clustered index is disabled: index, then table name. */
  public static final ErrorTemplate TABLE_DISABLED = e(8655, 16, 1,
      "The query processor is unable to produce a plan because the index '%s' on table or view '%s' is disabled.");
  /** An INDEX hint naming a disabled index: index, then the table as the FROM clause names it. */
  public static final ErrorTemplate HINTED_INDEX_DISABLED = e(315, 16, 1,
      "Index \"%s\" on table \"%s\" (specified in the FROM clause) is disabled or resides in a filegroup which is"
          + " not online.");
  /** An INDEX hint giving the id of a disabled index. */
  public static final ErrorTemplate HINTED_INDEX_ID_DISABLED = e(316, 16, 1,
      "The index ID %d on table \"%s\" (specified in the FROM clause) is disabled or resides in a filegroup which is"
          + " not online.");
  /** REORGANIZE of a disabled index. */
  public static final ErrorTemplate OPERATION_ON_DISABLED = e(1973, 16, 1,
      "Cannot perform the specified operation on disabled index '%s' on table '%s'.");
  /** REORGANIZE of an index with ALLOW_PAGE_LOCKS = OFF: index, then table (one partition: 1). */
  public static final ErrorTemplate REORGANIZE_WITHOUT_PAGE_LOCKS = e(2552, 16, 1,
      "The index \"%s\" (partition 1) on table \"%s\" cannot be reorganized because page level locking is disabled.");
  /** ALTER TABLE of a table whose clustered index is disabled: table, then the clustered index. */
  public static final ErrorTemplate TABLE_CLUSTERED_DISABLED = e(1974, 16, 1,
      "Cannot perform the specified operation on table '%s' because its clustered index '%s' is disabled.");
  /** CREATE or REBUILD of a nonclustered index while the clustered one is disabled: verb, index, table. */
  public static final ErrorTemplate CLUSTERED_DISABLED = e(1987, 16, 1,
      "Cannot %s nonclustered index '%s' on table '%s' because its clustered index is disabled.");
  /** ALTER TABLE … CHECK CONSTRAINT of a foreign key whose referenced key's index is disabled. */
  public static final ErrorTemplate FK_KEY_DISABLED = e(1989, 16, 1,
      "Cannot enable foreign key constraint '%s' as index '%s' on referenced key is disabled.");
  /** DISABLE of a unique index without ALTER on a table whose foreign key references it. */
  public static final ErrorTemplate FK_PERMISSION_INDEX = e(1971, 16, 1,
      "Cannot disable index '%s' on table '%s'. Permission denied to disable foreign key '%s' on table '%s' that"
          + " uses this index.");
  /** DISABLE of a clustered index without ALTER on a table whose foreign key references the table. */
  public static final ErrorTemplate FK_PERMISSION_CLUSTERED = e(1991, 16, 1,
      "Cannot disable clustered index '%s' on table '%s'. Permission denied to disable foreign key '%s' on table"
          + " '%s' that references this table.");
  /** sp_updatestats passing by a table whose clustered index is disabled ([schema].[table]). */
  public static final ErrorTemplate STATS_CLUSTERED_DISABLED = e(15654, 10, 1,
      "Table %s: cannot perform the operation on the table because its clustered index is disabled.");
  /** Each nonclustered index that disabling the clustered one disabled. */
  public static final ErrorTemplate INDEX_DISABLED_WITH_CLUSTERED = e(3750, 10, 1,
      "Warning: Index '%s' on table '%s' was disabled as a result of disabling the clustered index on the table.");
  /** Each foreign key that disabling an index disabled: key, its table, the referenced table, the index. */
  public static final ErrorTemplate FK_DISABLED_WITH_INDEX = e(1992, 10, 1,
      "Warning: Foreign key '%s' on table '%s' referencing table '%s' was disabled as a result of disabling the"
          + " index '%s'.");
}
