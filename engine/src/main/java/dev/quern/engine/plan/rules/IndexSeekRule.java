package dev.quern.engine.plan.rules;

import dev.quern.engine.plan.FilterNode;
import dev.quern.engine.plan.ForcedAccess;
import dev.quern.engine.plan.IndexSeekNode;
import dev.quern.engine.plan.PlanNode;
import dev.quern.engine.plan.TableScanNode;

/**
 * Filter(TableScan) with equalities on an index's leading key columns (and a range on the next)
 * becomes Filter(IndexSeek), or failing that an IN list on a leading key column Filter(SeekList)
 * ({@link InListSeek}): the filter stays, so the seek only has to return a superset. A table
 * whose hints force its access seeks only the indexes they allow (none under FORCESCAN or
 * INDEX(0)), FORCESEEK (index (columns)) only with at least those columns; a hinted index that no
 * predicate seeks stays the scan of it {@link ForcedIndexRule} made.
 */
final class IndexSeekRule implements Rule {
  @Override
  public PlanNode apply(PlanNode node) {
    if (node instanceof FilterNode f && scanned(f.input()) instanceof TableScanNode scan) {
      ForcedAccess forced = scan.access();
      var candidates = forced == null ? scan.table().indexes() : forced.seekable(scan.table());
      return KeySeek.find(f.predicate(), scan.table(), candidates)
          .filter(s -> forced == null || s.keys().size() + (s.low() != null || s.high() != null ? 1 : 0) >= forced.seekColumns())
          .<PlanNode>map(
              s ->
                  new FilterNode(
                      new IndexSeekNode(scan, s.index(), s.keys(), s.low(), s.high(), false), f.predicate()))
          .or(() -> InListSeek.find(f.predicate(), scan, candidates)
              .filter(s -> forced == null || forced.seekColumns() <= 1)
              .map(s -> new FilterNode(s, f.predicate())))
          .orElse(node);
    }
    return node;
  }

  /** The table a read scans whole: a plain scan, or the scan of a hinted index (no keys, no range). */
  private static TableScanNode scanned(PlanNode input) {
    return switch (input) {
      case TableScanNode t -> t;
      case IndexSeekNode s when s.table().access() != null && s.keys().isEmpty() && !s.ranged() && !s.covering() -> s.table();
      default -> null;
    };
  }
}
