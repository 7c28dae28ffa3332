package dev.quern.catalog.meta;

import java.util.List;

/**
 * An insert or update would duplicate the key of a unique index. The engine raises 2627 when the
 * index enforces a PRIMARY KEY or UNIQUE constraint, else 2601, naming {@code index} and the
 * duplicate {@code keyValues}.
 */
public class DuplicateKeyException extends RuntimeException {
  private final Table table;
  private final Index index;
  private final List<Object> keyValues;

  public DuplicateKeyException(Table table, Index index, List<Object> keyValues) {
    super("Duplicate key in index '" + index.name() + "' of '" + table.name() + "': " + keyValues);
    this.table = table;
    this.index = index;
    this.keyValues = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(keyValues));
  }

  public Table table() {
    return table;
  }

  public Index index() {
    return index;
  }

  /** The key values in index key order (NULL as null). */
  public List<Object> keyValues() {
    return keyValues;
  }
}
