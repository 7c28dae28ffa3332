package dev.quern.engine.exec;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Constraint;
import dev.quern.catalog.meta.FkAction;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.IndexColumn;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.ast.TableConstraintDefinition;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import dev.quern.engine.store.ResolvedTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Builds a FOREIGN KEY constraint: the referenced table must exist and the referenced columns
 * must be exactly its primary key or one of its unique constraints (1776), as SQL Server requires.
 */
final class ForeignKeyDdl {
  private ForeignKeyDdl() {}

  static Constraint.ForeignKey build(
      SessionState state, Catalog catalog, Table child, Map<String, Column> childColumns,
      TableConstraintDefinition k) {
    TableConstraintDefinition.References r = k.references();
    String name = k.name() != null ? k.name()
        : k.columns().isEmpty()
            ? SystemConstraintNames.key("FK", child.name(), catalog.newObjectId())
            : SystemConstraintNames.ofColumn("FK", child.name(), k.columns().getFirst().name(), catalog.newObjectId());
    Table parent;
    if (selfReference(state, catalog, child, r.table())) {
      parent = child;
    } else {
      ResolvedTable p =
          ObjectNames.table(state.store(), state.databaseName(), r.table())
              .orElseThrow(() -> SqlErrors.FK_INVALID_TABLE.raise(name, String.join(".", r.table())));
      parent = p.table();
    }
    List<Integer> columns = new ArrayList<>();
    for (TableConstraintDefinition.KeyColumn c : k.columns()) {
      Column col = childColumns.get(c.name().toLowerCase(java.util.Locale.ROOT));
      if (col == null) {
        throw SqlErrors.FK_COLUMN_MISSING.raise(name, c.name(), child.name());
      }
      columns.add(col.columnId());
    }
    List<Integer> refColumns = new ArrayList<>();
    if (r.columns().isEmpty()) {
      Index pk = parent.indexes().stream().filter(Index::primaryKey).findFirst()
          .orElseThrow(() -> SqlErrors.FK_NO_KEY.raise(parent.name(), name));
      pk.keys().forEach(ic -> refColumns.add(ic.columnId()));
    } else {
      for (String c : r.columns()) {
        Column col = parent.column(c).orElseThrow(() -> SqlErrors.FK_NO_KEY.raise(parent.name(), name));
        refColumns.add(col.columnId());
      }
    }
    if (refColumns.size() != columns.size()) {
      throw SqlErrors.FK_COLUMN_COUNT.raise(name);
    }
    boolean keyed = parent.indexes().stream()
        .filter(i -> i.primaryKey() || i.uniqueConstraint())
        .anyMatch(i -> new HashSet<>(i.keys().stream().map(IndexColumn::columnId).toList())
            .equals(new HashSet<>(refColumns)) && i.keys().size() == refColumns.size());
    if (!keyed) {
      throw SqlErrors.FK_NO_KEY.raise(parent.name(), name);
    }
    FkAction onDelete = FkAction.valueOf(r.onDelete());
    FkAction onUpdate = FkAction.valueOf(r.onUpdate());
    refuseCascadeUnderInsteadOf(state, catalog, child, name, onDelete, onUpdate);
    return new Constraint.ForeignKey(catalog.newObjectId(), name, columns, parent.id(), refColumns, onDelete, onUpdate);
  }

  /**
   * Whether {@code ref} names the table being defined: its name, alone or qualified by its schema
   * (and database). The table being created is not in the catalog yet, so a lookup would miss it.
   */
  private static boolean selfReference(SessionState state, Catalog catalog, Table child, List<String> ref) {
    if (!ref.getLast().equalsIgnoreCase(child.name())) {
      return false;
    }
    if (ref.size() == 1) {
      return true;
    }
    var md = state.store().metadata(catalog);
    var schema = md.schema(child.schemaId());
    String schemaWritten = ref.get(ref.size() - 2);
    if (schema.isEmpty() || !schemaWritten.isEmpty() && !schemaWritten.equalsIgnoreCase(schema.get().name())) {
      return false;
    }
    return ref.size() < 3 || md.database(schema.get().databaseId())
        .map(d -> d.name().equalsIgnoreCase(ref.get(ref.size() - 3))).orElse(false);
  }

  /**
   * 1787 (then 1750): a cascading action on a table whose INSTEAD OF trigger replaces that
   * statement (the cascade would change rows the trigger is there to handle).
   */
  private static void refuseCascadeUnderInsteadOf(
      SessionState state, Catalog catalog, Table child, String name, FkAction onDelete, FkAction onUpdate) {
    boolean blocked = state.store().metadata(catalog).triggers(child.id()).stream()
        .anyMatch(t -> t.insteadOf() && (onDelete != FkAction.NO_ACTION && t.firesOn("DELETE")
            || onUpdate != FkAction.NO_ACTION && t.firesOn("UPDATE")));
    if (blocked) {
      throw SqlErrors.CONSTRAINT_FAILED.raise().precededBy(SqlErrors.CASCADE_UNDER_INSTEAD_OF.raise(name, child.name()));
    }
  }
}
