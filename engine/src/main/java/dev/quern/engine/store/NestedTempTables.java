package dev.quern.engine.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Local #temp tables of the same name at different nesting levels of one session. SQL Server lets
 * a procedure (or dynamic batch) create #t while its caller's #t lives: the new one hides the
 * caller's from there until the procedure ends, when it is dropped and #t means the caller's
 * again. A table created where one of its name already lives at the same level is 2714, as before.
 *
 * <p>The session's own stored name for #t ({@code #t___…_<session suffix>}) serves the first; each
 * hiding one gets a stored name of its own, still ending with the session's suffix (so it is the
 * session's, {@link StoreSession#ownsTempTable}), with a counter in its padding. Names resolve to
 * the innermost living one.
 */
final class NestedTempTables {
  /** By lower-case #name: the stored names of the tables hiding the first, innermost last. */
  private final Map<String, Deque<String>> hiding = new HashMap<>();
  /** By lower-case stored name: the nesting level (@@NESTLEVEL) each local #temp table was created at. */
  private final Map<String, Integer> levels = new HashMap<>();
  private final String suffix;
  private int counter;

  NestedTempTables(String suffix) {
    this.suffix = suffix;
  }

  /** The stored name {@code #name} means now: the innermost hiding table's, else the session's own. */
  String resolve(String name) {
    Deque<String> stack = hiding.get(key(name));
    return stack == null || stack.isEmpty() ? plain(name) : stack.peekLast();
  }

  /** The session's own stored name for {@code #name}, padded and suffixed as SQL Server's are. */
  String plain(String name) {
    int pad = Math.max(1, 116 - name.length() - suffix.length());
    return name + "_".repeat(pad) + suffix;
  }

  /** Table {@code storedName} was created at nesting level {@code level}. */
  void created(String storedName, int level) {
    levels.put(key(storedName), level);
  }

  /**
   * CREATE of {@code #name} found {@code storedName} (what the name means now) taken: when that
   * table was created at a lower nesting level than {@code level}, a new stored name hides it and
   * true is returned (the creation goes ahead under the new name); otherwise false (2714).
   */
  boolean hide(String name, String storedName, int level) {
    Integer at = levels.get(key(storedName));
    if (at == null || at >= level) {
      return false;
    }
    String counted = String.format(Locale.ROOT, "%04X", ++counter);
    int pad = Math.max(1, 116 - name.length() - suffix.length() - counted.length());
    hiding.computeIfAbsent(key(name), k -> new ArrayDeque<>()).addLast(name + "_".repeat(pad) + counted + suffix);
    return true;
  }

  /** Table {@code storedName} is gone (its module ended, or its creation failed): forgets it. */
  void dropped(String storedName) {
    String k = key(storedName);
    levels.remove(k);
    hiding.values().forEach(stack -> stack.removeIf(s -> key(s).equals(k)));
    hiding.values().removeIf(Deque::isEmpty);
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
