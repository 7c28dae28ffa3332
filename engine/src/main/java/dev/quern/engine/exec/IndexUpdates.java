package dev.quern.engine.exec;

import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.stats.IndexUsage;
import dev.quern.engine.store.ResolvedTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Counts a DML statement's updates of a table's indexes (sys.dm_db_index_usage_stats.user_updates),
 * once per statement as SQL Server does: INSERT and DELETE maintain every index; UPDATE the rows'
 * index and the indexes that hold an assigned column (as a key or an included column); and the
 * rows it changed in each of them (sys.dm_db_index_operational_stats), added once after the write. The
 * reads by which an UPDATE or DELETE finds its rows count as seeks, scans and lookups.
 */
final class IndexUpdates {
  private IndexUpdates() {}

  /**
   * {@code write} (one statement's writes to {@code t}, returning the rows it changed) with its
   * counts: an update of each index it maintains (user_updates), then the rows it changed in each
   * (sys.dm_db_index_operational_stats' leaf_insert/delete/update_count; an UPDATE's rows count as
   * updates in every index it maintains).
   */
  static java.util.function.LongSupplier counting(SessionState state, ResolvedTable t, String event,
      Set<String> assigned, java.util.function.LongSupplier write) {
    IndexUsage.Leaf leaf = switch (event) {
      case "INSERT" -> IndexUsage.Leaf.INSERT;
      case "DELETE" -> IndexUsage.Leaf.DELETE;
      default -> IndexUsage.Leaf.UPDATE;
    };
    return () -> {
      IndexUsage usage = state.server().indexUsage();
      Table table = t.table();
      int db = t.database().id();
      List<IndexUsage.Counters> maintained = new ArrayList<>(table.indexes().size());
      for (Index ix : table.indexes()) {
        if (!ix.disabled() // not maintained, so not counted
            && (ix.holdsRows() || leaf != IndexUsage.Leaf.UPDATE || holdsAny(table, ix, assigned))) {
          maintained.add(usage.used(db, table.id(), ix.indexId(), IndexUsage.Use.UPDATE));
        }
      }
      long n = write.getAsLong();
      for (IndexUsage.Counters c : maintained) {
        IndexUsage.rows(c, leaf, n);
      }
      return n;
    };
  }

  /**
   * Counts how an UPDATE or DELETE finds its rows: a seek of {@code seekIndex} (and a lookup of
   * the rows' index when that is a nonclustered one), or a scan of the rows when it is null.
   */
  static void targetRead(SessionState state, ResolvedTable t, Index seekIndex) {
    IndexUsage usage = state.server().indexUsage();
    Table table = t.table();
    int db = t.database().id();
    int rows = table.rowIndex().indexId();
    if (seekIndex == null) {
      usage.used(db, table.id(), rows, IndexUsage.Use.SCAN);
      return;
    }
    usage.used(db, table.id(), seekIndex.indexId(), IndexUsage.Use.SEEK);
    if (!seekIndex.holdsRows()) {
      usage.used(db, table.id(), rows, IndexUsage.Use.LOOKUP);
    }
  }

  private static boolean holdsAny(Table table, Index ix, Set<String> assigned) {
    for (var k : ix.keys()) {
      if (assigned.contains(table.columnById(k.columnId()).name().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    for (int c : ix.includes()) {
      if (assigned.contains(table.columnById(c).name().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
