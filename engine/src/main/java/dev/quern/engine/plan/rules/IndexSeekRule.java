package dev.quern.engine.plan.rules;

import dev.quern.engine.plan.FilterNode;
import dev.quern.engine.plan.IndexSeekNode;
import dev.quern.engine.plan.PlanNode;
import dev.quern.engine.plan.TableScanNode;

/**
 * Filter(TableScan) with equalities on an index's leading key columns (and a range on the next)
 * becomes Filter(IndexSeek): the filter stays, so the seek only has to return a superset.
 */
final class IndexSeekRule implements Rule {
  @Override
  public PlanNode apply(PlanNode node) {
    if (node instanceof FilterNode f && f.input() instanceof TableScanNode scan) {
      return KeySeek.find(f.predicate(), scan.table())
          .<PlanNode>map(
              s ->
                  new FilterNode(
                      new IndexSeekNode(scan, s.index(), s.keys(), s.low(), s.high(), false), f.predicate()))
          .orElse(node);
    }
    return node;
  }
}
