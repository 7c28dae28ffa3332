package dev.quern.engine.indexedview;

import dev.quern.engine.error.Abort;
import dev.quern.engine.error.ErrorTemplate;

/**
 * The errors of indexed views, with SQL Server's numbers and texts. Numbers and quoting of the
 * 101xx family follow SQL Server 2025 (10113 outer join, 10116 set operators, 10125 aggregate,
 * 10127 subquery, 10136 COUNT, 10138 COUNT_BIG: one below the older documentation's table, which
 * had a separate TOP message); the ones not observed on 2025 (HAVING, derived table, APPLY, window
 * function, DISTINCT aggregate, table-valued function) take the same shift.
 */
final class IndexedViewErrors {
  private IndexedViewErrors() {}

  private static ErrorTemplate e(int number, String text) {
    return new ErrorTemplate(number, 16, 1, text, Abort.STATEMENT);
  }

  private static final String ON_VIEW = "Cannot create index on view \"%s\" because ";

  static final ErrorTemplate NOT_SCHEMA_BOUND = e(1939, "Cannot create index on view '%s' because the view is not schema bound.");
  static final ErrorTemplate NO_UNIQUE_CLUSTERED = e(1940, "Cannot create index on view '%s'. It does not have a unique clustered index.");
  static final ErrorTemplate NONUNIQUE_CLUSTERED = e(1941, "Cannot create nonunique clustered index on view '%s' because only unique"
      + " clustered indexes are allowed. Consider creating unique clustered index instead.");
  static final ErrorTemplate OTHER_VIEW = e(1937, "Cannot create index on view '%s' because it references another view '%s'."
      + " Consider expanding referenced view's definition by hand in indexed view definition.");
  static final ErrorTemplate SELF_JOIN = e(1947, "Cannot create index on view \"%s\". The view contains a self join on \"%s\".");
  static final ErrorTemplate NONDETERMINISTIC = e(1949, "Cannot create index on view '%s'. The function '%s' yields nondeterministic"
      + " results. Use a deterministic system function, or modify the user-defined function to return deterministic results.");
  static final ErrorTemplate DISTINCT = e(10100, ON_VIEW + "it contains the DISTINCT keyword. Consider removing DISTINCT from the view"
      + " or not indexing the view. Alternatively, consider replacing DISTINCT with GROUP BY or COUNT_BIG(*) to simulate DISTINCT on"
      + " grouping columns.");
  static final ErrorTemplate TOP = e(10101, ON_VIEW + "it contains the TOP or OFFSET keyword. Consider removing the TOP or OFFSET or not"
      + " indexing the view.");
  static final ErrorTemplate DERIVED = e(10109, ON_VIEW + "it references derived table \"%s\" (defined by SELECT statement in FROM"
      + " clause). Consider removing the reference to the derived table or not indexing the view.");
  static final ErrorTemplate OUTER_JOIN = e(10113, ON_VIEW + "it uses a LEFT, RIGHT, or FULL OUTER join, and no OUTER joins are allowed"
      + " in indexed views. Consider using an INNER join instead.");
  static final ErrorTemplate SET_OPERATOR = e(10116, "Cannot create index on view '%s' because it contains one or more UNION, INTERSECT,"
      + " or EXCEPT operators. Consider creating a separate indexed view for each query that is an input to the UNION, INTERSECT, or"
      + " EXCEPT operators of the original view.");
  static final ErrorTemplate HAVING = e(10121, ON_VIEW + "it contains a HAVING clause. Consider removing the HAVING clause.");
  static final ErrorTemplate AGGREGATE = e(10125, ON_VIEW + "it uses aggregate \"%s\". Consider eliminating the aggregate, not indexing"
      + " the view, or using alternate aggregates. For example, for AVG substitute SUM and COUNT_BIG, or for COUNT, substitute"
      + " COUNT_BIG.");
  static final ErrorTemplate DISTINCT_AGGREGATE = e(10126, ON_VIEW + "it uses aggregate \"%s\" with the DISTINCT keyword. Consider not"
      + " indexing this view or eliminating DISTINCT. Consider use of a GROUP BY or COUNT_BIG(*) view to simulate DISTINCT on grouping"
      + " columns.");
  static final ErrorTemplate SUBQUERY = e(10127, ON_VIEW + "it contains one or more subqueries. Consider changing the view to use only"
      + " joins instead of subqueries. Alternatively, consider not indexing this view.");
  static final ErrorTemplate TABLE_FUNCTION = e(10129, ON_VIEW + "it references the inline or multistatement table-valued function"
      + " \"%s\". Consider expanding the function definition by hand in the view definition, or not indexing the view.");
  static final ErrorTemplate COUNT = e(10136, ON_VIEW + "it uses the aggregate COUNT. Use COUNT_BIG instead.");
  static final ErrorTemplate NO_COUNT_BIG = e(10138, "Cannot create index on view '%s' because its select list does not include a proper"
      + " use of COUNT_BIG. Consider adding COUNT_BIG(*) to select list.");
  static final ErrorTemplate TABLE_HINT = e(10140, "Cannot create index on view '%s' because the view contains a table hint."
      + " Consider removing the hint.");
  static final ErrorTemplate APPLY = e(10142, ON_VIEW + "it contains an APPLY. Consider not indexing the view, or removing APPLY.");
  static final ErrorTemplate WINDOW = e(10143, ON_VIEW + "it contains a ranking or aggregate window function. Remove the function from"
      + " the view definition or, alternatively, do not index the view.");
  static final ErrorTemplate GROUP_COLUMNS_MISSING = e(8660, "Cannot create the clustered index \"%s\" on view \"%s\" because the select"
      + " list of the view definition does not include all columns in the GROUP BY clause. Consider adding these columns to the select"
      + " list.");
  static final ErrorTemplate KEY_NOT_GROUPED = e(8661, "Cannot create the clustered index \"%s\" on view \"%s\" because the index key"
      + " includes columns that are not in the GROUP BY clause. Consider eliminating columns that are not in the GROUP BY clause from"
      + " the index key.");
  static final ErrorTemplate NULLABLE_SUM = new ErrorTemplate(8662, 16, 0, "Cannot create the clustered index \"%s\" on view \"%s\""
      + " because the view references an unknown value (SUM aggregate of nullable expression). Consider referencing only non-nullable"
      + " values in SUM. ISNULL() may be useful for this.", Abort.STATEMENT);
  static final ErrorTemplate AGGREGATE_EXPRESSION = e(8668, "Cannot create the clustered index '%s' on view '%s' because the select list"
      + " of the view contains an expression on result of aggregate function or grouping column. Consider removing expression on result"
      + " of aggregate function or grouping column from select list.");
  static final ErrorTemplate SET_OPTIONS = e(1934, "%s failed because the following SET options have incorrect settings: '%s'. Verify"
      + " that SET options are correct for use with indexed views and/or indexes on computed columns and/or filtered indexes and/or"
      + " query notifications and/or XML data type methods and/or spatial index operations.");
  static final ErrorTemplate FILTERED = e(10610, "Filtered index '%s' cannot be created on object '%s' because it is not a user"
      + " table. Filtered indexes are only supported on tables. If you are trying to create a filtered index on a view, consider"
      + " creating an indexed view with the filter expression incorporated in the view definition.");
  static final ErrorTemplate TRUNCATE = e(3729, "Cannot TRUNCATE TABLE '%s' because it is being referenced by object '%s'.");
}
