package dev.quern.engine.plan;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.ast.BulkInsertOptions;
import dev.quern.engine.bulk.BulkFormat;
import java.util.List;

/**
 * OPENROWSET(BULK 'file', FORMATFILE = 'path', …): the data file's records as rows, one column per
 * COLUMN of the format file (XML) or per field with a server column (non-XML), named and typed as
 * the format file says; the format file is read when the query is bound.
 */
public record BulkRowsetNode(String file, BulkInsertOptions options, BulkFormat format) implements PlanNode {
  @Override
  public List<ResultColumn> columns() {
    return targets().stream().map(t -> new ResultColumn(t.name(), t.type(), true)).toList();
  }

  /** The rowset's columns in order: by server column number (XML: the order of ROW's COLUMNs). */
  public List<BulkFormat.Target> targets() {
    return format.targets().stream().sorted(java.util.Comparator.comparingInt(BulkFormat.Target::column)).toList();
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of();
  }

  @Override
  public String describe() {
    return "BulkRowset(" + file + ")";
  }
}
