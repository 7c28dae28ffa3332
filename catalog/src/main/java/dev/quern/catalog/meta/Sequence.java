package dev.quern.catalog.meta;

import dev.quern.catalog.type.SqlType;

/**
 * A sequence object (CREATE SEQUENCE). Its current value is not part of the definition: it lives in
 * a counter allocated outside transactions ({@link ValueCounters}), as in SQL Server.
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
    int cacheSize)
    implements SchemaObject {
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
        id, schemaId, newName, type, start, increment, minValue, maxValue, cycle, cacheSize);
  }
}
