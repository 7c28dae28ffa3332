package dev.quern.engine.exec.op;

import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.plan.AggregateCall;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hash aggregation: reads the whole input, groups by key, yields one row per group (keys then
 * aggregate results). Without keys it yields exactly one row, even for empty input.
 */
final class AggregateOperator implements Operator {
  private final Operator input;
  private final BoundExpr[] keys;
  // GROUP BY x COLLATE … or a column of its own collation groups under it.
  private final dev.quern.catalog.value.Collation[] collations;
  /** Grouping sets (null: one set of every key), see AggregateNode. */
  private final List<java.util.BitSet> sets;
  private final List<AggregateCall> calls;
  private final EvalContext ctx;
  private final Runnable cancelCheck;
  private final Runnable onNullEliminated;
  private Iterator<Map.Entry<GroupKey, Group>> groups;

  /**
   * One group's key values and accumulators; with grouping sets, its mask (bit i set: key i is not
   * in its set), else 0.
   */
  private record Group(Object[] keyValues, Accumulator[] accumulators, int mask) {
    Group(Object[] keyValues, Accumulator[] accumulators) {
      this(keyValues, accumulators, 0);
    }
  }

  AggregateOperator(
      Operator input, List<BoundExpr> keys, List<AggregateCall> calls, EvalContext ctx,
      Runnable cancelCheck, Runnable onNullEliminated) {
    this(input, keys, calls, null, ctx, cancelCheck, onNullEliminated);
  }

  AggregateOperator(
      Operator input, List<BoundExpr> keys, List<AggregateCall> calls, List<java.util.BitSet> sets,
      EvalContext ctx, Runnable cancelCheck, Runnable onNullEliminated) {
    this.input = input;
    this.sets = sets;
    this.keys = keys.toArray(BoundExpr[]::new);
    this.collations = new dev.quern.catalog.value.Collation[this.keys.length];
    for (int k = 0; k < this.keys.length; k++) {
      collations[k] = dev.quern.engine.expr.ExprCollations.carried(this.keys[k]);
    }
    this.calls = calls;
    this.ctx = ctx;
    this.cancelCheck = cancelCheck;
    this.onNullEliminated = onNullEliminated;
  }

  @Override
  public Object[] next() {
    if (groups == null) {
      groups = consume().entrySet().iterator();
    }
    if (!groups.hasNext()) {
      return null;
    }
    Group g = groups.next().getValue();
    int at = keys.length + (sets == null ? 0 : 1);
    Object[] out = new Object[at + calls.size()];
    System.arraycopy(g.keyValues(), 0, out, 0, keys.length);
    if (sets != null) {
      out[keys.length] = g.mask();
    }
    for (int i = 0; i < calls.size(); i++) {
      out[at + i] = g.accumulators()[i].result();
    }
    return out;
  }

  private Map<GroupKey, Group> consume() {
    if (sets != null) {
      return consumeSets();
    }
    return keys.length == 0 ? consumeWhole() : consumeGroups();
  }

  /**
   * Grouping sets: each row goes to one group per set, keyed by the set and the values of that
   * set's keys (the others NULL). The groups come out set by set, each set's in order of first
   * appearance; a set without keys has its row even when no row came.
   */
  private Map<GroupKey, Group> consumeSets() {
    List<Map<GroupKey, Group>> perSet = new ArrayList<>();
    int[] masks = new int[sets.size()];
    for (int s = 0; s < sets.size(); s++) {
      perSet.add(new LinkedHashMap<>());
      for (int k = 0; k < keys.length; k++) {
        masks[s] |= sets.get(s).get(k) ? 0 : 1 << k;
      }
    }
    Object[] row;
    long n = 0;
    Object[] keyValues = new Object[keys.length];
    while ((row = input.next()) != null) {
      ctx.row = row;
      evalKeys(keyValues);
      for (int s = 0; s < sets.size(); s++) {
        Object[] setValues = new Object[keys.length];
        for (int k = 0; k < keys.length; k++) {
          setValues[k] = (masks[s] & (1 << k)) == 0 ? keyValues[k] : null;
        }
        GroupKey key = new GroupKey(setValues, keys.length, collations);
        Group g = perSet.get(s).get(key);
        if (g == null) {
          g = new Group(setValues, newAccumulators(), masks[s]);
          perSet.get(s).put(key, g);
        }
        ctx.row = row;
        accumulate(g);
      }
      if ((++n & 1023) == 0) {
        cancelCheck.run();
      }
    }
    Map<GroupKey, Group> all = new LinkedHashMap<>();
    long index = 0;
    for (int s = 0; s < sets.size(); s++) {
      if (perSet.get(s).isEmpty() && sets.get(s).isEmpty()) {
        perSet.get(s).put(new GroupKey(new Object[0], 0), new Group(new Object[keys.length], newAccumulators(), masks[s]));
      }
      for (Group g : perSet.get(s).values()) {
        // Distinct map keys across sets: the position is enough, the grouping is done.
        all.put(new GroupKey(new Object[] {index++}, 1), g);
      }
    }
    if (all.values().stream().anyMatch(g -> anyNull(g.accumulators()))) {
      onNullEliminated.run();
    }
    return all;
  }

  /** No GROUP BY: one group, so no key to build and look up per row. */
  private Map<GroupKey, Group> consumeWhole() {
    Group g = new Group(new Object[0], newAccumulators());
    Object[] row;
    long n = 0;
    while ((row = input.next()) != null) {
      ctx.row = row;
      accumulate(g);
      if ((++n & 1023) == 0) {
        cancelCheck.run();
      }
    }
    if (anyNull(g.accumulators())) {
      onNullEliminated.run();
    }
    return Map.of(new GroupKey(g.keyValues(), 0), g);
  }

  private void accumulate(Group g) {
    for (int i = 0; i < calls.size(); i++) {
      AggregateCall call = calls.get(i);
      if (call.kind().takesMoreThanItsArgument()) {
        accumulateWithInputs(g.accumulators()[i], call); // kept apart: the common loop stays small
        continue;
      }
      BoundExpr arg = call.arg();
      g.accumulators()[i].add(arg == null ? null : arg.eval(ctx));
    }
  }

  /** STRING_AGG, the JSON aggregates and the percentiles: their separator, key or order values too. */
  private void accumulateWithInputs(Accumulator a, AggregateCall call) {
    BoundExpr arg = call.arg();
    if (call.kind().isPercentile()) {
      Object key = arg.eval(ctx);
      a.addKey(key, key == null ? null : call.separator().eval(ctx));
      return;
    }
    Object[] keys = new Object[call.order().size()];
    for (int k = 0; k < keys.length; k++) {
      keys[k] = call.order().get(k).expr().eval(ctx);
    }
    if (call.json() != null) {
      a.addJson(call.separator() == null ? null : call.separator().eval(ctx), arg.eval(ctx), keys);
    } else {
      a.addString(arg.eval(ctx), call.separator().eval(ctx), keys);
    }
  }

  private Map<GroupKey, Group> consumeGroups() {
    Map<GroupKey, Group> map = new LinkedHashMap<>();
    Object[] row;
    long n = 0;
    Object[] keyValues = new Object[keys.length];
    while ((row = input.next()) != null) {
      ctx.row = row;
      evalKeys(keyValues);
      GroupKey key = new GroupKey(keyValues, keys.length, collations);
      Group g = map.get(key);
      if (g == null) {
        g = new Group(keyValues.clone(), newAccumulators());
        map.put(key, g);
      }
      ctx.row = row;
      accumulate(g);
      if ((++n & 1023) == 0) {
        cancelCheck.run();
      }
    }
    if (map.values().stream().anyMatch(g -> anyNull(g.accumulators()))) {
      onNullEliminated.run();
    }
    return map;
  }

  /** The current row's key values, into {@code values}. */
  private void evalKeys(Object[] values) {
    for (int i = 0; i < keys.length; i++) {
      values[i] = keys[i].eval(ctx);
    }
  }

  private static boolean anyNull(Accumulator[] accs) {
    for (Accumulator a : accs) {
      if (a.sawNull) {
        return true;
      }
    }
    return false;
  }

  private Accumulator[] newAccumulators() {
    List<Accumulator> list = new ArrayList<>();
    for (AggregateCall c : calls) {
      list.add(new Accumulator(c));
    }
    return list.toArray(Accumulator[]::new);
  }
}
