package dev.quern.catalog.meta;

import dev.quern.catalog.kv.KvTxn;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes statistics objects in the caller's transaction, as any DDL (a rolled-back UPDATE
 * STATISTICS leaves the old ones); reads come from {@link Metadata#statistics}. They go with their
 * table, with their index, and with a column they cover; a user-created statistics object whose
 * stats_id a new index takes (index ids are the highest plus one) moves to a free id.
 */
public final class CatalogStatistics {
  private final Catalog catalog;

  CatalogStatistics(Catalog catalog) {
    this.catalog = catalog;
  }

  /** Adds or replaces the statistics object of the same table and stats_id. */
  public void save(KvTxn txn, Statistics s) {
    txn.put(StatisticsCodec.key(s.objectId(), s.statsId()), StatisticsCodec.encode(s));
    catalog.stampWritten(txn);
  }

  public void drop(KvTxn txn, Statistics s) {
    txn.delete(StatisticsCodec.key(s.objectId(), s.statsId()));
    catalog.stampWritten(txn);
  }

  /** Deletes the statistics of a dropped table. */
  void dropObject(KvTxn txn, Metadata m, int objectId) {
    for (Statistics s : m.statistics(objectId)) {
      txn.delete(StatisticsCodec.key(objectId, s.statsId()));
    }
  }

  /**
   * Follows an ALTER of a table: an index's statistics go when the index does (or is replaced by
   * another of the same id but other name or keys); any statistics covering a dropped column go.
   */
  void alterTable(KvTxn txn, Metadata m, Table old, Table changed) {
    List<Statistics> all = m.statistics(old.id());
    if (all.isEmpty()) {
      return;
    }
    Set<Integer> columns = changed.columns().stream().map(Column::columnId).collect(Collectors.toSet());
    Map<Integer, Index> indexes = new HashMap<>();
    changed.indexes().forEach(i -> indexes.put(i.indexId(), i));
    int free = Math.max(
        changed.indexes().stream().mapToInt(Index::indexId).max().orElse(0),
        all.stream().mapToInt(Statistics::statsId).max().orElse(0)) + 1;
    for (Statistics s : all) {
      Index now = indexes.get(s.statsId());
      boolean gone = !columns.containsAll(s.columnIds())
          || !s.userCreated() && (now == null || !sameIndex(indexById(old, s.statsId()), now));
      if (gone) {
        txn.delete(StatisticsCodec.key(s.objectId(), s.statsId()));
      } else if (s.userCreated() && now != null) {
        txn.delete(StatisticsCodec.key(s.objectId(), s.statsId()));
        txn.put(StatisticsCodec.key(s.objectId(), free), StatisticsCodec.encode(s.withStatsId(free)));
        free++;
      }
    }
  }

  private static Index indexById(Table t, int id) {
    return t.indexes().stream().filter(i -> i.indexId() == id).findFirst().orElse(null);
  }

  /** The same index, perhaps renamed or rebuilt: same keys and filter. */
  private static boolean sameIndex(Index before, Index after) {
    return before != null && before.keys().equals(after.keys())
        && java.util.Objects.equals(before.filter(), after.filter());
  }
}
