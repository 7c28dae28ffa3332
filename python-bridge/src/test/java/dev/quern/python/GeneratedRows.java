package dev.quern.python;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.ext.spi.ExternalColumn;
import dev.quern.ext.spi.RowSource;
import java.util.List;

/** n rows of (int, float, nvarchar(20)) made on demand: the benchmark's shape, no memory held. */
final class GeneratedRows implements RowSource {
  static final List<ExternalColumn> COLUMNS =
      List.of(
          new ExternalColumn("i", SqlType.of(TypeId.INT)),
          new ExternalColumn("f", SqlType.of(TypeId.FLOAT)),
          new ExternalColumn("s", SqlType.ofLength(TypeId.NVARCHAR, 20)));

  private final int total;
  private int produced;

  GeneratedRows(int total) {
    this.total = total;
  }

  @Override
  public List<ExternalColumn> columns() {
    return COLUMNS;
  }

  @Override
  public int next(Object[][] batch) {
    int n = Math.min(batch.length, total - produced);
    for (int k = 0; k < n; k++) {
      int i = produced++;
      batch[k] = new Object[] {i, i * 0.5, "row-" + i};
    }
    return n;
  }
}
