package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the clients of {@link CrashDdlIT} know of dbo.docs: for each id the version its last
 * acknowledged transaction left (0: no row), and the transactions sent whose answer the crash
 * took (in doubt: all of their changes or none may have survived). Each id belongs to one worker,
 * so an id's versions only move through that worker's transactions.
 */
final class DocLedger {

  /** One transaction's changes: id to the version it writes (0 deletes the row). */
  record Change(Map<Integer, Integer> versions) {}

  private final Map<Integer, Integer> acknowledged = new ConcurrentHashMap<>();
  private final Set<Change> inDoubt = ConcurrentHashMap.newKeySet();

  /** The acknowledged version of {@code id}, 0 when it has no row. */
  int version(int id) {
    return acknowledged.getOrDefault(id, 0);
  }

  /** Called just before the commit is sent: from here the outcome is unknown until it returns. */
  void committing(Change change) {
    inDoubt.add(change);
  }

  void acknowledged(Change change) {
    acknowledged.putAll(change.versions());
    inDoubt.remove(change);
  }

  /** The server answered with an error: the transaction was rolled back. */
  void failed(Change change) {
    inDoubt.remove(change);
  }

  /** The ids that have ever had a row, or may have. */
  Set<Integer> ids() {
    Set<Integer> ids = new HashSet<>(acknowledged.keySet());
    inDoubt.forEach(c -> ids.addAll(c.versions().keySet()));
    return ids;
  }

  int liveRows() {
    return (int) acknowledged.values().stream().filter(v -> v > 0).count();
  }

  /**
   * Checks {@code recovered} (id to version, as the restarted server holds dbo.docs) against what
   * was acknowledged: each in-doubt transaction survived whole or not at all, and every other id
   * is at its acknowledged version. The in-doubt ones then take the outcome the server kept.
   * Returns how many of them were kept.
   */
  int verifyAndResolve(Map<Integer, Integer> recovered, String when) {
    Map<Integer, Integer> expected = new HashMap<>(acknowledged);
    int kept = 0;
    for (Change c : List.copyOf(inDoubt)) {
      boolean all = c.versions().entrySet().stream()
          .allMatch(e -> recovered.getOrDefault(e.getKey(), 0).equals(e.getValue()));
      boolean none = c.versions().keySet().stream()
          .allMatch(id -> recovered.getOrDefault(id, 0) == version(id));
      assertThat(all || none).as("in-doubt transaction %s survived in part %s", c, when).isTrue();
      if (all) {
        expected.putAll(c.versions());
        acknowledged.putAll(c.versions());
        kept++;
      }
      inDoubt.remove(c);
    }
    expected.values().removeIf(v -> v == 0);
    assertThat(recovered).as("dbo.docs (id -> version) %s", when).isEqualTo(expected);
    return kept;
  }
}
