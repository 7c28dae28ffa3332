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
