package dev.quern.catalog.meta;

import java.util.List;

/**
 * An index (sys.indexes). Every table has exactly one HEAP (index id 0) or CLUSTERED (index id 1)
 * index, which holds the rows; NONCLUSTERED indexes (ids 2+) hold entries pointing at rows. {@code
 * dataId} is the key range of its entries; TRUNCATE gives it a new one. {@code filter} is the WHERE
 * text of a filtered index, or null. {@code ignoreDupKey} (IGNORE_DUP_KEY = ON, unique indexes only):
 * an INSERT drops a row that would duplicate a key instead of failing. {@code disabled} (ALTER INDEX
 * … DISABLE, sys.indexes.is_disabled): a disabled nonclustered index has no entries and is neither
 * maintained, enforced nor read; a disabled clustered index keeps the rows, which nothing may read
 * or change until a REBUILD enables it again. {@code options}: FILLFACTOR, PAD_INDEX and the other
 * relational options it was created or rebuilt with (see {@link IndexOptions}).
 */
public record Index(
    int indexId,
    String name,
    IndexKind kind,
    boolean unique,
    boolean primaryKey,
    boolean uniqueConstraint,
    List<IndexColumn> keys,
    List<Integer> includes,
    String filter,
    long dataId,
    boolean ignoreDupKey,
    boolean disabled,
    IndexOptions options) {
  /** An index whose duplicates fail the statement (IGNORE_DUP_KEY = OFF). */
  public Index(
      int indexId, String name, IndexKind kind, boolean unique, boolean primaryKey, boolean uniqueConstraint,
      List<IndexColumn> keys, List<Integer> includes, String filter, long dataId) {
    this(indexId, name, kind, unique, primaryKey, uniqueConstraint, keys, includes, filter, dataId, false);
  }

  /** An enabled index. */
  public Index(
      int indexId, String name, IndexKind kind, boolean unique, boolean primaryKey, boolean uniqueConstraint,
      List<IndexColumn> keys, List<Integer> includes, String filter, long dataId, boolean ignoreDupKey) {
    this(indexId, name, kind, unique, primaryKey, uniqueConstraint, keys, includes, filter, dataId, ignoreDupKey,
        false);
  }

  /** An index with the default options. */
  public Index(
      int indexId, String name, IndexKind kind, boolean unique, boolean primaryKey, boolean uniqueConstraint,
      List<IndexColumn> keys, List<Integer> includes, String filter, long dataId, boolean ignoreDupKey,
      boolean disabled) {
    this(indexId, name, kind, unique, primaryKey, uniqueConstraint, keys, includes, filter, dataId, ignoreDupKey,
        disabled, IndexOptions.DEFAULT);
  }

  public Index {
    options = options == null ? IndexOptions.DEFAULT : options;
    keys = List.copyOf(keys);
    includes = List.copyOf(includes);
    if ((kind.keyedByRowId() || kind.columnstore()) && !keys.isEmpty()) {
      throw new IllegalArgumentException("A heap or columnstore index has no key columns");
    }
  }

  public static Index heap(long dataId) {
    return new Index(
        0, null, IndexKind.HEAP, false, false, false, List.of(), List.of(), null, dataId);
  }

  public Index withDataId(long newDataId) {
    return new Index(
        indexId,
        name,
        kind,
        unique,
        primaryKey,
        uniqueConstraint,
        keys,
        includes,
        filter,
        newDataId,
        ignoreDupKey,
        disabled,
        options);
  }

  public Index withName(String newName) {
    return new Index(
        indexId,
        newName,
        kind,
        unique,
        primaryKey,
        uniqueConstraint,
        keys,
        includes,
        filter,
        dataId,
        ignoreDupKey,
        disabled,
        options);
  }

  /** This index with IGNORE_DUP_KEY set to {@code on}. */
  public Index withIgnoreDupKey(boolean on) {
    return new Index(
        indexId, name, kind, unique, primaryKey, uniqueConstraint, keys, includes, filter, dataId, on, disabled,
        options);
  }

  /** This index disabled ({@code off}) or enabled again. */
  public Index withDisabled(boolean off) {
    return new Index(
        indexId, name, kind, unique, primaryKey, uniqueConstraint, keys, includes, filter, dataId, ignoreDupKey, off,
        options);
  }

  /** This index with its relational options set to {@code o}. */
  public Index withOptions(IndexOptions o) {
    return new Index(
        indexId, name, kind, unique, primaryKey, uniqueConstraint, keys, includes, filter, dataId, ignoreDupKey,
        disabled, o);
  }

  /** Whether this index holds the table's rows. */
  public boolean holdsRows() {
    return kind.holdsRows();
  }

  /** Whether this is a clustered or nonclustered columnstore index. */
  public boolean columnstore() {
    return kind.columnstore();
  }
}
