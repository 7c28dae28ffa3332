package dev.quern.engine.showplan;

import dev.quern.catalog.type.SqlType;
import dev.quern.engine.api.ResultColumn;
import java.util.List;

/**
 * The estimates a showplan carries. Quern's planner has no cost model, so these are computed for
 * the plan shown, from the table's row count, with SQL Server's well-known unit costs for the
 * access operators (a first page read 0.003125, each further page 0.000740741, a first row of CPU
 * 0.0001581, each further row 0.0000011) and fixed guesses where statistics would decide: 30% of
 * the rows pass a filter or a range seek, an equality seek on a non-unique key returns rows^0.75
 * (SQL Server's guess without a histogram), one of a unique key returns 1.
 */
final class Estimates {
  static final double PAGE_BYTES = 8060;
  static final double FIRST_PAGE_IO = 0.003125;
  static final double NEXT_PAGE_IO = 0.000740741;
  static final double FIRST_ROW_CPU = 0.0001581;
  static final double NEXT_ROW_CPU = 0.0000011;
  static final double FILTER_SELECTIVITY = 0.3;

  private Estimates() {}

  /** I/O of reading {@code rows} rows of {@code rowSize} bytes from an index. */
  static double readIo(double rows, int rowSize) {
    double pages = Math.max(1, Math.ceil(rows * rowSize / PAGE_BYTES));
    return FIRST_PAGE_IO + NEXT_PAGE_IO * (pages - 1);
  }

  /** CPU of producing {@code rows} rows from an index. */
  static double readCpu(double rows) {
    return FIRST_ROW_CPU + NEXT_ROW_CPU * Math.max(0, rows - 1);
  }

  /** CPU of an operator that touches each of {@code rows} rows once at {@code perRow}. */
  static double perRow(double rows, double perRow) {
    return perRow * Math.max(1, rows);
  }

  /** CPU of sorting {@code rows} rows (n log n comparisons). */
  static double sortCpu(double rows) {
    double n = Math.max(2, rows);
    return 0.000100 + 0.0000011 * n * (Math.log(n) / Math.log(2));
  }

  /** SQL Server's AvgRowSize: a row header of 7 bytes plus each column's estimated width. */
  static int avgRowSize(List<ResultColumn> columns) {
    int size = 7;
    for (ResultColumn c : columns) {
      size += width(c.type());
    }
    return size;
  }

  private static int width(SqlType t) {
    if (t == null) {
      return 8;
    }
    int max = dev.quern.engine.sys.MaxLength.of(t);
    if (max < 0) {
      return 4035; // a (max) or xml column: SQL Server's estimate of its in-row part
    }
    return switch (t.id()) {
      case VARCHAR, NVARCHAR, VARBINARY -> Math.max(1, max / 2);
      default -> max;
    };
  }

  /** Rounds a row estimate as SQL Server shows it (no fewer than one row). */
  static double rows(double rows) {
    return Math.max(1, rows);
  }
}
