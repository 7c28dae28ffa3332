package dev.quern.catalog.meta;

/** IDENTITY(seed, increment) of a column. */
public record Identity(long seed, long increment) {
  public Identity {
    if (increment == 0) {
      throw new IllegalArgumentException("An identity increment cannot be 0");
    }
  }
}
