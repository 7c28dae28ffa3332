package dev.quern.python;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.ext.spi.ExternalColumn;
import dev.quern.ext.spi.ExternalScriptSink;
import dev.quern.python.arrow.ArrowRowBatch;
import dev.quern.python.arrow.BatchDecoder;
import java.math.BigDecimal;
import java.util.List;

/**
 * Delivers output chunks to the sink: the result set's columns once (from the first chunk), then
 * rows. Later chunks (streaming, partitions) are appended under the first chunk's columns; a chunk
 * with another column count is an error, numeric values are converted to the first chunk's types.
 */
final class OutputReceiver {
  private final ExternalScriptSink sink;
  private List<ExternalColumn> columns;
  private long rows;

  OutputReceiver(ExternalScriptSink sink) {
    this.sink = sink;
  }

  long rows() {
    return rows;
  }

  /** Returns null when accepted, else why the chunk cannot be appended. */
  String accept(org.apache.arrow.vector.VectorSchemaRoot root) {
    List<ExternalColumn> these = BatchDecoder.columns(root);
    if (columns == null) {
      columns = these;
      sink.onResultSet(columns);
    } else if (these.size() != columns.size()) {
      return "The output of a later chunk or partition has " + these.size() + " column(s), the first had " + columns.size() + ".";
    }
    if (these.equals(columns)) {
      // The usual case: the columns as the satellite wrote them, read in place.
      rows += root.getRowCount();
      if (root.getRowCount() > 0) {
        sink.onBatch(new ArrowRowBatch(root, these));
      }
      return null;
    }
    Object[][] batch = BatchDecoder.rows(root, these);
    coerce(batch, these);
    rows += batch.length;
    if (batch.length > 0) {
      sink.onRows(batch, batch.length);
    }
    return null;
  }

  private void coerce(Object[][] batch, List<ExternalColumn> these) {
    for (int c = 0; c < columns.size(); c++) {
      SqlType want = columns.get(c).type();
      if (want.equals(these.get(c).type())) {
        continue;
      }
      for (Object[] row : batch) {
        row[c] = convert(row[c], want.id());
      }
    }
  }

  private static Object convert(Object v, TypeId to) {
    if (!(v instanceof Number n)) {
      return v;
    }
    return switch (to) {
      case TINYINT, SMALLINT, INT -> n.intValue();
      case BIGINT -> n.longValue();
      case REAL -> n.floatValue();
      case FLOAT -> n.doubleValue();
      case DECIMAL, NUMERIC, MONEY, SMALLMONEY -> n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
      case BIT -> n.doubleValue() != 0;
      default -> v.toString();
    };
  }
}
