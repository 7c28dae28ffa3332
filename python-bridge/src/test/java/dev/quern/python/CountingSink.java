package dev.quern.python;

import dev.quern.ext.spi.ExternalColumn;
import dev.quern.ext.spi.ExternalScriptSink;
import java.util.List;

/** Counts output rows and checks a running checksum without keeping them. */
final class CountingSink implements ExternalScriptSink {
  List<ExternalColumn> columns;
  long rows;
  long sumOfFirstColumn;

  @Override
  public void onResultSet(List<ExternalColumn> columns) {
    this.columns = columns;
  }

  @Override
  public void onRows(Object[][] batch, int count) {
    for (int i = 0; i < count; i++) {
      sumOfFirstColumn += ((Number) batch[i][0]).longValue();
    }
    rows += count;
  }
}
