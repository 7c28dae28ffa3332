package dev.quern.it;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the clients of {@link CrashRecoveryIT} know about each transaction they ran, keyed by the
 * ledger key it inserted: acknowledged (commit() returned), absent (rolled back, failed, or still
 * open when the server died) or unknown (commit sent, no answer before the crash).
 */
final class CommitOutcomes {

  /** What an acknowledged transaction wrote besides its key. */
  record Ack(long sequenceValue, int transferId) {}

  private final Map<String, Ack> acknowledged = new ConcurrentHashMap<>();
  private final Set<String> absent = ConcurrentHashMap.newKeySet();
  private final Set<String> unknown = ConcurrentHashMap.newKeySet();

  /** Called just before commit(): from here on the outcome is unknown until commit() returns. */
  void committing(String key) {
    unknown.add(key);
  }

  void acknowledged(String key, long sequenceValue, int transferId) {
    acknowledged.put(key, new Ack(sequenceValue, transferId));
    unknown.remove(key);
  }

  /** A transaction that never reached commit(): it must not survive. */
  void abandoned(String key) {
    absent.add(key);
  }

  int acknowledgedCount() {
    return acknowledged.size();
  }

  Map<String, Ack> acknowledged() {
    return Map.copyOf(acknowledged);
  }

  Set<String> absent() {
    return Set.copyOf(absent);
  }

  Set<String> unknown() {
    return Set.copyOf(unknown);
  }

  /**
   * After recovery has been checked, an in-doubt commit is whatever the server kept: present rows
   * become acknowledged (they must survive every later crash), missing ones absent.
   */
  int resolveUnknown(Map<String, Ack> present) {
    int kept = 0;
    for (String key : new HashSet<>(unknown)) {
      Ack row = present.get(key);
      if (row != null) {
        acknowledged.put(key, row);
        kept++;
      } else {
        absent.add(key);
      }
      unknown.remove(key);
    }
    return kept;
  }

  long maxAcknowledgedSequence() {
    return acknowledged.values().stream().mapToLong(Ack::sequenceValue).max().orElse(0);
  }

  int maxAcknowledgedTransfer() {
    return acknowledged.values().stream().mapToInt(Ack::transferId).max().orElse(0);
  }
}
