package dev.quern.python;

import dev.quern.ext.spi.ExternalColumn;
import dev.quern.ext.spi.ExternalScriptSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Keeps everything a call produced (small outputs only). */
final class CollectingSink implements ExternalScriptSink {
  List<ExternalColumn> columns;
  final List<Object[]> rows = new ArrayList<>();
  Map<String, Object> outputParameters;
  String stdout = "";
  String stderr = "";

  @Override
  public void onResultSet(List<ExternalColumn> columns) {
    this.columns = columns;
  }

  @Override
  public void onRows(Object[][] batch, int count) {
    for (int i = 0; i < count; i++) {
      rows.add(batch[i]);
    }
  }

  @Override
  public void onOutputParameters(Map<String, Object> values) {
    outputParameters = values;
  }

  @Override
  public void onStdout(String text) {
    stdout = text;
  }

  @Override
  public void onStderr(String text) {
    stderr = text;
  }
}
