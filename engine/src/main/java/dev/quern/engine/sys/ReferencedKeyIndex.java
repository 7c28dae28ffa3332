package dev.quern.engine.sys;

import dev.quern.catalog.meta.Constraint;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.IndexColumn;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Table;
import java.util.HashSet;

/**
 * sys.foreign_keys.key_index_id: the unique index of the referenced table whose key is the foreign
 * key's referenced columns (the primary key or unique constraint or index it was created against).
 * Liquibase's snapshot joins sys.indexes on it to name the referenced key.
 */
final class ReferencedKeyIndex {
  private ReferencedKeyIndex() {}

  /** The index id, or null when the referenced table is gone or no unique index matches. */
  static Integer of(Metadata md, Table child, Constraint.ForeignKey fk) {
    Table parent = fk.refTableId() == child.id() ? child : md.table(fk.refTableId()).orElse(null);
    if (parent == null) {
      return null;
    }
    var columns = new HashSet<>(fk.refColumns());
    return parent.indexes().stream()
        .filter(i -> i.unique() && i.keys().size() == columns.size()
            && new HashSet<>(i.keys().stream().map(IndexColumn::columnId).toList()).equals(columns))
        .map(Index::indexId).findFirst().orElse(null);
  }
}
