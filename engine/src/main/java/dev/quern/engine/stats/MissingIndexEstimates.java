package dev.quern.engine.stats;

/**
 * The cost and impact estimates of a missing index, as sys.dm_db_missing_index_group_stats
 * (avg_total_user_cost, avg_user_impact) and a showplan's MissingIndexGroup (Impact) report them.
 * Quern's planner has no cost model, so they are computed from the table's row count with the unit
 * costs of SQL Server's showplan (a first page read 0.003125, each further page 0.000740741, a first
 * row of CPU 0.0001581, each further row 0.0000011): the cost is that of the read the query did (a
 * scan, or a seek on the columns an existing index has), the impact the percentage of it a seek of
 * the missing index would save, where each equality column keeps rows^0.75 of the rows and the
 * inequality columns 30% (SQL Server's guesses without a histogram).
 */
public final class MissingIndexEstimates {
  private static final double FIRST_PAGE_IO = 0.003125;
  private static final double NEXT_PAGE_IO = 0.000740741;
  private static final double FIRST_ROW_CPU = 0.0001581;
  private static final double NEXT_ROW_CPU = 0.0000011;
  private static final double PAGE_BYTES = 8060;
  private static final int ROW_BYTES = 64; // a typical row, for the page count: row sizes are not kept
  private static final double RANGE_SELECTIVITY = 0.3;

  private MissingIndexEstimates() {}

  /** The cost of the read done: a scan of {@code rows} rows, or a seek on {@code seekKeys} equalities (and a range). */
  public static double cost(long rows, int seekKeys, boolean ranged) {
    return read(seekRows(Math.max(1, rows), seekKeys, ranged ? 1 : 0));
  }

  /** The percentage of {@link #cost} a seek on every equality and inequality column would save (2 decimals). */
  public static double impact(long rows, int seekKeys, boolean ranged, int equalities, int inequalities) {
    double now = cost(rows, seekKeys, ranged);
    double after = read(seekRows(Math.max(1, rows), equalities, inequalities == 0 ? 0 : 1));
    double impact = Math.max(0, Math.min(99.99, (1 - after / now) * 100));
    return Math.round(impact * 100) / 100.0;
  }

  private static double seekRows(double n, int equalities, int ranges) {
    double rows = n;
    for (int i = 0; i < equalities; i++) {
      rows = Math.pow(rows, 0.75);
    }
    return rows * Math.pow(RANGE_SELECTIVITY, ranges);
  }

  private static double read(double rows) {
    double pages = Math.max(1, Math.ceil(rows * ROW_BYTES / PAGE_BYTES));
    return FIRST_PAGE_IO + NEXT_PAGE_IO * (pages - 1) + FIRST_ROW_CPU + NEXT_ROW_CPU * Math.max(0, rows - 1);
  }
}
