package dev.quern.engine.cursor;

import dev.quern.engine.ast.CursorStatement;
import dev.quern.engine.error.CursorErrors;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A session's cursors: GLOBAL ones by name for the whole session, and per running batch, procedure,
 * trigger or function (a scope, entered and left with it) its LOCAL cursors and cursor variables,
 * deallocated when it ends. Also @@FETCH_STATUS (the session's last fetch) and @@CURSOR_ROWS (the
 * last cursor opened). A local name hides a global one of the same name unless GLOBAL is said.
 */
public final class SessionCursors {
  private final Map<String, ServerCursor> global = new HashMap<>();
  private final Deque<Scope> scopes = new ArrayDeque<>();
  private int fetchStatus = -1;
  private ServerCursor lastOpened;
  /** API server cursors (sp_cursoropen) by handle, and by name for their positioned changes. */
  private final Map<Integer, ApiCursor> api = new HashMap<>();
  private final Map<String, ApiCursor> apiByName = new HashMap<>();
  /** sp_cursorprepare's statements by handle: {parameter definitions, statement}. */
  private final Map<Integer, String[]> prepared = new HashMap<>();
  /** SQL Server's API cursor handles look like 180150003. */
  private int lastHandle = 180150000;

  /** One batch's or module's LOCAL cursors and cursor variables (a variable maps to null until set). */
  private static final class Scope {
    final Map<String, ServerCursor> local = new HashMap<>();
    final Map<String, ServerCursor> variables = new HashMap<>();
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  public void enter() {
    scopes.push(new Scope());
  }

  /** Leaves the innermost scope: its LOCAL cursors and its variables' cursors are deallocated. */
  public void exit() {
    Scope s = scopes.poll();
    if (s != null) {
      s.local.values().forEach(this::dropped);
      s.variables.values().forEach(this::dropped);
    }
  }

  /** RESETCONNECTION and the session's end: every cursor goes. */
  public void reset() {
    global.clear();
    scopes.forEach(s -> {
      s.local.clear();
      s.variables.clear();
    });
    api.values().forEach(a -> a.cursor().close());
    api.clear();
    apiByName.clear();
    prepared.clear();
    fetchStatus = -1;
    lastOpened = null;
  }

  /** A fresh handle (sp_cursoropen's cursor, sp_cursorprepare's statement). */
  public int nextHandle() {
    return ++lastHandle;
  }

  /**
   * Makes the GLOBAL cursor {@code name} (just declared and opened for sp_cursoropen) an API
   * cursor: it leaves the names T-SQL statements see and is reached by {@code handle}. Null when
   * the cursor is not there open (dropped if declared).
   */
  public ApiCursor toApi(String name, int handle) {
    ServerCursor c = global.remove(key(name));
    if (c == null || !c.isOpen()) {
      dropped(c); // its DECLARE or OPEN failed, and said why: there is no cursor to hand out
      return null;
    }
    ApiCursor a = new ApiCursor(handle, c);
    api.put(handle, a);
    apiByName.put(key(name), a);
    return a;
  }

  /** The API cursor of {@code handle}; 16909 (with {@code proc} named) when there is none. */
  public ApiCursor api(int handle, String proc) {
    ApiCursor a = api.get(handle);
    if (a == null) {
      throw CursorErrors.INVALID_HANDLE.raise(proc, Integer.toHexString(handle));
    }
    return a;
  }

  /** sp_cursorclose. */
  public void closeApi(int handle, String proc) {
    ApiCursor a = api(handle, proc);
    api.remove(handle);
    apiByName.values().remove(a);
    dropped(a.cursor());
  }

  public void prepare(int handle, String params, String statement) {
    prepared.put(handle, new String[] {params, statement});
  }

  /** sp_cursorprepare's {parameter definitions, statement}; 16909 for an unknown handle. */
  public String[] prepared(int handle, String proc) {
    String[] p = prepared.get(handle);
    if (p == null) {
      throw CursorErrors.INVALID_HANDLE.raise(proc, Integer.toHexString(handle));
    }
    return p;
  }

  public void unprepare(int handle, String proc) {
    prepared(handle, proc);
    prepared.remove(handle);
  }

  private Scope scope() {
    if (scopes.isEmpty()) {
      enter(); // a statement run outside any batch (an RPC's own procedures)
    }
    return scopes.peek();
  }

  /** DECLARE name CURSOR: 16915 when the name is taken in its scope. */
  public void declare(ServerCursor cursor) {
    Map<String, ServerCursor> names = cursor.kind().local() ? scope().local : global;
    if (names.putIfAbsent(key(cursor.name()), cursor) != null) {
      throw CursorErrors.ALREADY_EXISTS.raise(cursor.name());
    }
  }

  public void declareVariable(String name) {
    scope().variables.put(key(name), null);
  }

  /** SET @c = CURSOR …: the variable's previous cursor, if any, is deallocated. */
  public void assign(String variable, ServerCursor cursor) {
    Scope s = scope();
    if (!s.variables.containsKey(key(variable))) {
      throw CursorErrors.NOT_A_CURSOR_VARIABLE.raise(variable);
    }
    dropped(s.variables.put(key(variable), cursor));
  }

  /** The cursor a statement names: 16916 (16950 for a variable without one) when there is none. */
  public ServerCursor find(CursorStatement.Ref ref) {
    Scope s = scope();
    if (ref.variable()) {
      ServerCursor c = s.variables.get(key(ref.name()));
      if (c == null) {
        throw s.variables.containsKey(key(ref.name()))
            ? CursorErrors.NO_CURSOR_ALLOCATED.raise(ref.name())
            : CursorErrors.NOT_A_CURSOR_VARIABLE.raise(ref.name());
      }
      return c;
    }
    ServerCursor c = ref.global() ? null : s.local.get(key(ref.name()));
    if (c == null) {
      c = global.get(key(ref.name()));
    }
    if (c == null && apiByName.containsKey(key(ref.name()))) {
      c = apiByName.get(key(ref.name())).cursor(); // sp_cursor's change, or a name sp_cursoroption gave
    }
    if (c == null) {
      throw CursorErrors.DOES_NOT_EXIST.raise(ref.name());
    }
    return c;
  }

  /** DEALLOCATE: the name (or the variable's reference) goes, and the cursor with it. */
  public void deallocate(CursorStatement.Ref ref) {
    ServerCursor c = find(ref);
    Scope s = scope();
    if (ref.variable()) {
      s.variables.put(key(ref.name()), null);
    } else if (!ref.global() && s.local.get(key(ref.name())) == c) {
      s.local.remove(key(ref.name()));
    } else {
      global.remove(key(ref.name()));
    }
    dropped(c);
  }

  private void dropped(ServerCursor c) {
    if (c != null) {
      c.close();
      if (c == lastOpened) {
        lastOpened = null;
      }
    }
  }

  /** sp_cursoroption CURSOR_NAME: the API cursor is also reached by {@code name}. */
  public void nameApi(ApiCursor a, String name) {
    apiByName.put(key(name), a);
  }

  public void opened(ServerCursor c) {
    lastOpened = c;
  }

  public void fetched(int status) {
    fetchStatus = status;
  }

  /** @@FETCH_STATUS. */
  public int fetchStatus() {
    return fetchStatus;
  }

  /** @@CURSOR_ROWS: the last opened cursor's row count (-1 dynamic), 0 once it is closed. */
  public int cursorRows() {
    if (lastOpened == null || !lastOpened.isOpen()) {
      return 0;
    }
    return (int) Math.min(Integer.MAX_VALUE, lastOpened.rows(1).count());
  }

  /** CURSOR_STATUS(source, name): see {@link ServerCursor#status}; -2 an unset variable, -3 none. */
  public int status(String source, String name) {
    Scope s = scope();
    String src = source.trim().toLowerCase(Locale.ROOT);
    ServerCursor c;
    switch (src) {
      case "local" -> c = s.local.get(key(name));
      case "global" -> c = global.get(key(name));
      case "variable" -> {
        if (!s.variables.containsKey(key(name))) {
          return -3;
        }
        c = s.variables.get(key(name));
        if (c == null) {
          return -2;
        }
      }
      default -> c = null; // no cursor comes from another source
    }
    return c == null ? -3 : c.status();
  }
}
