package dev.quern.catalog.meta;

import java.util.List;

/**
 * A partition scheme (CREATE PARTITION SCHEME, sys.partition_schemes): maps the partitions of a
 * function to filegroups, one per partition in order ("CREATE PARTITION SCHEME (Transact-SQL)").
 * Quern has one filegroup, PRIMARY, so {@code filegroups} names it once per partition; a filegroup
 * listed past the function's partitions is the NEXT USED one, which SPLIT RANGE takes.
 *
 * @param dataSpaceId sys.data_spaces.data_space_id (SQL Server numbers schemes from 65601)
 * @param filegroups one filegroup name per partition, in partition order
 * @param nextUsed the NEXT USED filegroup, or null when none is marked
 */
public record PartitionScheme(
    int databaseId, int dataSpaceId, String name, int functionId, List<String> filegroups, String nextUsed) {
  /** The first data_space_id SQL Server gives a database's partition schemes. */
  public static final int FIRST_ID = 65601;

  public PartitionScheme {
    filegroups = List.copyOf(filegroups);
  }

  public PartitionScheme withFilegroups(List<String> newFilegroups, String newNextUsed) {
    return new PartitionScheme(databaseId, dataSpaceId, name, functionId, newFilegroups, newNextUsed);
  }
}
