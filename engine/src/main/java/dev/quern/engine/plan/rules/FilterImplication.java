package dev.quern.engine.plan.rules;

import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.Comparisons;
import dev.quern.catalog.value.Conversions;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.ColumnExpr;
import dev.quern.engine.expr.ComparisonPredicate;
import dev.quern.engine.expr.Constant;
import dev.quern.engine.expr.InListPredicate;
import dev.quern.engine.expr.IsNullPredicate;
import dev.quern.engine.expr.LogicalPredicate;
import dev.quern.engine.store.FilterPredicate;
import dev.quern.engine.store.FilterPredicate.Conjunct;
import dev.quern.engine.store.FilterPredicate.Op;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a WHERE over a table's row implies a filtered index's filter, so that every row the
 * query can return is in the index. Each filter conjunct must follow from one conjunct of the WHERE
 * with a constant (never a variable: its value is not known when the plan is made, as in SQL
 * Server): the same test, a narrower range or set ({@code a = 5} implies {@code a > 3}), or any
 * comparison or IN list for {@code IS NOT NULL} (a comparison with NULL is never true).
 */
final class FilterImplication {
  /** One WHERE conjunct on a column, in the column's row position. */
  private record Term(int position, Op op, List<Object> values, SqlType type) {}

  private FilterImplication() {}

  static boolean implies(BoundExpr where, Table table, Index index) {
    FilterPredicate filter = FilterPredicate.of(table, index);
    List<Term> terms = new ArrayList<>();
    collect(where, table, terms);
    for (Conjunct c : filter.conjuncts()) {
      SqlType type = table.columns().get(c.position()).type();
      if (terms.stream().noneMatch(t -> t.position() == c.position() && implies(t, c, type))) {
        return false;
      }
    }
    return true;
  }

  private static boolean implies(Term t, Conjunct c, SqlType type) {
    return switch (c.op()) {
      case IS_NULL -> t.op() == Op.IS_NULL;
      case IS_NOT_NULL -> t.op() != Op.IS_NULL;
      default -> t.op() != Op.IS_NULL && t.op() != Op.IS_NOT_NULL && valuesImply(t, c, type);
    };
  }

  /** Every value {@code t} admits satisfies {@code c}. */
  private static boolean valuesImply(Term t, Conjunct c, SqlType type) {
    if (t.op() == Op.EQ || t.op() == Op.IN) {
      return t.values().stream().allMatch(v -> satisfies(v, t.type(), c, type));
    }
    Object d = t.values().getFirst();
    if (c.op() == Op.IN || c.op() == Op.EQ) {
      return false; // a range or <> admits more than a set of values
    }
    int cmp = Comparisons.compare(d, t.type(), c.values().getFirst(), type); // d vs the filter's k
    Op q = t.op();
    return switch (c.op()) {
      case GT -> q == Op.GT && cmp >= 0 || q == Op.GE && cmp > 0;
      case GE -> (q == Op.GT || q == Op.GE) && cmp >= 0;
      case LT -> q == Op.LT && cmp <= 0 || q == Op.LE && cmp < 0;
      case LE -> (q == Op.LT || q == Op.LE) && cmp <= 0;
      case NE -> switch (q) {
        case NE -> cmp == 0;
        case GT -> cmp >= 0;
        case GE -> cmp > 0;
        case LT -> cmp <= 0;
        case LE -> cmp < 0;
        default -> false;
      };
      default -> false;
    };
  }

  private static boolean satisfies(Object v, SqlType vt, Conjunct c, SqlType type) {
    if (c.op() == Op.IN) {
      return c.values().stream().anyMatch(k -> Comparisons.compare(v, vt, k, type) == 0);
    }
    int cmp = Comparisons.compare(v, vt, c.values().getFirst(), type);
    return switch (c.op()) {
      case EQ -> cmp == 0;
      case NE -> cmp != 0;
      case LT -> cmp < 0;
      case LE -> cmp <= 0;
      case GT -> cmp > 0;
      case GE -> cmp >= 0;
      default -> false;
    };
  }

  private static void collect(BoundExpr e, Table table, List<Term> out) {
    switch (e) {
      case LogicalPredicate l when l.isAnd() -> {
        collect(l.left(), table, out);
        collect(l.right(), table, out);
      }
      case IsNullPredicate n when n.operand() instanceof ColumnExpr c && own(c, table) ->
          out.add(new Term(c.index(), n.not() ? Op.IS_NOT_NULL : Op.IS_NULL, List.of(), c.type()));
      // Terms compare under the default collation: a comparison under another one implies nothing.
      case ComparisonPredicate p when p.collation() == null -> {
        comparison(p.op(), p.left(), p.right(), table, out);
        comparison(ComparisonPredicate.swapped(p.op()), p.right(), p.left(), table, out);
      }
      case InListPredicate i when !i.not() && i.operand() instanceof ColumnExpr c && own(c, table)
          && (c.collation() == null || c.collation().isDefault()) -> {
        List<Object> values = new ArrayList<>();
        SqlType type = null;
        for (BoundExpr item : i.items()) {
          if (!(item instanceof Constant k) || k.value() == null || !comparable(k.type(), c.type())
              || type != null && !type.equals(k.type())) {
            return;
          }
          type = k.type();
          values.add(k.value());
        }
        if (type != null) {
          out.add(new Term(c.index(), Op.IN, values, type));
        }
      }
      default -> {}
    }
  }

  private static void comparison(String op, BoundExpr column, BoundExpr value, Table table, List<Term> out) {
    if (op == null || !(column instanceof ColumnExpr c) || !own(c, table)
        || !(value instanceof Constant k) || k.value() == null) {
      return;
    }
    Object v = k.value();
    SqlType vt = k.type();
    if (SqlTypes.isCharacter(vt.id()) && SqlTypes.isTemporal(c.type().id())) {
      // '2024-06-01' against a date column compares as a date, as the query does.
      try {
        v = Conversions.convertImplicitly(v, vt, c.type());
        vt = c.type();
      } catch (RuntimeException e) {
        return;
      }
    }
    if (!comparable(vt, c.type())) {
      return;
    }
    Op kind = Op.ofComparison(op);
    if (kind != null) {
      out.add(new Term(c.index(), kind, List.of(v), vt));
    }
  }

  private static boolean own(ColumnExpr c, Table table) {
    return c.index() >= 0 && c.index() < table.columns().size();
  }

  /** A constant that compares with the column as the column's own values do. */
  private static boolean comparable(SqlType v, SqlType c) {
    TypeId a = v.id();
    TypeId b = c.id();
    return a == b
        || SqlTypes.isInteger(a) && SqlTypes.isInteger(b)
        || SqlTypes.isCharacter(a) && SqlTypes.isCharacter(b)
        || SqlTypes.isNumeric(a) && SqlTypes.isNumeric(b) && a != TypeId.BIT && b != TypeId.BIT;
  }

}
