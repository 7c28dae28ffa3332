package dev.quern.engine.sys;

import dev.quern.catalog.meta.Procedure;
import dev.quern.catalog.meta.SchemaObject;
import dev.quern.catalog.meta.Trigger;
import dev.quern.catalog.meta.UserFunction;
import dev.quern.catalog.meta.View;
import dev.quern.engine.ast.ColumnRef;
import dev.quern.engine.ast.CreateViewStatement;
import dev.quern.engine.ast.DeleteStatement;
import dev.quern.engine.ast.ExecuteStatement;
import dev.quern.engine.ast.FunctionCall;
import dev.quern.engine.ast.InsertStatement;
import dev.quern.engine.ast.MergeStatement;
import dev.quern.engine.ast.NextValueExpr;
import dev.quern.engine.ast.SelectItem;
import dev.quern.engine.ast.TableSource;
import dev.quern.engine.ast.UpdateStatement;
import dev.quern.engine.parser.Parser;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names a module's definition refers to, found in the syntax tree the engine's own parser
 * builds for it (a view's query, a procedure's, function's or trigger's body, parsed as a call
 * parses it): tables and views read or written, user functions called, procedures executed,
 * sequences, and the columns read or written through each. Names are kept as written, so a
 * reference to an object that does not exist yet (deferred name resolution) is still one;
 * resolving them against the catalog is {@link Dependencies}' job. Results are cached per
 * definition text, so a changed definition (ALTER) is parsed again and nothing is done at DDL time.
 */
final class ModuleReferences {
  /** How a reference is used: which columns are read and written through it. */
  static final class Usage {
    final List<String> parts;
    final boolean executed;
    boolean selected;
    boolean updated;
    boolean selectAll;
    boolean insertAll;
    /** Whether the module reads its rows (FROM, or the target of UPDATE, DELETE, MERGE): its columns may be unqualified. */
    boolean readsRows;
    final Set<String> selectedColumns = new LinkedHashSet<>();
    final Set<String> updatedColumns = new LinkedHashSet<>();

    Usage(List<String> parts, boolean executed) {
      this.parts = List.copyOf(parts);
      this.executed = executed;
    }
  }

  /** A module's references in order of first appearance; {@code complete} false when it did not parse. */
  record Parsed(List<Usage> references, List<String> unqualifiedColumns, boolean complete) {}

  private static final int CACHE_LIMIT = 2048;
  private static final Map<String, Parsed> CACHE = new ConcurrentHashMap<>();

  private final Map<String, Usage> byName = new LinkedHashMap<>();
  private final Map<String, Usage> byAlias = new java.util.HashMap<>();
  private final List<String> unqualified = new ArrayList<>();
  /** Second pass: columns, stars and written tables, once every alias in the module is known. */
  private boolean columnsPass;
  /** In a trigger, {@code inserted} and {@code deleted} are its pseudo-tables, no objects. */
  private boolean trigger;

  private ModuleReferences() {}

  /** The references of {@code module}'s definition (none for an object without one). */
  static Parsed of(SchemaObject module) {
    String definition = dev.quern.engine.store.ObjectNames.definitionOf(module);
    if (definition == null) {
      return new Parsed(List.of(), List.of(), true);
    }
    String key = module.typeCode().trim() + ":" + definition;
    Parsed cached = CACHE.get(key);
    if (cached != null) {
      return cached;
    }
    Parsed parsed = parse(module);
    if (CACHE.size() >= CACHE_LIMIT) {
      CACHE.clear(); // a bound against a database with very many modules; parsing again is cheap
    }
    CACHE.put(key, parsed);
    return parsed;
  }

  /**
   * The references of a computed column's, CHECK or DEFAULT constraint's expression: the
   * functions it calls, and its column names (unqualified: the table's own columns).
   */
  static Parsed ofExpression(String expression) {
    String key = "EXPR:" + expression;
    Parsed cached = CACHE.get(key);
    if (cached != null) {
      return cached;
    }
    Parsed parsed = parse(() -> Parser.parseQuery("SELECT " + expression, true));
    if (CACHE.size() >= CACHE_LIMIT) {
      CACHE.clear();
    }
    CACHE.put(key, parsed);
    return parsed;
  }

  /**
   * Parsed with QUOTED_IDENTIFIER on, as most modules are created; a module created with it off
   * (a "double-quoted" string) parses only that way, so it is tried then.
   */
  private static Parsed parse(SchemaObject module) {
    Parsed quoted = parse(() -> tree(module, true), module instanceof Trigger);
    return quoted.complete() ? quoted : parse(() -> tree(module, false), module instanceof Trigger);
  }

  private static Parsed parse(java.util.function.Supplier<Object> parser) {
    return parse(parser, false);
  }

  private static Parsed parse(java.util.function.Supplier<Object> parser, boolean trigger) {
    ModuleReferences refs = new ModuleReferences();
    refs.trigger = trigger;
    try {
      Object tree = parser.get();
      refs.walk(tree);
      refs.columnsPass = true;
      refs.walk(tree);
    } catch (RuntimeException e) {
      // A definition the parser no longer accepts: what was found before the failure, marked incomplete.
      return new Parsed(List.copyOf(refs.byName.values()), List.copyOf(refs.unqualified), false);
    }
    return new Parsed(List.copyOf(refs.byName.values()), List.copyOf(refs.unqualified), true);
  }

  /** The syntax tree of the module's body, parsed as running it parses it. */
  private static Object tree(SchemaObject module, boolean quoted) {
    return switch (module) {
      case View v -> ((CreateViewStatement) Parser.parseBatch(v.definition(), quoted).getFirst()).query();
      case Procedure p -> Parser.parseBatch(Parser.parseProcedure(p.definition(), quoted).body(), quoted);
      case Trigger t -> Parser.parseBatch(Parser.parseTrigger(t.definition(), quoted).body(), quoted);
      case UserFunction f -> {
        Parser.StoredFunction parsed = Parser.parseFunction(f.definition(), quoted);
        yield f.typeCode().trim().equals("IF")
            ? Parser.parseQuery(parsed.body().strip(), quoted)
            : Parser.parseBatch(parsed.body(), quoted);
      }
      default -> List.of();
    };
  }

  private void walk(Object node) {
    if (node instanceof List<?> list) {
      list.forEach(this::walk);
      return;
    }
    if (node == null || !node.getClass().isRecord()) {
      return;
    }
    visit(node);
    for (RecordComponent c : node.getClass().getRecordComponents()) {
      Class<?> type = c.getType();
      if (type.isPrimitive() || type == String.class || type.isEnum()) {
        continue;
      }
      try {
        walk(c.getAccessor().invoke(node));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** What one node refers to: objects in the first pass, columns through their aliases in the second. */
  private void visit(Object node) {
    if (columnsPass) {
      visitColumns(node);
      return;
    }
    switch (node) {
      case TableSource.Named n -> named(n);
      case TableSource.Function f when userFunction(f.name()) ->
          reference(List.of(f.name().split("\\.", -1)), false).selected = true;
      case FunctionCall f when f.name().contains(".") && !inSys(f.name()) ->
          reference(List.of(f.name().split("\\.", -1)), false).selected = true;
      case ExecuteStatement e when e.procName() != null && !e.procName().isEmpty()
          && dev.quern.engine.proc.SystemProcedures.lookup(String.join(".", e.procName())).isEmpty() ->
          reference(e.procName(), true);
      case NextValueExpr n -> reference(n.sequence(), false).selected = true;
      default -> {}
    }
  }

  private void visitColumns(Object node) {
    switch (node) {
      case InsertStatement i -> {
        Usage u = written(i.table(), i.columns());
        if (u != null && i.columns().isEmpty()) {
          u.insertAll = true;
        }
      }
      case UpdateStatement u -> readsRows(written(u.table(), u.assignments().stream().map(UpdateStatement.Assignment::column).toList()));
      case DeleteStatement d -> readsRows(written(d.table(), List.of()));
      case MergeStatement m -> readsRows(written(m.table(), List.of()));
      case SelectItem.Star s -> star(s);
      case ColumnRef c -> column(c.parts());
      default -> {}
    }
  }

  /** The built-in table-valued functions called without a schema. */
  private static final Set<String> BUILT_IN_TABLE_FUNCTIONS =
      Set.of("generate_series", "string_split", "fn_my_permissions", "fn_listextendedproperty");

  private static boolean userFunction(String name) {
    return !inSys(name) && (name.contains(".") || !BUILT_IN_TABLE_FUNCTIONS.contains(name.toLowerCase(Locale.ROOT)));
  }

  private static boolean inSys(String name) {
    String[] parts = name.split("\\.");
    return parts.length >= 2 && parts[parts.length - 2].equalsIgnoreCase("sys");
  }

  private void named(TableSource.Named n) {
    if (local(n.parts()) || trigger && n.parts().size() == 1
        && (n.parts().getFirst().equalsIgnoreCase("inserted") || n.parts().getFirst().equalsIgnoreCase("deleted"))) {
      return;
    }
    Usage u = reference(n.parts(), false);
    u.selected = true;
    u.readsRows = true;
    byAlias.put(key(List.of(n.alias() != null ? n.alias() : n.parts().getLast())), u);
  }

  private Usage written(List<String> table, List<String> columns) {
    if (table == null || table.isEmpty() || local(table)) {
      return null;
    }
    Usage target = byAlias.get(key(List.of(table.getLast())));
    Usage u = table.size() == 1 && target != null ? target : reference(table, false);
    u.updated = true;
    columns.forEach(c -> u.updatedColumns.add(c));
    return u;
  }

  private static void readsRows(Usage u) {
    if (u != null) {
      u.readsRows = true;
    }
  }

  private void star(SelectItem.Star s) {
    if (s.qualifier() != null) {
      Usage u = byAlias.get(key(List.of(s.qualifier())));
      if (u != null) {
        u.selectAll = true;
      }
    } else {
      byAlias.values().forEach(u -> u.selectAll = true);
    }
  }

  private void column(List<String> parts) {
    if (parts.size() == 1) {
      unqualified.add(parts.getFirst());
      return;
    }
    Usage u = byAlias.get(key(List.of(parts.get(parts.size() - 2))));
    if (u != null) {
      u.selectedColumns.add(parts.getLast());
    }
  }

  /** Temporary tables and table variables are no dependencies (SQL Server records none). */
  private static boolean local(List<String> parts) {
    return parts.getLast().startsWith("#") || parts.getLast().startsWith("@");
  }

  private Usage reference(List<String> parts, boolean executed) {
    return byName.computeIfAbsent(key(parts), k -> new Usage(parts, executed));
  }

  private static String key(List<String> parts) {
    return String.join(".", parts).toLowerCase(Locale.ROOT);
  }
}
