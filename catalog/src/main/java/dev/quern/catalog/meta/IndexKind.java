package dev.quern.catalog.meta;

/**
 * sys.indexes.type ("sys.indexes (Transact-SQL)"): a table is either a HEAP (index_id 0), CLUSTERED
 * or CLUSTERED COLUMNSTORE (index_id 1), plus any NONCLUSTERED and at most one NONCLUSTERED
 * COLUMNSTORE. Quern keeps a clustered columnstore's rows as a heap keeps them, under row ids (see
 * {@link #keyedByRowId}); a nonclustered columnstore's entries carry its columns under the row
 * locator, like a nonclustered index with no key.
 */
public enum IndexKind {
  HEAP(0, "HEAP"),
  CLUSTERED(1, "CLUSTERED"),
  NONCLUSTERED(2, "NONCLUSTERED"),
  CLUSTERED_COLUMNSTORE(5, "CLUSTERED COLUMNSTORE"),
  NONCLUSTERED_COLUMNSTORE(6, "NONCLUSTERED COLUMNSTORE");

  private final int type;
  private final String description;

  IndexKind(int type, String description) {
    this.type = type;
    this.description = description;
  }

  /** sys.indexes.type. */
  public int type() {
    return type;
  }

  /** sys.indexes.type_desc. */
  public String description() {
    return description;
  }

  /** Whether an index of this kind holds the table's rows (index_id 0 or 1). */
  public boolean holdsRows() {
    return this == HEAP || this == CLUSTERED || this == CLUSTERED_COLUMNSTORE;
  }

  /** Whether this kind stores its rows under generated row ids: a heap and a clustered columnstore. */
  public boolean keyedByRowId() {
    return this == HEAP || this == CLUSTERED_COLUMNSTORE;
  }

  public boolean columnstore() {
    return this == CLUSTERED_COLUMNSTORE || this == NONCLUSTERED_COLUMNSTORE;
  }
}
