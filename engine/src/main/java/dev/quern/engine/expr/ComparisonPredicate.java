package dev.quern.engine.expr;

import dev.quern.catalog.value.Collation;
import dev.quern.catalog.value.Comparisons;
import dev.quern.catalog.value.SqlValueException;
import java.util.List;

/**
 * {@code a op b} for = <> != < > <= >= !< !>; UNKNOWN when either side is NULL. Strings compare
 * under the collation the operands resolve to ({@link ExprCollations}; 468 on a conflict). Also
 * {@code a IS [NOT] DISTINCT FROM b} (SQL Server 2022), which is never UNKNOWN: two NULLs are not
 * distinct, a NULL and a value are.
 */
public final class ComparisonPredicate extends Predicate {
  public static final String DISTINCT = "IS DISTINCT FROM";
  public static final String NOT_DISTINCT = "IS NOT DISTINCT FROM";

  private final String op;
  private final BoundExpr left;
  private final BoundExpr right;
  private final Collation collation;

  public ComparisonPredicate(String op, BoundExpr left, BoundExpr right) {
    this.op = op;
    this.left = left;
    this.right = right;
    JsonComparability.check(op, left, right);
    this.collation = ExprCollations.forComparison(left, right, ExprCollations.operationName(op));
  }

  /** The collation strings compare under; null for the default. */
  public Collation collation() {
    return collation;
  }

  /** The operator as written: = &lt;&gt; != &lt; &gt; &lt;= &gt;= !&lt; !&gt;. */
  public String op() {
    return op;
  }

  /**
   * The operator with its operands swapped ({@code a < b} is {@code b > a}); = and &lt;&gt; stay;
   * null for what is not a comparison operator.
   */
  public static String swapped(String op) {
    return switch (op) {
      case "=", "<>", "!=" -> op;
      case "<" -> ">";
      case ">" -> "<";
      case "<=", "!>" -> ">=";
      case ">=", "!<" -> "<=";
      default -> null;
    };
  }

  public BoundExpr left() {
    return left;
  }

  public BoundExpr right() {
    return right;
  }

  @Override
  public Object eval(EvalContext ctx) {
    Object a = left.eval(ctx);
    Object b = right.eval(ctx);
    if (a == null || b == null) {
      return switch (op) {
        case DISTINCT -> a != b;
        case NOT_DISTINCT -> a == b;
        default -> null;
      };
    }
    int c;
    try {
      c = Comparisons.compare(a, left.type(), b, right.type(), collation);
    } catch (SqlValueException e) {
      throw ValueErrors.toSql(e);
    }
    return switch (op) {
      case "=" -> c == 0;
      case "<>", "!=" -> c != 0;
      case "<", "!>" -> op.equals("<") ? c < 0 : c <= 0;
      case ">", "!<" -> op.equals(">") ? c > 0 : c >= 0;
      case "<=" -> c <= 0;
      case ">=" -> c >= 0;
      case DISTINCT -> c != 0;
      case NOT_DISTINCT -> c == 0;
      default -> throw new IllegalStateException(op);
    };
  }

  @Override
  public String toSql() {
    return left.toSql() + " " + op + " " + right.toSql();
  }

  @Override
  public boolean isConstant() {
    return left.isConstant() && right.isConstant();
  }

  @Override
  public List<BoundExpr> operands() {
    return List.of(left, right);
  }
}
