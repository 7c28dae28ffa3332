package dev.quern.engine.exec;

import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.ast.TableMaintenanceStatement;
import dev.quern.engine.error.ColumnstoreErrors;
import java.util.List;
import java.util.Set;

/**
 * ALTER INDEX's checks that tell columnstore and rowstore indexes apart ("ALTER INDEX"): REBUILD of
 * a columnstore takes only MAXDOP, ONLINE, DATA_COMPRESSION = COLUMNSTORE | COLUMNSTORE_ARCHIVE and
 * COMPRESSION_DELAY (35328, 35327); a rowstore index takes neither columnstore compression (35329)
 * nor COMPRESSION_DELAY (35364), nor REORGANIZE's COMPRESS_ALL_ROW_GROUPS (35375). ALL checks every
 * index it would change.
 */
final class ColumnstoreMaintenance {
  /** The options a columnstore's REBUILD (or SET) accepts. */
  private static final Set<String> COLUMNSTORE_OPTIONS = Set.of("DATA_COMPRESSION", "COMPRESSION_DELAY");

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
          throw ColumnstoreErrors.REBUILD_OPTION_NOT_ALLOWED.raise(option, option);
        }
        if (option.equals("DATA_COMPRESSION") && !columnstoreValue) {
          String setting = option + " = " + e.getValue();
          throw ColumnstoreErrors.REBUILD_SETTING_NOT_ALLOWED.raise(setting, setting);
        }
      } else if (option.equals("COMPRESSION_DELAY")) {
        throw ColumnstoreErrors.COMPRESSION_DELAY_ROWSTORE.raise();
      } else if (option.equals("DATA_COMPRESSION") && columnstoreValue) {
        String setting = option + " = " + e.getValue();
        throw ColumnstoreErrors.ROWSTORE_SETTING.raise(setting, setting);
      }
    }
  }

  /** The index named, or for ALL every index (a heap is none). */
  private static List<Index> targets(Table table, String index) {
    return index == null ? table.indexes().stream().filter(i -> i.name() != null).toList()
        : table.index(index).stream().toList();
  }
}
