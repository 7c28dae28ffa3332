package dev.quern.engine.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The table variables a session's running batch declared: each {@code @t} maps to a unique name in
 * tempdb (so two batches or a nested scope never share a table), and the tables are dropped when
 * the scope that declared them ends.
 */
public final class TableVariables {
  /**
   * One scope (a batch): declared name (lower case) to the stored name and table id; {@code
   * readOnly} the names that are READONLY table-valued parameters (lower case).
   */
  private record Scope(
      Map<String, String> names, List<Integer> tableIds, java.util.Set<String> readOnly, Map<String, Integer> types) {}

  /** Separates the declared name from the session tag in a stored name; no #temp name has it. */
  private static final String MARKER = "_TV_";

  private final String sessionTag;
  private final List<Scope> scopes = new ArrayList<>();
  private long counter;

  TableVariables(String sessionTag) {
    this.sessionTag = sessionTag;
  }

  /** A batch starts: its table variables are its own. */
  public void enter() {
    scopes.add(new Scope(new HashMap<>(), new ArrayList<>(), new java.util.HashSet<>(), new HashMap<>()));
  }

  /** The batch ends: the ids of the tables to drop now. */
  List<Integer> exit() {
    return scopes.isEmpty() ? List.of() : scopes.removeLast().tableIds();
  }

  private Scope current() {
    if (scopes.isEmpty()) {
      enter();
    }
    return scopes.getLast();
  }

  /** The stored name of {@code @t} in the current scope, or null when it is not declared there. */
  public String storedName(String name) {
    return scopes.isEmpty() ? null : current().names().get(name.toLowerCase(Locale.ROOT));
  }

  /**
   * Declares {@code @t} and returns its new stored name, or null when this scope declared it already
   * (a DECLARE run again in a loop keeps the table, as SQL Server declares once per batch).
   */
  public String declare(String name) {
    Scope s = current();
    String key = name.toLowerCase(Locale.ROOT);
    if (s.names().containsKey(key)) {
      return null;
    }
    String stored = "#" + name.substring(1) + MARKER + sessionTag + "_" + Long.toHexString(++counter).toUpperCase(Locale.ROOT);
    s.names().put(key, stored);
    return stored;
  }

  /**
   * Makes {@code name} in the current scope a READONLY table-valued parameter reading the table
   * stored as {@code storedName} (the caller's table variable, or one filled from a client's rows):
   * the scope never drops that table, and nothing may modify it through this name (10700).
   */
  public void bindReadOnly(String name, String storedName) {
    Scope s = current();
    String key = name.toLowerCase(Locale.ROOT);
    s.names().put(key, storedName);
    s.readOnly().add(key);
  }

  /** Records that {@code name} of the current scope is of table type {@code userTypeId} (0: none). */
  public void typed(String name, int userTypeId) {
    current().types().put(name.toLowerCase(Locale.ROOT), userTypeId);
  }

  /** The table type {@code name} of the current scope was declared with, 0 for DECLARE … TABLE. */
  public int userTypeId(String name) {
    return scopes.isEmpty() ? 0 : current().types().getOrDefault(name.toLowerCase(Locale.ROOT), 0);
  }

  /** Whether {@code name} is a READONLY table-valued parameter of the current scope. */
  public boolean isReadOnly(String name) {
    return !scopes.isEmpty() && current().readOnly().contains(name.toLowerCase(Locale.ROOT));
  }

  /**
   * How messages name a stored table: a table variable by its declared name ({@code @t}, as SQL
   * Server words 515 and 2627 for one), any other table by its own name.
   */
  public static String displayName(String storedName) {
    if (dev.quern.catalog.meta.IndexedViewRows.holdsView(storedName)) {
      return dev.quern.catalog.meta.IndexedViewRows.viewName(storedName); // an indexed view's rows: the view
    }
    int marker = storedName.lastIndexOf(MARKER);
    return storedName.startsWith("#") && marker > 1 ? "@" + storedName.substring(1, marker) : storedName;
  }

  /** Whether {@code storedName} names a table variable of the session tagged {@code sessionTag}. */
  public static boolean isOf(String storedName, String sessionTag) {
    return storedName.startsWith("#") && storedName.contains(MARKER + sessionTag + "_");
  }

  /** Whether {@code storedName} names a table variable (of any session). */
  public static boolean isTableVariable(String storedName) {
    return storedName.startsWith("#") && storedName.contains(MARKER);
  }

  /** The tables of every live table variable (all scopes). */
  List<Integer> liveIds() {
    List<Integer> out = new ArrayList<>();
    scopes.forEach(s -> out.addAll(s.tableIds()));
    return out;
  }

  /** Records the table created for the latest declaration, to drop when the scope ends. */
  public void created(int tableId) {
    current().tableIds().add(tableId);
  }
}
