package dev.quern.engine.ast;

import java.util.List;

/**
 * How a GROUP BY list's grouping-set forms stand in {@code QuerySpec.groupBy}: ROLLUP, CUBE and
 * GROUPING SETS as calls of those names ({@code GROUPING SETS} with its space, which no function
 * name can have), a composite element {@code (a, b)} or the empty set {@code ()} as a call with an
 * empty name. They print back as written. The parser makes them, the binder reads them.
 */
public final class GroupingConstructs {
  public static final String ROLLUP = "ROLLUP";
  public static final String CUBE = "CUBE";
  public static final String GROUPING_SETS = "GROUPING SETS";
  /** The name of a composite element or of (). */
  public static final String LIST = "";

  private GroupingConstructs() {}

  /** Whether {@code e} is one of these forms rather than a grouping expression. */
  public static boolean is(Expr e) {
    return e instanceof FunctionCall f && f.parens() && !f.star() && !f.distinct()
        && (f.name().equals(LIST) || f.name().equals(ROLLUP) || f.name().equals(CUBE)
            || f.name().equals(GROUPING_SETS));
  }

  /** A composite element or (), of {@code items}. */
  public static FunctionCall list(List<Expr> items) {
    return FunctionCall.of(LIST, items);
  }
}
