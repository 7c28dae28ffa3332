package dev.quern.engine.error;

import static dev.quern.engine.error.Abort.COMPILE;

/**
 * The static XQuery errors of the xml data type methods ("Database engine events and errors
 * (2000 to 2999)"): each text starts with the method it was raised for, {@code XQuery [exist()]: }.
 */
public final class XQueryErrors {
  private XQueryErrors() {}

  private static ErrorTemplate e(int n, String text) {
    return new ErrorTemplate(n, 16, 1, "XQuery [%s()]: " + text, COMPILE);
  }

  public static final ErrorTemplate SYNTAX_NEAR = e(2209, "Syntax error near '%s'");
  public static final ErrorTemplate NO_MORE_TOKENS =
      e(2370, "No more tokens expected at the end of the XQuery expression. Found '%s'.");
  public static final ErrorTemplate TOP_LEVEL_ATTRIBUTE = e(2390, "Top-level %s nodes are not supported");
  public static final ErrorTemplate NOT_AN_AXIS = e(2392, "'%s::' is not a valid axis");
  public static final ErrorTemplate NO_FUNCTION =
      e(2395, "There is no function '{http://www.w3.org/2004/07/xpath-functions}:%s()'");
  public static final ErrorTemplate NOT_A_NAMESPACE = e(2229, "The name \"%s\" does not denote a namespace.");
  public static final ErrorTemplate NODES_NEED_NODES = e(2374, "A node or set of nodes is required for %s");
  public static final ErrorTemplate NOT_SUPPORTED = e(9335, "The XQuery syntax '%s' is not supported.");

  // modify()'s XML DML ("insert (XML DML)", "delete (XML DML)", "replace value of (XML DML)").
  public static final ErrorTemplate EXPECTED = e(2205, "\"%s\" was expected.");
  public static final ErrorTemplate INSERT_NOT_NODES = e(2207, "Only non-document nodes can be inserted. Found \"%s\".");
  public static final ErrorTemplate INSERT_TARGET_NOT_SINGLE = e(2226, "The target of 'insert' must be a single node, found '%s'");
  public static final ErrorTemplate INSERT_INTO_TARGET =
      e(2240, "The target of 'insert into' must be an element/document node, found '%s'");
  public static final ErrorTemplate INSERT_BESIDE_TARGET =
      e(2249, "The target of 'insert before/after' must be an element/PI/comment/text node, found '%s'");
  public static final ErrorTemplate ATTRIBUTE_POSITION =
      e(2258, "The position may not be specified when inserting an attribute node, found '%s'");
  public static final ErrorTemplate DELETE_NOT_NODES = e(2264, "Only non-document nodes may be deleted, found '%s'");
  public static final ErrorTemplate REPLACE_TARGET_NOT_SINGLE =
      e(2337, "The target of 'replace' must be at most one node, found '%s'");
  public static final ErrorTemplate REPLACE_VALUE_TARGET = e(2356,
      "The target of 'replace value of' must be a non-metadata attribute or an element with simple typed content,"
          + " found '%s'");
  public static final ErrorTemplate REPLACE_WITH_CONSTRUCTED =
      e(9310, "The 'with' clause of 'replace value of' cannot contain constructed XML.");
  public static final ErrorTemplate COMPUTED_NAME =
      e(9315, "Only constant expressions are supported for the name expression of computed element and attribute"
          + " constructors.");

  /** modify()'s argument is XQuery but none of insert, delete and replace value of. */
  public static final ErrorTemplate DML_REQUIRED =
      new ErrorTemplate(6305, 16, 1, "XQuery data manipulation expression required in XML data type method.", COMPILE);

  /** modify() written where a value is wanted. */
  public static final ErrorTemplate NON_MUTATOR_EXPECTED = new ErrorTemplate(
      8137, 16, 1,
      "Incorrect use of the XML data type method '%s'. A non-mutator method is expected in this context.", COMPILE);

  /** value(), query() or exist() written as {@code SET @x.value(…)}, where a mutator is wanted. */
  public static final ErrorTemplate MUTATOR_EXPECTED = new ErrorTemplate(
      8113, 16, 1, "Incorrect use of the XML data type method '%s'. A mutator method is expected in this context.",
      COMPILE);

  /** modify() on a NULL variable or column: it ends the batch, as in SQL Server. */
  public static final ErrorTemplate MUTATOR_ON_NULL = new ErrorTemplate(
      5302, 16, 1, "Mutator 'modify()' on '%s' cannot be called on a null value.", Abort.BATCH);

  /** An insert that would give an element two attributes of one name. */
  public static final ErrorTemplate DUPLICATE_ATTRIBUTE = new ErrorTemplate(
      6308, 16, 1,
      "XML well-formedness check: Duplicate attribute '%s'. Rewrite your XQuery so it returns well-formed XML.",
      Abort.STATEMENT);

  /** An empty or whitespace-only path, in any method. */
  public static final ErrorTemplate EMPTY_EXPRESSION =
      new ErrorTemplate(6306, 16, 1, "Invalid XQuery expression passed to XML data type method.", COMPILE);

  /** nodes() in FROM without {@code AS T(c)}. */
  public static final ErrorTemplate NODES_ALIAS_MISSING =
      new ErrorTemplate(
          318, 15, 0, "The table (and its columns) returned by a table-valued method need to be aliased.", COMPILE);

  /** A method name that is no method of the value: nodes() where a value is wanted. */
  public static final ErrorTemplate NOT_A_METHOD =
      new ErrorTemplate(227, 15, 1, "\"%s\" is not a valid function, property, or field.", COMPILE);

  /** A nodes() row's column read other than by an xml method or IS [NOT] NULL. */
  public static final ErrorTemplate NODES_COLUMN_DIRECT =
      new ErrorTemplate(
          493, 16, 1,
          "The column '%s' that was returned from the nodes() method cannot be used directly. It can only be used"
              + " with one of the four XML data type methods, exist(), nodes(), query(), and value(), or in IS NULL"
              + " and IS NOT NULL checks.",
          COMPILE);
}
