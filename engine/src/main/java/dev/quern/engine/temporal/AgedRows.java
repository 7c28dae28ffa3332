package dev.quern.engine.temporal;

import dev.quern.catalog.meta.IndexColumn;
import dev.quern.catalog.meta.KeyRange;
import dev.quern.catalog.meta.RowCursor;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.meta.TableStore;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The history rows a HISTORY_RETENTION_PERIOD has aged: those whose period ended before now less
 * the retention ("end &lt; DATEADD(unit, -n, SYSUTCDATETIME())", SQL Server's condition), and
 * their deletion, shared by the background cleanup and sys.sp_cleanup_temporal_history.
 */
public final class AgedRows {
  private AgedRows() {}

  /** The moment before which a period's end makes a history row aged: now less "n UNITS"; none for INFINITE. */
  public static Optional<LocalDateTime> cutoff(String retention, LocalDateTime now) {
    if (retention == null || retention.equals("INFINITE")) {
      return Optional.empty();
    }
    String[] parts = retention.split(" ");
    long n = Long.parseLong(parts[0]);
    return Optional.of(switch (parts[1]) {
      case "DAYS" -> now.minusDays(n);
      case "WEEKS" -> now.minusWeeks(n);
      case "MONTHS" -> now.minusMonths(n);
      default -> now.minusYears(n);
    });
  }

  /**
   * Deletes at most {@code limit} aged rows of {@code history} (opened for write as {@code rows};
   * {@code end}: the period end's position) and returns how many. A history table clustered on its
   * period end, as SQL Server and Quern create it, has its aged rows first: the scan stops at the
   * first row that is not.
   */
  public static int delete(TableStore rows, Table history, int end, LocalDateTime cutoff, long limit) {
    List<IndexColumn> keys = history.rowIndex().keys();
    boolean endFirst = !keys.isEmpty() && history.position(keys.getFirst().columnId()) == end
        && !keys.getFirst().descending();
    List<byte[]> aged = new ArrayList<>();
    try (RowCursor c = rows.scan(KeyRange.ALL, false)) {
      while (aged.size() < limit && c.next()) {
        if (c.row()[end] instanceof LocalDateTime ended && ended.isBefore(cutoff)) {
          aged.add(c.locator());
        } else if (endFirst) {
          break;
        }
      }
    }
    aged.forEach(rows::delete);
    return aged.size();
  }
}
