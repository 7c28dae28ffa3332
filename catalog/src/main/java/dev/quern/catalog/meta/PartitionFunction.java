package dev.quern.catalog.meta;

import dev.quern.catalog.type.SqlType;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

/**
 * A partition function (CREATE PARTITION FUNCTION, sys.partition_functions): a database-scoped
 * object, outside sys.objects, that maps a value of its one parameter type to a 1-based partition
 * number by its sorted boundary values ("CREATE PARTITION FUNCTION (Transact-SQL)"). RANGE LEFT: a
 * boundary belongs to the partition on its left; RANGE RIGHT: to the one on its right. {@code
 * boundaries} are values of {@code parameterType}, sorted ascending, NULL (if any) first;
 * {@code collation} is the parameter's for a character type, else null.
 *
 * @param functionId sys.partition_functions.function_id (SQL Server numbers them from 65536)
 */
public record PartitionFunction(
    int databaseId,
    int functionId,
    String name,
    SqlType parameterType,
    String collation,
    boolean rangeRight,
    List<Object> boundaries,
    Instant created,
    Instant modified) {
  /** The first function_id SQL Server gives a database's partition functions. */
  public static final int FIRST_ID = 65536;
  /** SQL Server's limit on partitions per function (7719 past it). */
  public static final int MAX_PARTITIONS = 15000;

  public PartitionFunction {
    // Boundary values may be NULL: List.copyOf refuses nulls.
    boundaries = Collections.unmodifiableList(new java.util.ArrayList<>(boundaries));
  }

  /** The number of partitions (sys.partition_functions.fanout). */
  public int fanout() {
    return boundaries.size() + 1;
  }

  /**
   * The 1-based partition of {@code value}, a value of the parameter type ($PARTITION): NULL sorts
   * before every value, so it falls in partition 1 (or 2 under RANGE RIGHT with a NULL boundary).
   */
  public int partitionOf(Object value) {
    int low = 0;
    int high = boundaries.size();
    // The number of boundaries below the value (RANGE RIGHT: at or below it).
    while (low < high) {
      int mid = (low + high) >>> 1;
      int c = compare(boundaries.get(mid), value);
      if (c < 0 || c == 0 && rangeRight) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low + 1;
  }

  /** Orders two values of the parameter type as the function does: NULL first, strings by its collation. */
  public int compare(Object a, Object b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    dev.quern.catalog.value.Collation c =
        collation == null ? null : dev.quern.catalog.value.SupportedCollations.ofStored(collation);
    return dev.quern.catalog.value.Comparisons.compare(a, parameterType, b, parameterType, c);
  }

  /** This function with other boundaries (ALTER … SPLIT / MERGE RANGE), modified at {@code now}. */
  public PartitionFunction withBoundaries(List<Object> newBoundaries, Instant now) {
    return new PartitionFunction(
        databaseId, functionId, name, parameterType, collation, rangeRight, newBoundaries, created, now);
  }
}
