package dev.quern.engine.exec;

import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.ast.TableMaintenanceStatement;
import dev.quern.engine.error.ColumnstoreErrors;
import java.util.List;
import java.util.Set;

/**
 * ALTER INDEX's checks that tell columnstore and rowstore indexes apart ("ALTER INDEX"): REBUILD (and
 * SET) of a columnstore takes only MAXDOP, ONLINE, DATA_COMPRESSION = COLUMNSTORE | COLUMNSTORE_ARCHIVE
 * (10799 for another) and COMPRESSION_DELAY (35327 for a rowstore option, 35328 for a locking one); a
 * rowstore index takes neither columnstore compression (10798) nor COMPRESSION_DELAY (35364), nor
 * REORGANIZE's COMPRESS_ALL_ROW_GROUPS (35375). ALL checks every index it would change.
 */
final class ColumnstoreMaintenance {
  /** The options a columnstore's REBUILD (or SET) accepts. */
  private static final Set<String> COLUMNSTORE_OPTIONS = Set.of("DATA_COMPRESSION", "COMPRESSION_DELAY");
  /** The rowstore options refused with 35327; the others (locking options) are 35328. */
  private static final Set<String> ROWSTORE_ONLY = Set.of(
      "FILLFACTOR", "PAD_INDEX", "IGNORE_DUP_KEY", "SORT_IN_TEMPDB", "STATISTICS_NORECOMPUTE", "STATISTICS_INCREMENTAL");

  private ColumnstoreMaintenance() {}

  static void check(Table table, TableMaintenanceStatement s) {
    for (Index i : targets(table, s.index())) {
      switch (s.kind()) {
        case REBUILD, SET -> checkOptions(i, s);
        case REORGANIZE -> {
          if (s.value() != null && !i.columnstore()) {
            throw ColumnstoreErrors.COMPRESS_ALL_ROW_GROUPS_ROWSTORE.raise();
          }
        }
        default -> { }
      }
    }
  }

  private static void checkOptions(Index i, TableMaintenanceStatement s) {
    for (var e : s.options().values().entrySet()) {
      String option = e.getKey();
      boolean columnstoreValue = e.getValue().startsWith("COLUMNSTORE");
      if (i.columnstore()) {
        if (!COLUMNSTORE_OPTIONS.contains(option)) {
          throw (ROWSTORE_ONLY.contains(option) ? ColumnstoreErrors.REBUILD_SETTING_NOT_ALLOWED
              : ColumnstoreErrors.REBUILD_OPTION_NOT_ALLOWED).raise(option, option);
        }
        if (option.equals("DATA_COMPRESSION") && !columnstoreValue) {
          throw ColumnstoreErrors.ROWSTORE_COMPRESSION_REBUILD.raise();
        }
      } else if (option.equals("COMPRESSION_DELAY")) {
        throw ColumnstoreErrors.COMPRESSION_DELAY_ROWSTORE.raise();
      } else if (option.equals("DATA_COMPRESSION") && columnstoreValue) {
        throw ColumnstoreErrors.COLUMNSTORE_COMPRESSION.raise();
      }
    }
  }

  /** The index named, or for ALL every index (a heap is none). */
  private static List<Index> targets(Table table, String index) {
    return index == null ? table.indexes().stream().filter(i -> i.name() != null).toList()
        : table.index(index).stream().toList();
  }
}
