package dev.quern.catalog.meta;

/**
 * The relational index options an index was created or rebuilt with, as sys.indexes, sys.stats and
 * sys.partitions report them ("CREATE INDEX", "ALTER INDEX"): {@code fillFactor} (0: the server
 * default, else 1–100), PAD_INDEX, ALLOW_ROW_LOCKS, ALLOW_PAGE_LOCKS, STATISTICS_NORECOMPUTE,
 * DATA_COMPRESSION ({@code compression}: NONE, ROW or PAGE) and OPTIMIZE_FOR_SEQUENTIAL_KEY. Quern's
 * store is an LSM tree that compresses its blocks itself and locks rows, so these are recorded and
 * reported, not applied to pages; IGNORE_DUP_KEY, which changes what an INSERT does, lives on {@link
 * Index} itself. A columnstore index ("CREATE COLUMNSTORE INDEX") has compression COLUMNSTORE or
 * COLUMNSTORE_ARCHIVE, its COMPRESSION_DELAY in minutes ({@code compressionDelay},
 * sys.indexes.compression_delay) and the column ids of its ORDER clause ({@code order},
 * sys.index_columns.column_store_order_ordinal) and, for a clustered one, where its compressed row
 * groups end ({@code marks}, see {@link RowGroupMarks}); rowstore indexes have 0 and none.
 */
public record IndexOptions(
    int fillFactor, boolean padIndex, boolean allowRowLocks, boolean allowPageLocks, boolean noRecompute,
    String compression, boolean optimizeForSequentialKey, int compressionDelay, java.util.List<Integer> order,
    RowGroupMarks marks) {
  public static final IndexOptions DEFAULT = new IndexOptions(0, false, true, true, false, "NONE", false);

  /** The options of a rowstore index. */
  public IndexOptions(
      int fillFactor, boolean padIndex, boolean allowRowLocks, boolean allowPageLocks, boolean noRecompute,
      String compression, boolean optimizeForSequentialKey) {
    this(fillFactor, padIndex, allowRowLocks, allowPageLocks, noRecompute, compression, optimizeForSequentialKey, 0,
        java.util.List.of(), null);
  }

  public IndexOptions {
    if (fillFactor < 0 || fillFactor > 100) {
      throw new IllegalArgumentException("fill factor " + fillFactor);
    }
    compression = compression == null ? "NONE" : compression;
    order = order == null ? java.util.List.of() : java.util.List.copyOf(order);
  }

  /** These options with a columnstore's COMPRESSION_DELAY and ORDER columns. */
  public IndexOptions withColumnstore(int delay, java.util.List<Integer> orderColumns) {
    return new IndexOptions(fillFactor, padIndex, allowRowLocks, allowPageLocks, noRecompute, compression,
        optimizeForSequentialKey, delay, orderColumns, marks);
  }

  /** These options with a clustered columnstore's row group marks (null: none). */
  public IndexOptions withMarks(RowGroupMarks m) {
    return new IndexOptions(fillFactor, padIndex, allowRowLocks, allowPageLocks, noRecompute, compression,
        optimizeForSequentialKey, compressionDelay, order, m);
  }

  /** Whether a columnstore facet is set (stored after the rowstore options). */
  public boolean hasColumnstoreFacets() {
    return compressionDelay != 0 || !order.isEmpty() || marks != null;
  }

  public IndexOptions withFillFactor(int n) {
    return new IndexOptions(n, padIndex, allowRowLocks, allowPageLocks, noRecompute, compression, optimizeForSequentialKey, compressionDelay, order, marks);
  }

  public IndexOptions withPadIndex(boolean on) {
    return new IndexOptions(fillFactor, on, allowRowLocks, allowPageLocks, noRecompute, compression, optimizeForSequentialKey, compressionDelay, order, marks);
  }

  public IndexOptions withAllowRowLocks(boolean on) {
    return new IndexOptions(fillFactor, padIndex, on, allowPageLocks, noRecompute, compression, optimizeForSequentialKey, compressionDelay, order, marks);
  }

  public IndexOptions withAllowPageLocks(boolean on) {
    return new IndexOptions(fillFactor, padIndex, allowRowLocks, on, noRecompute, compression, optimizeForSequentialKey, compressionDelay, order, marks);
  }

  public IndexOptions withNoRecompute(boolean on) {
    return new IndexOptions(fillFactor, padIndex, allowRowLocks, allowPageLocks, on, compression, optimizeForSequentialKey, compressionDelay, order, marks);
  }

  public IndexOptions withCompression(String kind) {
    return new IndexOptions(fillFactor, padIndex, allowRowLocks, allowPageLocks, noRecompute, kind, optimizeForSequentialKey, compressionDelay, order, marks);
  }

  public IndexOptions withOptimizeForSequentialKey(boolean on) {
    return new IndexOptions(fillFactor, padIndex, allowRowLocks, allowPageLocks, noRecompute, compression, on,
        compressionDelay, order, marks);
  }

  /** sys.partitions.data_compression: 0 NONE, 1 ROW, 2 PAGE, 3 COLUMNSTORE, 4 COLUMNSTORE_ARCHIVE. */
  public int compressionCode() {
    return switch (compression) {
      case "ROW" -> 1;
      case "PAGE" -> 2;
      case "COLUMNSTORE" -> 3;
      case "COLUMNSTORE_ARCHIVE" -> 4;
      default -> 0;
    };
  }
}
