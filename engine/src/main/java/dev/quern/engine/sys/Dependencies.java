package dev.quern.engine.sys;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.SchemaObject;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dependencies of the current database's modules ("Understand SQL dependencies"): each name a
 * view, procedure, function or trigger refers to ({@link ModuleReferences}), resolved now against
 * the catalog. A name that finds nothing (not created yet, or dropped since) keeps its written
 * parts and has no referenced object; a name in another database is never resolved (SQL Server's
 * referenced_id is NULL for those too). Unqualified names resolve in dbo, as Quern resolves them
 * when the module runs.
 */
public final class Dependencies {
  /** One referenced entity of a module, the object it names now (null when none), the columns used. */
  record Reference(
      ModuleReferences.Usage usage, String server, String database, String schema, String entity,
      SchemaObject target, String targetSchema, Map<Column, ColumnUse> columns, boolean allColumnsFound) {}

  /** How a module uses one column: read (selected), written (updated), or both. */
  record ColumnUse(boolean selected, boolean updated) {}

  /**
   * A module (or a table's computed column, CHECK or DEFAULT constraint: {@code referencingId} and
   * {@code referencingMinorId} say which, {@code schemaBound} is true for those) and what it refers
   * to; {@code complete} false when some name or column did not resolve.
   */
  record Module(CatalogObjects.Entry entry, int referencingId, int referencingMinorId, boolean schemaBound,
      List<Reference> references, boolean complete) {}

  private Dependencies() {}

  /** The current database's objects, and by lower-case {@code schema.name} to resolve names in one look-up. */
  record Objects(List<CatalogObjects.Entry> list, Map<String, CatalogObjects.Entry> byName) {}

  static Objects objects(SessionState session) {
    List<CatalogObjects.Entry> list = CatalogObjects.objects(session);
    Map<String, CatalogObjects.Entry> byName = new java.util.HashMap<>();
    for (CatalogObjects.Entry e : list) {
      byName.putIfAbsent(key(e.schema().name(), e.object().name()), e);
    }
    return new Objects(list, byName);
  }

  private static String key(String schema, String name) {
    return (schema + "." + name).toLowerCase(Locale.ROOT);
  }

  /** Every module of the current database, and every table's expressions, with their references. */
  static List<Module> all(SessionState session) {
    Objects objects = objects(session);
    List<Module> out = new ArrayList<>();
    for (CatalogObjects.Entry e : objects.list()) {
      if (dev.quern.engine.store.ObjectNames.definitionOf(e.object()) != null) {
        out.add(of(session, e, objects));
      } else {
        out.addAll(expressions(session, e, objects));
      }
    }
    return out;
  }

  /** {@code module}'s references resolved against {@code objects} (the current database's). */
  static Module of(SessionState session, CatalogObjects.Entry module, Objects objects) {
    ModuleReferences.Parsed parsed = ModuleReferences.of(module.object());
    List<Reference> refs = new ArrayList<>();
    boolean complete = parsed.complete();
    for (ModuleReferences.Usage u : parsed.references()) {
      Reference r = resolve(session, u, objects, parsed.unqualifiedColumns());
      complete &= r.target() != null && r.allColumnsFound();
      refs.add(r);
    }
    return new Module(module, module.object().id(), 0, dev.quern.engine.store.ModuleOptions.schemaBound(module.object()), refs, complete);
  }

  /**
   * The expressions a table keeps (computed columns, CHECK and DEFAULT constraints) with what they
   * refer to: the functions they call, and the table's own columns they name. SQL Server binds
   * these when the table is created, so their references are schema-bound ones.
   */
  static List<Module> expressions(SessionState session, CatalogObjects.Entry table, Objects objects) {
    List<Module> out = new ArrayList<>();
    if (!(table.object() instanceof Table t)) {
      return out;
    }
    for (Column c : t.columns()) {
      if (c.computed() != null) {
        out.add(expression(session, table, t.id(), c.columnId(), c.computed().expression(), objects));
      }
    }
    for (dev.quern.catalog.meta.Constraint k : t.constraints()) {
      if (k instanceof dev.quern.catalog.meta.Constraint.Check check) {
        out.add(expression(session, table, check.objectId(), 0, check.expression(), objects));
      } else if (k instanceof dev.quern.catalog.meta.Constraint.Default d) {
        out.add(expression(session, table, d.objectId(), 0, d.expression(), objects));
      }
    }
    out.removeIf(m -> m.references().isEmpty());
    return out;
  }

  private static Module expression(SessionState session, CatalogObjects.Entry table, int id, int minor,
      String text, Objects objects) {
    ModuleReferences.Parsed parsed = ModuleReferences.ofExpression(text);
    List<Reference> refs = new ArrayList<>();
    for (ModuleReferences.Usage u : parsed.references()) {
      refs.add(resolve(session, u, objects, List.of()));
    }
    if (!parsed.unqualifiedColumns().isEmpty()) {
      var self = new ModuleReferences.Usage(List.of(table.object().name()), false);
      self.selected = true;
      self.selectedColumns.addAll(parsed.unqualifiedColumns());
      Map<Column, ColumnUse> columns = new LinkedHashMap<>();
      columns((Table) table.object(), self, List.of(), columns);
      if (!columns.isEmpty()) {
        refs.add(new Reference(self, null, null, null, table.object().name(), table.object(), table.schema().name(),
            columns, true));
      }
    }
    return new Module(table, id, minor, true, refs, parsed.complete());
  }

  private static Reference resolve(SessionState session, ModuleReferences.Usage u, Objects objects,
      List<String> unqualified) {
    List<String> p = u.parts;
    int n = p.size();
    String entity = p.get(n - 1);
    String schema = n >= 2 && !p.get(n - 2).isEmpty() ? p.get(n - 2) : null;
    String database = n >= 3 && !p.get(n - 3).isEmpty() ? p.get(n - 3) : null;
    String server = n >= 4 && !p.get(n - 4).isEmpty() ? p.get(n - 4) : null;
    CatalogObjects.Entry found = null;
    if (server == null && (database == null || database.equalsIgnoreCase(session.databaseName()))) {
      found = objects.byName().get(key(schema == null ? "dbo" : schema, entity));
    }
    Map<Column, ColumnUse> columns = new LinkedHashMap<>();
    boolean allFound = true;
    if (found != null && found.object() instanceof Table t) {
      allFound = columns(t, u, unqualified, columns);
    }
    return new Reference(u, server, database, schema, entity, found == null ? null : found.object(),
        found == null ? null : found.schema().name(), columns, allFound);
  }

  /**
   * The table's columns the module uses: those named through the table's name or alias, and
   * unqualified names the table has, every column under {@code *}; false when a column named
   * through the table is not one of its columns (renamed or dropped since).
   */
  private static boolean columns(Table t, ModuleReferences.Usage u, List<String> unqualified,
      Map<Column, ColumnUse> out) {
    boolean allFound = true;
    for (Column c : t.columns()) {
      boolean updated = contains(u.updatedColumns, c.name());
      // Unqualified names and * are attributed to the tables the module reads, not to those it only writes.
      boolean selected = contains(u.selectedColumns, c.name())
          || u.readsRows && (contains(unqualified, c.name()) || u.selectAll);
      if (updated || selected) {
        out.put(c, new ColumnUse(selected, updated));
      }
    }
    for (String name : u.selectedColumns) {
      allFound &= t.columns().stream().anyMatch(c -> c.name().equalsIgnoreCase(name));
    }
    for (String name : u.updatedColumns) {
      allFound &= t.columns().stream().anyMatch(c -> c.name().equalsIgnoreCase(name));
    }
    return allFound;
  }

  private static boolean contains(java.util.Collection<String> names, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(lower));
  }
}
