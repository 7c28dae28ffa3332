package dev.quern.engine.error;

import static dev.quern.engine.error.Abort.STATEMENT;

/**
 * The errors of columnstore indexes ("CREATE COLUMNSTORE INDEX", "Columnstore indexes: overview";
 * numbers and texts as sys.messages lists them, 35301–35382, 10798–10799; severities and states as
 * servers raise them, which sometimes differ from sys.messages'): the index shapes, column
 * types and options a columnstore refuses, one columnstore per table, and the columnstore-only
 * options used on a rowstore index.
 */
public final class ColumnstoreErrors {
  private ColumnstoreErrors() {}

  private static ErrorTemplate e(int n, int sev, String text) {
    return e(n, sev, 1, text);
  }

  private static ErrorTemplate e(int n, int sev, int state, String text) {
    return new ErrorTemplate(n, sev, state, text, STATEMENT);
  }

  public static final ErrorTemplate UNIQUE = e(35301, 15,
      "The statement failed because a columnstore index cannot be unique. Create the columnstore index without the"
          + " UNIQUE keyword or create a unique index without the COLUMNSTORE keyword.");
  public static final ErrorTemplate SORT_ORDER = e(35302, 15,
      "The statement failed because specifying sort order (ASC or DESC) is not allowed when creating a columnstore"
          + " index. Create the columnstore index without specifying a sort order.");
  public static final ErrorTemplate ON_VIEW = e(35305, 15,
      "The statement failed because a columnstore index cannot be created on a view. Consider creating a columnstore"
          + " index on the base table or creating an index without the COLUMNSTORE keyword on the view.");
  public static final ErrorTemplate COLUMN_LEVEL = e(35306, 15,
      "The statement failed because a columnstore index cannot be specified using INDEX specification at the column"
          + " level.");
  /** Column, then table. */
  public static final ErrorTemplate COMPUTED_COLUMN = e(35307, 16,
      "The statement failed because column '%s' on table '%s' is a computed column. Columnstore index cannot include"
          + " a computed column implicitly or explicitly.");
  public static final ErrorTemplate FILTERED = e(35308, 15,
      "The statement failed because a columnstore index cannot be a filtered index. Consider creating a columnstore"
          + " index without the predicate filter.");
  public static final ErrorTemplate SPARSE_COLUMN = e(35309, 15,
      "The statement failed because a columnstore index cannot be created on a sparse column. Consider creating a"
          + " nonclustered columnstore index on a subset of columns that does not include any sparse columns.");
  public static final ErrorTemplate TABLE_VARIABLE = e(35310, 15,
      "The statement failed because columnstore indexes are not allowed on table types and table variables. Remove"
          + " the column store index specification from the table type or table variable declaration.");
  public static final ErrorTemplate INCLUDED_COLUMNS = e(35311, 15,
      // Three spaces after the first sentence, as the server's text has them.
      "The statement failed because a columnstore index cannot have included columns.   Create the columnstore index"
          + " on the desired columns without specifying any included columns.");
  /** A rowstore option (FILLFACTOR, PAD_INDEX, IGNORE_DUP_KEY, SORT_IN_TEMPDB, the statistics ones), twice. */
  public static final ErrorTemplate SETTING_NOT_ALLOWED = e(35317, 15,
      "The statement failed because specifying %s is not allowed when creating a columnstore index. Consider"
          + " creating a columnstore index without specifying %s.");
  /** A locking option (ALLOW_ROW_LOCKS, ALLOW_PAGE_LOCKS, OPTIMIZE_FOR_SEQUENTIAL_KEY) or another, twice. */
  public static final ErrorTemplate OPTION_NOT_ALLOWED = e(35318, 15,
      "The statement failed because the %s option is not allowed when creating a columnstore index. Create the"
          + " columnstore index without specifying the %s option.");
  /** A locking option (written twice): REBUILD's and SET's sibling of 35318. */
  public static final ErrorTemplate REBUILD_OPTION_NOT_ALLOWED = e(35328, 16,
      "ALTER INDEX REBUILD statement failed because the %s option is not allowed when rebuilding a columnstore index."
          + " Rebuild the columnstore index without specifying the %s option.");
  /** A rowstore option (written twice): REBUILD's sibling of 35317. */
  public static final ErrorTemplate REBUILD_SETTING_NOT_ALLOWED = e(35327, 16,
      "ALTER INDEX REBUILD statement failed because specifying %s is not allowed when rebuilding a columnstore index."
          + " Rebuild the columnstore index without specifying %s.");
  /** DATA_COMPRESSION = NONE, ROW or PAGE for a columnstore: severity 15 creating it, 16 rebuilding it. */
  public static final ErrorTemplate ROWSTORE_COMPRESSION = e(10799, 15,
      "This is not a valid data compression setting for a columnstore index. Please choose COLUMNSTORE or"
          + " COLUMNSTORE_ARCHIVE compression.");
  public static final ErrorTemplate ROWSTORE_COMPRESSION_REBUILD = e(10799, 16, ROWSTORE_COMPRESSION.template());
  /** DATA_COMPRESSION = COLUMNSTORE or COLUMNSTORE_ARCHIVE for a rowstore index. */
  public static final ErrorTemplate COLUMNSTORE_COMPRESSION = e(10798, 16,
      "This is not a valid data compression setting for this object. It can only be used with columnstore indexes."
          + " Please choose NONE, PAGE, or ROW compression.");
  /** A column name. */
  public static final ErrorTemplate DUPLICATE_ORDER_COLUMN = e(35331, 16,
      "Cannot use duplicate column names in the ORDER column list. Column name '%s' appears more than once.");
  public static final ErrorTemplate KEY_LIST_ON_CLUSTERED = e(35335, 15,
      "The statement failed because specifying a key list is not allowed when creating a clustered columnstore index."
          + " Create the clustered columnstore index without specifying a key list.");
  public static final ErrorTemplate KEY_LIST_MISSING = e(35336, 15,
      "The statement failed because specifying key list is missing when creating an index. Create the index with"
          + " specifying key list .");
  public static final ErrorTemplate MULTIPLE = e(35339, 16, "Multiple columnstore indexes are not supported.");
  public static final ErrorTemplate ORDER_ON_NONCLUSTERED = e(35342, 15,
      "The statement failed because specifying ORDER is not a valid option for non-clustered columnstore index"
          + " creation. Consider creating an non-clustered columnstore index without specifying ORDER, or create a"
          + " clustered columnstore index.");
  /**
   * A column (twice). sys.messages lists severity 15; servers answer with level 16 (e.g. "Msg 35343,
   * Level 16, State 1"), which clients see, so 16 is used.
   */
  public static final ErrorTemplate UNSUPPORTED_TYPE = e(35343, 16,
      "The statement failed. Column '%s' has a data type that cannot participate in a columnstore index. Omit column"
          + " '%s'.");
  /** The table. */
  public static final ErrorTemplate TRUNCATE = e(35349, 16,
      "TRUNCATE TABLE statement failed because table '%s' has a columnstore index on it. A table with a columnstore"
          + " index cannot be truncated. Consider dropping the columnstore index then truncating the table.");
  public static final ErrorTemplate COMPRESSION_DELAY_ROWSTORE = e(35364, 16,
      "ALTER INDEX statement option COMPRESSION_DELAY can only be used with columnstore indexes.");
  /** "table", then the table name. */
  public static final ErrorTemplate SECOND_CLUSTERED = e(35372, 16, 3,
      "You cannot create more than one clustered index on %s '%s'. Consider creating a new clustered index using"
          + " 'with (drop_existing = on)' option.");
  public static final ErrorTemplate COMPRESS_ALL_ROW_GROUPS_ROWSTORE = e(35375, 16,
      "ALTER INDEX REORGANIZE statement option COMPRESS_ALL_ROW_GROUPS can only be used with clustered columnstore"
          + " indexes.");
  /** The value. */
  public static final ErrorTemplate COMPRESSION_DELAY_RANGE = e(35382, 16, 2,
      "The specified COMPRESSION_DELAY option value %d is invalid. The valid range for disk-based table is between"
          + " (0, 10080) minutes and for memory-optimized table is 0 or between (60, 10080) minutes.");
}
