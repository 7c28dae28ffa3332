package dev.quern.engine.binder;

import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.FunctionCall;
import dev.quern.engine.ast.GroupingConstructs;
import dev.quern.engine.error.SqlErrors;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * A GROUP BY list read as grouping sets: the distinct key expressions, in the order they first
 * appear, and the sets of them to group by (bits: indexes into the keys). Plain {@code GROUP BY a,
 * b} is one set of every key; ROLLUP (a, b) is {a, b}, {a}, {}; CUBE (a, b) every subset, larger
 * ones first; GROUPING SETS the union of its sets; elements side by side combine as SQL Server
 * combines them, every set of one with every set of the next (the cross product).
 * ({@link GroupingConstructs} says how these stand in the AST.)
 */
record GroupingSets(List<Expr> keys, List<BitSet> sets) {
  /** SQL Server's limits: grouping sets one GROUP BY makes (10705), keys it names (10707). */
  static final int MAX_SETS = 4096;

  static final int MAX_EXPRESSIONS = 32;

  /** Whether {@code groupBy} uses ROLLUP, CUBE, GROUPING SETS or (). */
  static boolean used(List<Expr> groupBy) {
    return groupBy.stream().anyMatch(GroupingConstructs::is);
  }

  static GroupingSets of(List<Expr> groupBy) {
    List<Expr> keys = new ArrayList<>();
    List<BitSet> sets = List.of(new BitSet());
    for (Expr element : groupBy) {
      sets = cross(sets, setsOf(element, keys));
    }
    if (keys.size() > MAX_EXPRESSIONS) {
      throw SqlErrors.TOO_MANY_GROUPING_EXPRESSIONS.raise(MAX_EXPRESSIONS);
    }
    return new GroupingSets(List.copyOf(keys), sets);
  }

  private static List<BitSet> cross(List<BitSet> left, List<BitSet> right) {
    List<BitSet> out = new ArrayList<>();
    for (BitSet l : left) {
      for (BitSet r : right) {
        BitSet both = (BitSet) l.clone();
        both.or(r);
        out.add(both);
        if (out.size() > MAX_SETS) {
          throw SqlErrors.TOO_MANY_GROUPING_SETS.raise(MAX_SETS);
        }
      }
    }
    return out;
  }

  private static List<BitSet> setsOf(Expr element, List<Expr> keys) {
    if (!GroupingConstructs.is(element)) {
      return List.of(bits(List.of(element), keys));
    }
    FunctionCall f = (FunctionCall) element;
    return switch (f.name()) {
      case GroupingConstructs.LIST -> List.of(bits(f.args(), keys)); // () or a composite (a, b)
      case GroupingConstructs.ROLLUP -> rollup(items(f.args(), keys));
      case GroupingConstructs.CUBE -> cube(items(f.args(), keys));
      default -> { // GROUPING SETS: each of its sets, a ROLLUP or CUBE in it standing for all of its own
        List<BitSet> union = new ArrayList<>();
        for (Expr set : f.args()) {
          union.addAll(setsOf(set, keys));
        }
        yield union;
      }
    };
  }

  /** Each item of a ROLLUP or CUBE as its keys: a composite element's together. */
  private static List<BitSet> items(List<Expr> args, List<Expr> keys) {
    List<BitSet> items = new ArrayList<>();
    for (Expr a : args) {
      items.add(a instanceof FunctionCall f && f.name().equals(GroupingConstructs.LIST) && f.parens()
          ? bits(f.args(), keys) : bits(List.of(a), keys));
    }
    return items;
  }

  /** ROLLUP: every prefix of the items, longest first, down to the empty set. */
  private static List<BitSet> rollup(List<BitSet> items) {
    List<BitSet> sets = new ArrayList<>();
    for (int n = items.size(); n >= 0; n--) {
      BitSet set = new BitSet();
      for (int i = 0; i < n; i++) {
        set.or(items.get(i));
      }
      sets.add(set);
    }
    return sets;
  }

  /** CUBE: every subset of the items (2^n of them), as SQL Server orders them: the full set first. */
  private static List<BitSet> cube(List<BitSet> items) {
    if (items.size() > 12) { // 2^12 = 4096 sets, SQL Server's limit
      throw SqlErrors.TOO_MANY_GROUPING_SETS.raise(MAX_SETS);
    }
    List<BitSet> sets = new ArrayList<>();
    int n = items.size();
    for (int mask = (1 << n) - 1; mask >= 0; mask--) {
      BitSet set = new BitSet();
      for (int i = 0; i < n; i++) {
        if ((mask & (1 << (n - 1 - i))) != 0) {
          set.or(items.get(i));
        }
      }
      sets.add(set);
    }
    return sets;
  }

  /** The bits of {@code exprs} among {@code keys}, adding the keys not seen yet. */
  private static BitSet bits(List<Expr> exprs, List<Expr> keys) {
    BitSet set = new BitSet();
    for (Expr written : exprs) {
      Expr e = unwrapped(written);
      int index = indexOf(keys, e);
      if (index < 0) {
        keys.add(e);
        index = keys.size() - 1;
      }
      set.set(index);
    }
    return set;
  }

  /** {@code ((a))} is the key {@code a}: a set written {@code (a)} holds it. */
  private static Expr unwrapped(Expr e) {
    while (e instanceof dev.quern.engine.ast.ParenExpr p) {
      e = p.inner();
    }
    return e;
  }

  static int indexOf(List<Expr> keys, Expr written) {
    Expr e = unwrapped(written);
    String sql = normalize(e.toSql());
    for (int i = 0; i < keys.size(); i++) {
      if (keys.get(i).equals(e) || normalize(keys.get(i).toSql()).equals(sql)) {
        return i;
      }
    }
    return -1;
  }

  private static String normalize(String sql) {
    return sql.toLowerCase(Locale.ROOT).replace(" ", "");
  }
}
