package dev.quern.engine.proc.external;

import dev.quern.catalog.value.RowBatch;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.ResultSink;
import dev.quern.ext.spi.ExternalColumn;
import dev.quern.ext.spi.ExternalScriptSink;
import java.util.List;
import java.util.Map;

/**
 * Turns what a runtime sends into what the client sees: the output DataFrame as one result set
 * with unnamed, nullable columns (the DataFrame's names are not returned, ml-services.md §1.4; WITH
 * RESULT SETS names them), OUTPUT values to the caller's arguments, and the captured output kept
 * until the call is over so it follows the rows.
 */
final class ScriptResultSink implements ExternalScriptSink {
  private final ResultSink out;
  private final ScriptArguments arguments;
  private boolean resultSet;
  private long rows;
  private String stdout = "";
  private String stderr = "";

  ScriptResultSink(ResultSink out, ScriptArguments arguments) {
    this.out = out;
    this.arguments = arguments;
  }

  @Override
  public void onResultSet(List<ExternalColumn> columns) {
    resultSet = true;
    out.columns(columns.stream().map(c -> new ResultColumn("", c.type(), true)).toList());
  }

  @Override
  public void onRows(Object[][] batch, int count) {
    for (int i = 0; i < count; i++) {
      out.row(batch[i]);
    }
    rows += count;
  }

  @Override
  public void onBatch(RowBatch batch) {
    out.rows(batch);
    rows += batch.rowCount();
  }

  @Override
  public void onOutputParameters(Map<String, Object> values) {
    arguments.setOutputs(values);
  }

  @Override
  public void onStdout(String text) {
    stdout = text;
  }

  @Override
  public void onStderr(String text) {
    stderr = text;
  }

  /** Ends the result set (if the script produced one), then sends STDERR and STDOUT. */
  void finish(boolean noCount) {
    if (resultSet) {
      out.done(noCount ? -1 : rows, true);
    }
    ScriptOutputMessages.send(out, stdout, stderr);
  }
}
