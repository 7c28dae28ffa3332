package dev.quern.catalog.meta;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The partition functions and schemes of a store's databases and the tables they partition, as one
 * metadata snapshot holds them (names are case-insensitive, unique per database and kind).
 */
public final class PartitionRecords {
  private final Map<Integer, List<PartitionFunction>> functions = new HashMap<>();
  private final Map<Integer, List<PartitionScheme>> schemes = new HashMap<>();
  private final Map<Integer, TablePartitioning> tables = new HashMap<>();

  PartitionRecords(
      Collection<PartitionFunction> fs, Collection<PartitionScheme> ss, Collection<TablePartitioning> ts) {
    for (PartitionFunction f : fs) {
      functions.computeIfAbsent(f.databaseId(), k -> new ArrayList<>()).add(f);
    }
    for (PartitionScheme s : ss) {
      schemes.computeIfAbsent(s.databaseId(), k -> new ArrayList<>()).add(s);
    }
    functions.values().forEach(l -> l.sort(Comparator.comparingInt(PartitionFunction::functionId)));
    schemes.values().forEach(l -> l.sort(Comparator.comparingInt(PartitionScheme::dataSpaceId)));
    ts.forEach(t -> tables.put(t.tableId(), t));
  }

  /** A database's partition functions, by function_id. */
  public List<PartitionFunction> functions(int databaseId) {
    return List.copyOf(functions.getOrDefault(databaseId, List.of()));
  }

  /** A database's partition schemes, by data_space_id. */
  public List<PartitionScheme> schemes(int databaseId) {
    return List.copyOf(schemes.getOrDefault(databaseId, List.of()));
  }

  public Optional<PartitionFunction> function(int databaseId, String name) {
    return functions(databaseId).stream().filter(f -> Names.same(f.name(), name)).findFirst();
  }

  public Optional<PartitionFunction> function(int databaseId, int functionId) {
    return functions(databaseId).stream().filter(f -> f.functionId() == functionId).findFirst();
  }

  public Optional<PartitionScheme> scheme(int databaseId, String name) {
    return schemes(databaseId).stream().filter(s -> Names.same(s.name(), name)).findFirst();
  }

  public Optional<PartitionScheme> scheme(int databaseId, int dataSpaceId) {
    return schemes(databaseId).stream().filter(s -> s.dataSpaceId() == dataSpaceId).findFirst();
  }

  /** Which indexes of table {@code tableId} are partitioned; empty for a table with none. */
  public Optional<TablePartitioning> table(int tableId) {
    return Optional.ofNullable(tables.get(tableId));
  }

  /** Every table placement (a scheme in use cannot be dropped). */
  public Collection<TablePartitioning> tables() {
    return tables.values();
  }
}
