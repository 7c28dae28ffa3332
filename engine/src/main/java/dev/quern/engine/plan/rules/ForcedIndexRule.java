package dev.quern.engine.plan.rules;

import dev.quern.catalog.meta.Index;
import dev.quern.engine.plan.IndexSeekNode;
import dev.quern.engine.plan.PlanNode;
import dev.quern.engine.plan.TableScanNode;
import java.util.List;

/**
 * A table whose INDEX hint names a nonclustered index is read through that index even without a
 * predicate to seek: a full scan of the index in its order, a key lookup per entry for the other
 * columns (as SQL Server's plan for {@code WITH (INDEX(ix))} does). A hint naming the clustered
 * index, INDEX(0) or none leaves the scan of the rows. {@link IndexSeekRule} may still turn the
 * index scan into a seek of it.
 */
final class ForcedIndexRule implements Rule {
  @Override
  public PlanNode apply(PlanNode node) {
    if (node instanceof TableScanNode scan && scan.access() != null) {
      Index index = scan.access().scannedIndex();
      if (index != null) {
        return new IndexSeekNode(scan, index, List.of(), null, null, false);
      }
    }
    return node;
  }
}
