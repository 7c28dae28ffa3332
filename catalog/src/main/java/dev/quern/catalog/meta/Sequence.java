package dev.quern.catalog.meta;

import dev.quern.catalog.type.SqlType;

/**
 * A sequence object (CREATE SEQUENCE). Its current value is not part of the definition: it lives in
 * a counter allocated outside transactions ({@link ValueCounters}), as in SQL Server. {@code
 * restarts} names the last ALTER SEQUENCE … RESTART that committed (0: none; each RESTART takes a
 * number never used before, so a rolled-back one's is never seen again): the counter starts over at
 * {@code start} when it sees a number it has not seen, so a restart is as transactional as the rest
 * of the definition (a rolled-back RESTART restarts nothing, also after values were drawn under it).
 */
public record Sequence(
    int id,
    int schemaId,
    String name,
    SqlType type,
    long start,
    long increment,
    long minValue,
    long maxValue,
    boolean cycle,
    int cacheSize,
    long restarts)
    implements SchemaObject {
  /** A sequence never restarted. */
  public Sequence(
      int id, int schemaId, String name, SqlType type, long start, long increment, long minValue,
      long maxValue, boolean cycle, int cacheSize) {
    this(id, schemaId, name, type, start, increment, minValue, maxValue, cycle, cacheSize, 0);
  }

  public Sequence {
    if (increment == 0) {
      throw new IllegalArgumentException("A sequence increment cannot be 0");
    }
    if (minValue > maxValue) {
      throw new IllegalArgumentException(
          "Sequence minimum " + minValue + " exceeds maximum " + maxValue);
    }
  }

  @Override
  public String typeCode() {
    return "SO";
  }

  public Sequence renamed(String newName) {
    return new Sequence(
        id, schemaId, newName, type, start, increment, minValue, maxValue, cycle, cacheSize, restarts);
  }
}
