package dev.quern.catalog.meta;

import dev.quern.catalog.kv.KvTxn;

/**
 * Writes partition functions, partition schemes and which indexes they partition, in the caller's
 * transaction as any DDL (a rolled-back CREATE PARTITION FUNCTION leaves nothing). Reads come from
 * {@link Metadata#partitions}. The caller has checked names and dependencies (the engine raises
 * SQL Server's errors); ids are SQL Server's first ones onwards, one past the highest in use.
 */
public final class CatalogPartitions {
  private final Catalog catalog;

  CatalogPartitions(Catalog catalog) {
    this.catalog = catalog;
  }

  /** The function_id a new function of the database gets. */
  public int nextFunctionId(Metadata m, int databaseId) {
    return m.partitions().functions(databaseId).stream().mapToInt(PartitionFunction::functionId)
        .max().orElse(PartitionFunction.FIRST_ID - 1) + 1;
  }

  /** The data_space_id a new scheme of the database gets. */
  public int nextSchemeId(Metadata m, int databaseId) {
    return m.partitions().schemes(databaseId).stream().mapToInt(PartitionScheme::dataSpaceId)
        .max().orElse(PartitionScheme.FIRST_ID - 1) + 1;
  }

  /** Stores a new or changed function. */
  public void save(KvTxn txn, PartitionFunction f) {
    txn.put(PartitionCodec.functionKey(f.databaseId(), f.functionId()), PartitionCodec.encode(f));
    catalog.stampWritten(txn);
  }

  /** Stores a new or changed scheme. */
  public void save(KvTxn txn, PartitionScheme s) {
    txn.put(PartitionCodec.schemeKey(s.databaseId(), s.dataSpaceId()), PartitionCodec.encode(s));
    catalog.stampWritten(txn);
  }

  public void drop(KvTxn txn, PartitionFunction f) {
    txn.delete(PartitionCodec.functionKey(f.databaseId(), f.functionId()));
    catalog.stampWritten(txn);
  }

  public void drop(KvTxn txn, PartitionScheme s) {
    txn.delete(PartitionCodec.schemeKey(s.databaseId(), s.dataSpaceId()));
    catalog.stampWritten(txn);
  }

  /**
   * Records index {@code indexId} of table {@code tableId} as partitioned by {@code placement}, or
   * (null) as on PRIMARY: written for every index a statement creates, so an index id used again
   * never inherits a dropped index's placement.
   */
  public void place(KvTxn txn, int tableId, int indexId, TablePartitioning.Placement placement) {
    TablePartitioning current = catalog.metadata(txn).partitions().table(tableId)
        .orElse(new TablePartitioning(tableId, java.util.List.of()));
    TablePartitioning changed = current.with(indexId, placement);
    if (changed.equals(current)) {
      return;
    }
    if (changed.placements().isEmpty()) {
      txn.delete(TablePartitioning.key(tableId));
    } else {
      txn.put(TablePartitioning.key(tableId), TablePartitioning.encode(changed));
    }
    catalog.stampWritten(txn);
  }

  /** Forgets a dropped table's placements (part of DROP TABLE). */
  void dropTable(KvTxn txn, int tableId) {
    txn.delete(TablePartitioning.key(tableId));
  }
}
