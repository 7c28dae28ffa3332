package dev.quern.engine.exec;

import dev.quern.engine.store.ResolvedTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows a statement's referential actions (ON DELETE/UPDATE CASCADE, SET NULL, SET DEFAULT)
 * changed in other tables: one entry per table and action, the deepest tables first, so that their
 * AFTER triggers fire once each after all the actions are done, in the opposite order of the
 * cascade ("Primary and foreign key constraints", cascading referential integrity and triggers).
 */
final class CascadedChanges {
  /** A table's rows one action deleted ({@code deleted}) or changed ({@code deleted} to {@code inserted}). */
  record Change(ResolvedTable table, String event, List<Object[]> deleted, List<Object[]> inserted, Set<String> assigned) {}

  private final Map<String, Change> changes = new LinkedHashMap<>();

  /**
   * Records what an action did to {@code table}; a table the cascade reaches twice by the same
   * action keeps one entry with all its rows (its triggers fire once per statement).
   */
  void add(ResolvedTable table, String event, List<Object[]> deleted, List<Object[]> inserted, Set<String> assigned) {
    String key = table.table().id() + ":" + event;
    Change before = changes.get(key);
    if (before == null) {
      changes.put(key, new Change(table, event, new ArrayList<>(deleted), new ArrayList<>(inserted), new HashSet<>(assigned)));
      return;
    }
    before.deleted().addAll(deleted);
    before.inserted().addAll(inserted);
    before.assigned().addAll(assigned);
  }

  /** The changes, deepest table first. */
  List<Change> changes() {
    return List.copyOf(changes.values());
  }
}
