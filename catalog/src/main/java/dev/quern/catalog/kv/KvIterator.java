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
   * Copies the current value into {@code into} when it fits, and returns its length either way (a
   * length beyond {@code into}'s: nothing was copied, call again with a buffer that big). For a
   * reader that looks at each value once and keeps none: no array is made per entry.
   */
  default int value(byte[] into) {
    byte[] v = value();
    if (v.length <= into.length) {
      System.arraycopy(v, 0, into, 0, v.length);
    }
    return v.length;
  }

  /**
   * Repositions so that the following {@link #next()} returns the first entry at or after {@code
   * key} in the iterator's direction (at or below it when reversed), within the range.
   */
  void seek(byte[] key);

  @Override
  void close();
}
