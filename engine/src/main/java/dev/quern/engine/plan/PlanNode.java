package dev.quern.engine.plan;

import dev.quern.engine.api.ResultColumn;
import java.util.List;

/**
 * A node of a query plan: data only (the executor builds operators from it). Each node knows
 * the columns it produces and prints itself, with its inputs, as an indented tree.
 */
public sealed interface PlanNode
    permits ConstantScanNode,
        GenerateSeriesNode,
        SqlTextNode,
        QueryPlanNode,
        InputBufferNode,
        BulkFileNode,
        BulkRowsetNode,
        IndexPhysicalStatsNode,
        StatsFunctionNode,
        MyPermissionsNode,
        ChangeTableNode,
        FullTextTableNode,
        DescribeFirstResultSetNode,
        ExtendedPropertyListNode,
        SystemFunctionNode,
        ApplyNode,
        SystemViewNode,
        TableScanNode,
        IndexSeekNode,
        JoinNode,
        HashJoinNode,
        SemiJoinNode,
        IndexSpoolNode,
        SeekListNode,
        ValuesNode,
        SetOperationNode,
        FilterNode,
        ProjectNode,
        AggregateNode,
        SortNode,
        DistinctNode,
        TopNode,
        OffsetFetchNode,
        RecursiveCteNode,
        WorkTableScanNode,
        WindowNode,
        ForJsonNode,
        ForXmlNode,
        OpenJsonNode,
        StringSplitNode,
        RegexpTableNode,
        TableFunctionNode,
        RowListNode {
  /** The columns of the rows this node produces. */
  List<ResultColumn> columns();

  /** The inputs of this node (empty for leaves). */
  List<PlanNode> inputs();

  /** One line describing this node, without its inputs. */
  String describe();

  /** The whole subtree, one node per line, children indented by two spaces. */
  default String explain() {
    StringBuilder sb = new StringBuilder();
    explain(this, 0, sb);
    return sb.toString();
  }

  private static void explain(PlanNode node, int depth, StringBuilder sb) {
    sb.append("  ".repeat(depth)).append(node.describe()).append('\n');
    for (PlanNode in : node.inputs()) {
      explain(in, depth + 1, sb);
    }
  }
}
