package dev.quern.engine.expr;

import dev.quern.catalog.type.SqlType;
import java.util.List;

/**
 * A bound expression: names resolved, type known. It evaluates against an {@link EvalContext},
 * folds when its inputs are constant, and prints back as T-SQL.
 */
public abstract class BoundExpr {
  /** The SQL type of the value (predicates report bit). */
  public abstract SqlType type();

  /** Can the value be NULL? (COLMETADATA's nullable flag.) */
  public abstract boolean nullable();

  /** The value in the Java representation of {@link #type()}; null is SQL NULL. */
  public abstract Object eval(EvalContext ctx);

  /** The expression as T-SQL. */
  public abstract String toSql();

  /** Is the value known without a row or variables (so it may be folded)? */
  public boolean isConstant() {
    return false;
  }

  /** Is this a predicate (TRUE/FALSE/UNKNOWN) rather than a value? */
  public boolean isPredicate() {
    return false;
  }

  /**
   * The expressions this one evaluates, when its value depends on the row only through them (a
   * column reads its own slot and has none); null for a kind that may read the row in other ways
   * (subqueries, late-bound expressions), which anything working out the columns a plan reads must
   * then treat as reading them all.
   */
  public List<BoundExpr> operands() {
    return null;
  }

  @Override
  public String toString() {
    return toSql();
  }
}
