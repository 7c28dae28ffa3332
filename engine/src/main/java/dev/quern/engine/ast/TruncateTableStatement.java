package dev.quern.engine.ast;

import java.util.List;
import java.util.stream.Collectors;

/**
 * TRUNCATE TABLE name [WITH (PARTITIONS ({n | n TO m} [, …]))]: {@code partitions} empty for the
 * whole table.
 */
public record TruncateTableStatement(int line, List<String> name, List<PartitionRange> partitions)
    implements StorageStatement {
  /** Partitions {@code from} to {@code to} (one partition: both the same). */
  public record PartitionRange(long from, long to) {
    String toSql() {
      return from == to ? Long.toString(from) : from + " TO " + to;
    }
  }

  public TruncateTableStatement {
    name = List.copyOf(name);
    partitions = List.copyOf(partitions);
  }

  public TruncateTableStatement(int line, List<String> name) {
    this(line, name, List.of());
  }

  @Override
  public String toSql() {
    return "TRUNCATE TABLE " + Names.quoteAll(name) + (partitions.isEmpty() ? ""
        : " WITH (PARTITIONS (" + partitions.stream().map(PartitionRange::toSql).collect(Collectors.joining(", "))
            + "))");
  }
}
