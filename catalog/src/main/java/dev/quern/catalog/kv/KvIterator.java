package dev.quern.catalog.kv;

/**
 * An ordered cursor over a key range. It starts before the first entry: call {@link #next()} first.
 * Not thread-safe; close it before its transaction ends.
 */
public interface KvIterator extends AutoCloseable {

  /** Moves to the next entry in the iterator's direction; false at the end of the range. */
  boolean next();

  /** The current key (a copy the caller may keep). */
  byte[] key();

  /** The current value (a copy the caller may keep). */
  byte[] value();

  /**
   * Repositions so that the following {@link #next()} returns the first entry at or after {@code
   * key} in the iterator's direction (at or below it when reversed), within the range.
   */
  void seek(byte[] key);

  @Override
  void close();
}
