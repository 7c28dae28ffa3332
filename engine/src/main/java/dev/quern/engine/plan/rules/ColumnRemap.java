package dev.quern.engine.plan.rules;

import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.ColumnExpr;
import dev.quern.engine.expr.ComparisonPredicate;
import dev.quern.engine.expr.ConvertExpr;
import dev.quern.engine.expr.InListPredicate;
import dev.quern.engine.expr.IsNullPredicate;
import dev.quern.engine.expr.LogicalPredicate;
import dev.quern.engine.expr.NotPredicate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A predicate rewritten to read another row layout: each column it reads replaced by what {@code
 * column} gives for its position (a join side's own position, the column a projection passes
 * through, an enclosing row's column). Only the kinds a WHERE is mostly made of are rebuilt — comparisons, AND/OR/NOT, IS NULL,
 * IN lists, conversions — around values that read no column (constants, variables, parameters, an
 * enclosing query's columns); anything else, or a column {@code column} has no replacement for
 * (null), leaves the predicate where it is (null).
 */
final class ColumnRemap {
  private ColumnRemap() {}

  static BoundExpr remap(BoundExpr e, IntFunction<? extends BoundExpr> column) {
    return switch (e) {
      case ColumnExpr c -> column.apply(c.index());
      case ComparisonPredicate c -> {
        BoundExpr l = remap(c.left(), column);
        BoundExpr r = l == null ? null : remap(c.right(), column);
        yield r == null ? null : new ComparisonPredicate(c.op(), l, r);
      }
      case LogicalPredicate l -> {
        BoundExpr a = remap(l.left(), column);
        BoundExpr b = a == null ? null : remap(l.right(), column);
        yield b == null ? null : new LogicalPredicate(l.isAnd(), a, b);
      }
      case NotPredicate n -> {
        BoundExpr inner = remap(n.operands().getFirst(), column);
        yield inner == null ? null : new NotPredicate(inner);
      }
      case IsNullPredicate i -> {
        BoundExpr inner = remap(i.operand(), column);
        yield inner == null ? null : new IsNullPredicate(inner, i.not());
      }
      case InListPredicate i -> {
        BoundExpr operand = remap(i.operand(), column);
        List<BoundExpr> items = new ArrayList<>();
        for (BoundExpr item : i.items()) {
          BoundExpr m = operand == null ? null : remap(item, column);
          if (m == null) {
            yield null;
          }
          items.add(m);
        }
        yield new InListPredicate(operand, items, i.not());
      }
      case ConvertExpr c -> {
        BoundExpr inner = remap(c.input(), column);
        yield inner == null ? null : c.withInput(inner);
      }
      default -> readsNoColumn(e) ? e : null;
    };
  }

  /** A value the row does not change: nothing it evaluates reads a column. */
  static boolean readsNoColumn(BoundExpr e) {
    return everywhere(e, x -> !(x instanceof ColumnExpr));
  }

  /**
   * Whether {@code test} holds for {@code e} and everything it evaluates; false for a kind that
   * may read the row other than through its operands (a subquery).
   */
  static boolean everywhere(BoundExpr e, java.util.function.Predicate<BoundExpr> test) {
    List<BoundExpr> operands = e.operands();
    if (operands == null || !test.test(e)) {
      return false;
    }
    for (BoundExpr o : operands) {
      if (!everywhere(o, test)) {
        return false;
      }
    }
    return true;
  }

  /** The column at position {@code i} among those {@code e} reads (null when it reads none there). */
  static ColumnExpr find(BoundExpr e, int i) {
    if (e instanceof ColumnExpr c) {
      return c.index() == i ? c : null;
    }
    List<BoundExpr> operands = e.operands();
    if (operands == null) {
      return null;
    }
    for (BoundExpr o : operands) {
      ColumnExpr found = find(o, i);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** The positions of the columns {@code e} reads, or null when that cannot be known. */
  static java.util.BitSet columnsRead(BoundExpr e) {
    java.util.BitSet read = new java.util.BitSet();
    return ColumnPruningRule.collect(e, Integer.MAX_VALUE, read) ? read : null;
  }
}
