package dev.quern.engine.showplan;

import dev.quern.engine.plan.MergePlan;
import dev.quern.engine.plan.PlanNode;
import dev.quern.engine.plan.TableScanNode;
import dev.quern.engine.store.ResolvedTable;

/**
 * MERGE as showplan operators: a Clustered Index Merge (Table Merge on a heap) naming each index it
 * maintains, over the join of the target's rows (read by a scan, or by a seek per source row) with
 * the source's. Quern reads both sides into lists before joining them; the plan shows the reads
 * that filled them in their place. In an actual plan the Merge's rows are the rows inserted,
 * updated and deleted, the read's the target rows it returned over all its executions.
 */
public final class MergeOperators {
  private MergeOperators() {}

  /** The plan of {@code plan}, with what it did when {@code actual} is set. */
  public static PlanOperator map(MergePlan plan, OperatorMapper mapper, ActualCounts.Merge actual) {
    int id = mapper.nextId();
    ResolvedTable target = plan.target();
    TableScanNode scan = DmlOperators.scanOf(target);
    PlanNode read = DmlOperators.seek(scan, plan.seek());
    if (actual != null) {
      mapper.actual(read, actual.read(), actual.reads());
    }
    mapper.showAs(plan.targetRows(), read);
    mapper.showAs(plan.sourceRows(), plan.source());
    PlanOperator input = mapper.map(plan.join(), mapper.nextId());
    XmlElement element = new XmlElement("Update").attr("DMLRequestSort", "0");
    String arg = DmlOperators.objects(mapper.tables().target(scan), target.table(),
        DmlOperators.maintained(target.table(), null), element);
    PlanOperator op = DmlOperators.change(mapper, id, target, "Merge", arg, element, input);
    return actual == null ? op : op.withActuals(actual.changed(), 1);
  }
}
