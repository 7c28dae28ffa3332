package dev.quern.engine.error;

import static dev.quern.engine.error.Abort.STATEMENT;

/**
 * The errors of full-text search ("Full-Text Search", sys.messages 7600–7699, 9900s, 30000s):
 * full-text DDL and the CONTAINS / FREETEXT predicates and rowset functions. States are those
 * SQL Server 2025 raises, where known.
 */
public final class FullTextErrors {
  private FullTextErrors() {}

  private static ErrorTemplate e(int n, int sev, int st, String text) {
    return new ErrorTemplate(n, sev, st, text, STATEMENT);
  }

  /** Full-text DDL inside a user transaction: the statement. */
  public static final ErrorTemplate IN_USER_TRANSACTION = e(574, 16, 0,
      "%s statement cannot be used inside a user transaction.");
  /** A predicate or rowset function over a table without a full-text index (state 2; 4 for a predicate's *). */
  public static final ErrorTemplate TABLE_NOT_INDEXED = e(7601, 16, 2,
      "Cannot use a CONTAINS or FREETEXT predicate on table or indexed view '%s' because it is not full-text indexed.");
  public static final ErrorTemplate TABLE_NOT_INDEXED_STAR = e(7601, 16, 4,
      "Cannot use a CONTAINS or FREETEXT predicate on table or indexed view '%s' because it is not full-text indexed.");
  /** A predicate naming a column that is not in the table's full-text index. */
  public static final ErrorTemplate COLUMN_NOT_INDEXED = e(7601, 16, 3,
      "Cannot use a CONTAINS or FREETEXT predicate on column '%s' because it is not full-text indexed.");
  /** DROP INDEX of the index that keys a full-text index: index, table. */
  public static final ErrorTemplate KEY_INDEX_DROPPED = e(7613, 16, 2,
      "Cannot drop index '%s' because it enforces the full-text key for table or indexed view '%s'.");
  /** ALTER TABLE … DROP COLUMN / ALTER COLUMN of a full-text indexed column. */
  public static final ErrorTemplate COLUMN_IN_INDEX = e(7614, 16, 1,
      "Cannot alter or drop column '%s' because it is enabled for Full-Text Search.");
  /** A predicate's * with more than one table in the FROM clause. */
  public static final ErrorTemplate STAR_AMBIGUOUS = e(7615, 16, 1,
      "A CONTAINS or FREETEXT predicate can only operate on one table or indexed view. Qualify the use of * with a"
          + " table or indexed view name.");
  /** CONTAINSTABLE / FREETEXTTABLE's top_n_by_rank below zero. */
  public static final ErrorTemplate TOP_N_NEGATIVE = e(7626, 15, 1,
      "The top_n_by_rank argument ('%d') must be greater than or equal to zero.");
  /** A malformed search condition: the token near the error, the condition. */
  public static final ErrorTemplate SYNTAX_AT_END = e(7630, 15, 1,
      "Syntax error near '%s' in the full-text search condition '%s'.");
  public static final ErrorTemplate SYNTAX_NEAR_PUNCTUATION = e(7630, 15, 2,
      "Syntax error near '%s' in the full-text search condition '%s'.");
  public static final ErrorTemplate SYNTAX_NEAR_WORD = e(7630, 15, 3,
      "Syntax error near '%s' in the full-text search condition '%s'.");
  /** CONTAINSTABLE / FREETEXTTABLE's ISABOUT weight outside 0.0–1.0. */
  public static final ErrorTemplate WEIGHT_OUT_OF_RANGE = e(7632, 15, 5,
      "The value of the Weight argument must be between 0.0 and 1.0.");
  /** CREATE FULLTEXT INDEX … ON a catalog the database does not have. */
  public static final ErrorTemplate CATALOG_MISSING = e(7641, 16, 1,
      "Full-Text catalog '%s' does not exist in database '%s' or user does not have permission to perform this action.");
  /** CREATE FULLTEXT CATALOG of a name the database has. */
  public static final ErrorTemplate CATALOG_EXISTS = e(7642, 16, 1,
      "A full-text catalog named '%s' already exists in this database. Use a different name.");
  /** A NULL, empty or blank search condition. */
  public static final ErrorTemplate EMPTY_CONDITION = e(7645, 15, 1, "Null or empty full-text predicate.");
  /** A second full-text index on a table. */
  public static final ErrorTemplate INDEX_EXISTS = e(7652, 16, 1,
      "A full-text index for table or indexed view '%s' has already been created.");
  /** KEY INDEX that is missing (1), not unique, single-column, unfiltered and enabled (2), or nullable (3). */
  public static final ErrorTemplate KEY_INDEX_MISSING = keyIndex(1);
  public static final ErrorTemplate KEY_INDEX_UNSUITABLE = keyIndex(2);
  public static final ErrorTemplate KEY_INDEX_NULLABLE = keyIndex(3);
  /** ALTER (state 2) or DROP (state 5) FULLTEXT INDEX on a table without one. */
  public static final ErrorTemplate NO_INDEX_ALTER = e(7658, 16, 2,
      "Table or indexed view '%s' does not have a full-text index or user does not have permission to perform this"
          + " action.");
  public static final ErrorTemplate NO_INDEX_DROP = e(7658, 16, 5,
      "Table or indexed view '%s' does not have a full-text index or user does not have permission to perform this"
          + " action.");
  /** ENABLE of an index left with no columns. */
  public static final ErrorTemplate NO_COLUMNS = e(7659, 16, 2,
      "Cannot activate full-text search for table or indexed view '%s' because no columns have been enabled for"
          + " full-text search.");
  /** WITH NO POPULATION while change tracking is on: 1 from CREATE, 2 from ALTER. */
  public static final ErrorTemplate NO_POPULATION_TRACKED = e(7663, 16, 1,
      "Option 'WITH NO POPULATION' should not be used when change tracking is enabled.");
  public static final ErrorTemplate NO_POPULATION_TRACKED_ALTER = e(7663, 16, 2,
      "Option 'WITH NO POPULATION' should not be used when change tracking is enabled.");
  /** START UPDATE POPULATION with change tracking off. */
  public static final ErrorTemplate TRACKING_NOT_STARTED = e(7664, 16, 1,
      "Full-text change tracking must be started on table or indexed view '%s' before the changes can be flushed.");
  /** DROP FULLTEXT CATALOG of a catalog an index uses. */
  public static final ErrorTemplate CATALOG_NOT_EMPTY = e(7668, 16, 1,
      "Cannot drop full-text catalog '%s' because it contains a full-text index.");
  /** A full-text column of a type that holds no text. */
  public static final ErrorTemplate COLUMN_TYPE = e(7670, 16, 1,
      "Column '%s' cannot be used for full-text search because it is not a character-based, XML, image or"
          + " varbinary(max) type column or it is encrypted.");
  /** A column named twice, or added when the index has it. */
  public static final ErrorTemplate DUPLICATE_COLUMN = e(7672, 16, 1,
      "A full-text index cannot be created on the table or indexed view because duplicate column '%s' is specified.");
  /** ALTER FULLTEXT INDEX … DROP of a column the index does not have. */
  public static final ErrorTemplate COLUMN_NOT_IN_INDEX = e(7677, 16, 1, "Column \"%s\" is not full-text indexed.");
  /** A LANGUAGE name syslanguages does not know. */
  public static final ErrorTemplate LANGUAGE_UNKNOWN = e(7678, 16, 12,
      "The following string is not defined as a language alias in syslanguages: %s.");
  /** TYPE COLUMN on a column that is not image or varbinary(max). */
  public static final ErrorTemplate TYPE_COLUMN_NOT_ALLOWED = e(7699, 16, 1,
      "TYPE COLUMN option is not allowed for column types other than image or varbinary(max).");
  /** An image or varbinary(max) full-text column: Quern has no document filters (IFilters). */
  public static final ErrorTemplate TYPE_COLUMN_REQUIRED = e(7655, 16, 1,
      "TYPE COLUMN option must be specified with column of image or varbinary(max) type.");
  /** CREATE FULLTEXT INDEX naming no catalog in a database without a default one. */
  public static final ErrorTemplate NO_DEFAULT_CATALOG = e(9967, 16, 1,
      "A default full-text catalog does not exist in database '%s' or user does not have permission to perform this"
          + " action.");
  /** A NEAR distance that is neither MAX nor a whole number. */
  public static final ErrorTemplate NEAR_DISTANCE = e(9987, 15, 1,
      "The max gap argument in NEAR clause must be either the word MAX or an integer greater than or equal to 0.");
  /** A STOPLIST other than OFF and SYSTEM: user stoplists are not supported (1 CREATE, 3 ALTER). */
  public static final ErrorTemplate STOPLIST_MISSING = e(30023, 16, 1,
      "The fulltext stoplist '%s' does not exist or the current user does not have permission to perform this action."
          + " Verify that the correct stoplist name is specified and that the user had the permission required by the"
          + " Transact-SQL statement.");

  private static ErrorTemplate keyIndex(int state) {
    return e(7653, 16, state, "'%s' is not a valid index to enforce a full-text search key. A full-text search key"
        + " must be a unique, non-nullable, single-column index which is not offline, is not defined on a"
        + " non-deterministic or imprecise nonpersisted computed column, does not have a filter, and has maximum size"
        + " of 900 bytes. Choose another index for the full-text key.");
  }
}
