package dev.quern.catalog.meta;

/**
 * sys.indexes.type: a table is either a HEAP (index_id 0) or CLUSTERED (index_id 1), plus any
 * NONCLUSTERED.
 */
public enum IndexKind {
  HEAP,
  CLUSTERED,
  NONCLUSTERED
}
