package dev.quern.engine.plan.rules;

import dev.quern.catalog.meta.Index;
import dev.quern.engine.plan.FilterNode;
import dev.quern.engine.plan.IndexSeekNode;
import dev.quern.engine.plan.PlanNode;
import dev.quern.engine.plan.TableScanNode;
import java.util.List;

/**
 * Project or Aggregate over Filter?(TableScan) of a table with a nonclustered columnstore index
 * that holds every column the query reads reads that index's entries instead of the rows, as
 * SQL Server's optimizer scans the columnstore for such analytic queries ("Columnstore indexes:
 * overview", real-time operational analytics). Only an enabled, unfiltered columnstore (a filtered
 * one lacks rows), and only for a table whose access no hint forces or locks. The entries are
 * Quern's rows of the columnstore's columns; the showplan names the index with Storage ColumnStore.
 */
final class ColumnstoreScanRule implements Rule {
  private static final Rule COVERING = new CoveringReadRule();

  @Override
  public PlanNode apply(PlanNode node) {
    if (ReadingNodes.exprsRead(node) == null) {
      return node;
    }
    PlanNode input = ReadingNodes.input(node);
    FilterNode filter = input instanceof FilterNode f ? f : null;
    if (!((filter != null ? filter.input() : input) instanceof TableScanNode scan)
        || scan.access() != null || !scan.locks().isNone()) {
      return node;
    }
    Index columnstore = columnstore(scan.table().indexes());
    if (columnstore == null) {
      return node;
    }
    PlanNode entries = new IndexSeekNode(scan, columnstore, List.of(), null, null, false);
    PlanNode candidate = ReadingNodes.withInput(node,
        filter == null ? entries : new FilterNode(entries, filter.predicate()));
    PlanNode covered = COVERING.apply(candidate);
    // Only when the entries alone answer the query: a lookup per row would read the rows anyway.
    return covered == candidate ? node : covered;
  }

  private static Index columnstore(List<Index> indexes) {
    return indexes.stream()
        .filter(i -> i.columnstore() && !i.holdsRows() && !i.disabled() && i.filter() == null)
        .findFirst().orElse(null);
  }
}
