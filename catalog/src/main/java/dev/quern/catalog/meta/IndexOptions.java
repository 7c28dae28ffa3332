package dev.quern.catalog.meta;

/**
 * The relational index options an index was created or rebuilt with, as sys.indexes, sys.stats and
 * sys.partitions report them ("CREATE INDEX", "ALTER INDEX"): {@code fillFactor} (0: the server
 * default, else 1–100), PAD_INDEX, ALLOW_ROW_LOCKS, ALLOW_PAGE_LOCKS, STATISTICS_NORECOMPUTE,
 * DATA_COMPRESSION ({@code compression}: NONE, ROW or PAGE) and OPTIMIZE_FOR_SEQUENTIAL_KEY. Quern's
 * store is an LSM tree that compresses its blocks itself and locks rows, so these are recorded and
 * reported, not applied to pages; IGNORE_DUP_KEY, which changes what an INSERT does, lives on {@link
 * Index} itself.
 */
public record IndexOptions(
    int fillFactor, boolean padIndex, boolean allowRowLocks, boolean allowPageLocks, boolean noRecompute,
    String compression, boolean optimizeForSequentialKey) {
  public static final IndexOptions DEFAULT = new IndexOptions(0, false, true, true, false, "NONE", false);

  public IndexOptions {
    if (fillFactor < 0 || fillFactor > 100) {
      throw new IllegalArgumentException("fill factor " + fillFactor);
    }
    compression = compression == null ? "NONE" : compression;
  }

  public IndexOptions withFillFactor(int n) {
    return new IndexOptions(n, padIndex, allowRowLocks, allowPageLocks, noRecompute, compression, optimizeForSequentialKey);
  }

  public IndexOptions withPadIndex(boolean on) {
    return new IndexOptions(fillFactor, on, allowRowLocks, allowPageLocks, noRecompute, compression, optimizeForSequentialKey);
  }

  public IndexOptions withAllowRowLocks(boolean on) {
    return new IndexOptions(fillFactor, padIndex, on, allowPageLocks, noRecompute, compression, optimizeForSequentialKey);
  }

  public IndexOptions withAllowPageLocks(boolean on) {
    return new IndexOptions(fillFactor, padIndex, allowRowLocks, on, noRecompute, compression, optimizeForSequentialKey);
  }

  public IndexOptions withNoRecompute(boolean on) {
    return new IndexOptions(fillFactor, padIndex, allowRowLocks, allowPageLocks, on, compression, optimizeForSequentialKey);
  }

  public IndexOptions withCompression(String kind) {
    return new IndexOptions(fillFactor, padIndex, allowRowLocks, allowPageLocks, noRecompute, kind, optimizeForSequentialKey);
  }

  public IndexOptions withOptimizeForSequentialKey(boolean on) {
    return new IndexOptions(fillFactor, padIndex, allowRowLocks, allowPageLocks, noRecompute, compression, on);
  }

  /** sys.partitions.data_compression: 0 NONE, 1 ROW, 2 PAGE. */
  public int compressionCode() {
    return switch (compression) {
      case "ROW" -> 1;
      case "PAGE" -> 2;
      default -> 0;
    };
  }
}
