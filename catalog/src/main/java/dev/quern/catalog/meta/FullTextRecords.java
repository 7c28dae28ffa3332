package dev.quern.catalog.meta;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The full-text catalogs of every database and the full-text indexes of every table, in one metadata snapshot. */
public final class FullTextRecords {
  static final FullTextRecords EMPTY = new FullTextRecords(List.of(), List.of());

  private final Map<Integer, List<FullTextCatalog>> catalogs = new HashMap<>();
  private final Map<Integer, FullTextIndex> indexes = new HashMap<>();

  FullTextRecords(Collection<FullTextCatalog> catalogList, Collection<FullTextIndex> indexList) {
    for (FullTextCatalog c : catalogList) {
      catalogs.computeIfAbsent(c.databaseId(), k -> new ArrayList<>()).add(c);
    }
    catalogs.values().forEach(l -> l.sort(Comparator.comparingInt(FullTextCatalog::catalogId)));
    for (FullTextIndex i : indexList) {
      indexes.put(i.tableId(), i);
    }
  }

  /** A database's catalogs in catalog id order. */
  public List<FullTextCatalog> catalogs(int databaseId) {
    return catalogs.getOrDefault(databaseId, List.of());
  }

  public Optional<FullTextCatalog> catalog(int databaseId, String name) {
    return catalogs(databaseId).stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
  }

  public Optional<FullTextCatalog> catalog(int databaseId, int catalogId) {
    return catalogs(databaseId).stream().filter(c -> c.catalogId() == catalogId).findFirst();
  }

  /** The table's full-text index, or null: looked up for every table a statement writes. */
  public FullTextIndex index(int tableId) {
    return indexes.isEmpty() ? null : indexes.get(tableId);
  }

  /** Every full-text index (of every database). */
  public Collection<FullTextIndex> indexes() {
    return indexes.values();
  }
}
