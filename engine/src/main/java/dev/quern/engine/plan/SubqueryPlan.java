package dev.quern.engine.plan;

/**
 * An expression that runs a query when it is evaluated: a scalar subquery, EXISTS, or a comparison
 * with IN/ANY/ALL over a subquery. Showplans find them in an IF or WHILE condition to show the
 * condition's plan.
 */
public interface SubqueryPlan {
  /** The query it runs. */
  QueryPlan plan();

  /** Whether it only asks if the query returns a row (EXISTS, IN): a semi join in a plan. */
  boolean semiJoin();

  /**
   * Whether it reads no enclosing query's row, so its value is the same for every row (a seek may
   * take it as a key value); false unless known.
   */
  default boolean uncorrelated() {
    return false;
  }
}
