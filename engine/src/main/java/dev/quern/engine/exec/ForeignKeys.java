package dev.quern.engine.exec;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Constraint;
import dev.quern.catalog.meta.FkAction;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.IndexColumn;
import dev.quern.catalog.meta.KeyRange;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.RowCursor;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.meta.TableStore;
import dev.quern.catalog.value.Comparisons;
import dev.quern.catalog.value.Conversions;
import dev.quern.engine.binder.DmlBinder;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ResolvedTable;
import dev.quern.engine.store.StoreTypes;
import dev.quern.engine.store.TableStores;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Enforces FOREIGN KEY constraints: a child row needs its parent (547 FOREIGN KEY), and a parent
 * row deleted or re-keyed takes its children's action: NO ACTION (547 REFERENCE), CASCADE, SET
 * NULL or SET DEFAULT, recursively.
 */
final class ForeignKeys {
  private static final int MAX_DEPTH = 32;

  private ForeignKeys() {}

  private static Metadata md(SessionState state, Catalog catalog) {
    return state.store().metadata(catalog);
  }

  private static String schemaQualified(SessionState state, Catalog catalog, Table table) {
    return md(state, catalog).schema(table.schemaId()).map(s -> s.name()).orElse("dbo") + "." + table.name();
  }

  /** Every enabled FOREIGN KEY of {@code t}: the row's non-NULL key must exist in the parent. */
  static void checkParents(SessionState state, ResolvedTable t, Table table, Object[] row, String verb) {
    for (Constraint c : table.constraints()) {
      if (!(c instanceof Constraint.ForeignKey fk) || fk.disabled()) {
        continue;
      }
      Table parent = fk.refTableId() == table.id() ? table : md(state, t.catalog()).table(fk.refTableId()).orElseThrow();
      Object[] values = new Object[fk.columns().size()];
      boolean anyNull = false;
      for (int i = 0; i < values.length; i++) {
        values[i] = row[table.position(fk.columns().get(i))];
        anyNull |= values[i] == null;
      }
      if (anyNull) {
        continue;
      }
      if (!parentExists(state, t.catalog(), table, parent, fk, values)) {
        throw (parent.id() == table.id() ? SqlErrors.FK_SAME_TABLE_CONFLICT : SqlErrors.FK_CONFLICT).raise(verb, fk.name(), t.database().name(),
            schemaQualified(state, t.catalog(), parent), parent.columnById(fk.refColumns().getFirst()).name());
      }
    }
  }

  private static boolean parentExists(
      SessionState state, Catalog catalog, Table child, Table parent, Constraint.ForeignKey fk, Object[] values) {
    Index key = parent.indexes().stream()
        .filter(i -> i.unique() && !i.disabled() && i.keys().size() == fk.refColumns().size()
            && new HashSet<>(i.keys().stream().map(IndexColumn::columnId).toList()).equals(new HashSet<>(fk.refColumns())))
        .findFirst().orElseThrow();
    Object[] keyValues = new Object[key.keys().size()];
    for (int i = 0; i < keyValues.length; i++) {
      int refColumn = key.keys().get(i).columnId();
      int at = fk.refColumns().indexOf(refColumn);
      Column from = child.columnById(fk.columns().get(at));
      Column to = parent.columnById(refColumn);
      keyValues[i] = from.type().equals(to.type()) ? values[at] : Conversions.convertImplicitly(values[at], from.type(), to.type());
    }
    TableStore rows = TableStores.open(state.store(), catalog, parent);
    return rows.findUniqueLocked(key, keyValues).isPresent();
  }

  /**
   * Parent rows {@code olds} are deleted: each referencing child takes its ON DELETE action
   * ({@code verb}, DELETE or MERGE, named in errors); returns what the actions changed.
   */
  static CascadedChanges parentsDeleted(
      SessionState state, ResolvedTable t, List<Object[]> olds, DmlBinder binder, String verb) {
    CascadedChanges out = new CascadedChanges();
    parentsChanged(state, t.catalog(), t.database(), t.table(), olds, null, binder, verb, 0, out);
    return out;
  }

  /**
   * Parent rows change from {@code olds} to {@code news}: referenced keys that change act
   * ({@code verb} named in errors); returns what the actions changed.
   */
  static CascadedChanges parentsUpdated(
      SessionState state, ResolvedTable t, List<Object[]> olds, List<Object[]> news, DmlBinder binder, String verb) {
    CascadedChanges out = new CascadedChanges();
    parentsChanged(state, t.catalog(), t.database(), t.table(), olds, news, binder, verb, 0, out);
    return out;
  }

  private static void parentsChanged(
      SessionState state, Catalog catalog, dev.quern.catalog.meta.Database database, Table parent, List<Object[]> olds,
      List<Object[]> news, DmlBinder binder, String verb, int depth, CascadedChanges cascaded) {
    if (olds.isEmpty() || depth > MAX_DEPTH) {
      return;
    }
    for (Metadata.OwnedConstraint owned : md(state, catalog).referencing(parent.id())) {
      Constraint.ForeignKey fk = (Constraint.ForeignKey) owned.constraint();
      if (fk.disabled()) {
        continue; // NOCHECK CONSTRAINT: neither checked nor acted on until re-enabled
      }
      Table child = owned.table();
      FkAction action = news == null ? fk.onDelete() : fk.onUpdate();
      List<Object[]> oldKeys = new ArrayList<>();
      List<Object[]> newKeys = new ArrayList<>();
      for (int r = 0; r < olds.size(); r++) {
        Object[] oldKey = project(olds.get(r), parent, fk.refColumns());
        Object[] newKey = news == null ? null : project(news.get(r), parent, fk.refColumns());
        if (newKey != null && sameKey(oldKey, newKey, parent, fk.refColumns())) {
          continue;
        }
        oldKeys.add(oldKey);
        newKeys.add(newKey);
      }
      if (oldKeys.isEmpty()) {
        continue;
      }
      TableStore rows = TableStores.open(state.store(), catalog, child);
      List<byte[]> locators = new ArrayList<>();
      List<Object[]> childOlds = new ArrayList<>();
      List<Object[]> childNews = new ArrayList<>();
      try (RowCursor c = rows.scanForUpdate(KeyRange.ALL, false)) {
        while (c.next()) {
          Object[] row = c.row();
          Object[] key = project(row, child, fk.columns());
          for (int k = 0; k < oldKeys.size(); k++) {
            if (matches(key, child, fk.columns(), oldKeys.get(k), parent, fk.refColumns())) {
              if (action == FkAction.NO_ACTION) {
                throw (child.id() == parent.id() ? SqlErrors.SAME_TABLE_REFERENCE_CONFLICT : SqlErrors.REFERENCE_CONFLICT)
                    .raise(verb, fk.name(), database.name(),
                    schemaQualified(state, catalog, child), child.columnById(fk.columns().getFirst()).name());
              }
              locators.add(c.locator());
              childOlds.add(row);
              childNews.add(news == null && action == FkAction.CASCADE ? null
                  : changed(state, row, child, fk, action, newKeys.get(k), parent, binder));
              break;
            }
          }
        }
      }
      if (locators.isEmpty()) {
        continue;
      }
      boolean deletes = news == null && action == FkAction.CASCADE;
      if (!deletes) {
        // A child's PERSISTED computed columns follow the key columns the action changed.
        var computed = binder.computed(child);
        EvalContext computing = new EvalContext(new Object[0], state);
        childNews.forEach(row -> computed.fillAll(row, computing));
        // A row an action changes is updated: its rowversion moves as an UPDATE's would.
        int rowversion = RowVersions.position(child);
        childNews.forEach(row -> RowVersions.stampUpdated(row, rowversion, state.store(), catalog, database.id()));
      }
      parentsChanged(state, catalog, database, child, childOlds, deletes ? null : childNews, binder,
          verb, depth + 1, cascaded);
      ResolvedTable resolved = new ResolvedTable(
          catalog, database, state.store().metadata(catalog).schema(child.schemaId()).orElseThrow(), child);
      // A cascade on a system-versioned child keeps the versions it replaces, as a DELETE or UPDATE would.
      TemporalRows temporal = TemporalRows.of(state, resolved);
      for (int i = 0; i < locators.size(); i++) {
        if (temporal != null) {
          temporal.keep(childOlds.get(i));
        }
        if (deletes) {
          rows.delete(locators.get(i));
        } else {
          if (temporal != null) {
            temporal.stamp(childNews.get(i));
          }
          checkNullable(childNews.get(i), child, database.name(), state, catalog);
          rows.update(locators.get(i), childNews.get(i));
        }
      }
      cascaded.add(resolved, deletes ? "DELETE" : "UPDATE", childOlds, deletes ? List.of() : childNews,
          deletes ? java.util.Set.of() : columnNames(child, fk.columns()));
    }
  }

  /** The names of columns {@code columnIds} (lower case, as UPDATE(column) looks them up). */
  private static java.util.Set<String> columnNames(Table table, List<Integer> columnIds) {
    java.util.Set<String> out = new HashSet<>();
    columnIds.forEach(id -> out.add(table.columnById(id).name().toLowerCase(java.util.Locale.ROOT)));
    return out;
  }

  private static Object[] changed(
      SessionState state, Object[] row, Table child, Constraint.ForeignKey fk, FkAction action,
      Object[] newKey, Table parent, DmlBinder binder) {
    Object[] out = row.clone();
    for (int i = 0; i < fk.columns().size(); i++) {
      int pos = child.position(fk.columns().get(i));
      Column c = child.columns().get(pos);
      out[pos] = switch (action) {
        case CASCADE -> {
          Column from = parent.columnById(fk.refColumns().get(i));
          Object v = newKey[i];
          yield v == null || from.type().equals(c.type()) ? v : Conversions.convertImplicitly(v, from.type(), c.type());
        }
        case SET_NULL -> null;
        case SET_DEFAULT -> {
          String text = child.defaultExpression(c.columnId()).orElse(null);
          if (text == null) {
            yield null;
          }
          var parsed = new dev.quern.engine.parser.ExpressionParser(
              new dev.quern.engine.parser.TokenStream(dev.quern.engine.lexer.Lexer.tokenize(text, true))).parse();
          Object v = binder.constantValue(parsed, StoreTypes.widen(c.type())).eval(new EvalContext(new Object[0], state));
          yield v == null ? null : Conversions.convert(v, StoreTypes.widen(c.type()), c.type());
        }
        case NO_ACTION -> out[pos];
      };
    }
    return out;
  }

  private static void checkNullable(Object[] row, Table table, String database, SessionState state, Catalog catalog) {
    for (int i = 0; i < row.length; i++) {
      Column c = table.columns().get(i);
      if (row[i] == null && !c.nullable()) {
        throw SqlErrors.NULL_NOT_ALLOWED.raise(c.name(), database + "." + schemaQualified(state, catalog, table), "UPDATE");
      }
    }
  }

  private static Object[] project(Object[] row, Table table, List<Integer> columnIds) {
    Object[] out = new Object[columnIds.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = row[table.position(columnIds.get(i))];
    }
    return out;
  }

  private static boolean sameKey(Object[] a, Object[] b, Table table, List<Integer> columnIds) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] == null || b[i] == null) {
        if (a[i] != b[i]) {
          return false;
        }
        continue;
      }
      var type = table.columnById(columnIds.get(i)).type();
      if (Comparisons.compare(a[i], type, b[i], type) != 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean matches(
      Object[] childKey, Table child, List<Integer> childColumns, Object[] parentKey, Table parent,
      List<Integer> parentColumns) {
    for (int i = 0; i < childKey.length; i++) {
      if (childKey[i] == null || parentKey[i] == null) {
        return false;
      }
      if (Comparisons.compare(childKey[i], child.columnById(childColumns.get(i)).type(),
          parentKey[i], parent.columnById(parentColumns.get(i)).type()) != 0) {
        return false;
      }
    }
    return true;
  }

  /** ALTER TABLE ADD FOREIGN KEY: every existing row must have its parent. */
  static void validateExisting(SessionState state, ResolvedTable t, Table table, Constraint.ForeignKey fk) {
    Table withFk = table.withConstraints(List.of(fk.withState(false, false)));
    try (RowCursor c = TableStores.open(state.store(), t.catalog(), t.table()).scan(KeyRange.ALL, false)) {
      while (c.next()) {
        Object[] row = java.util.Arrays.copyOf(c.row(), table.columns().size());
        checkParents(state, t, withFk, row, "ALTER TABLE");
      }
    }
  }
}
