package dev.quern.it.chaos;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What a chaos run saw: calls per operation and outcome, and every finding (an outcome no
 * oracle allows, a call that hung, a leftover after the run), thread-safe for all sessions.
 */
public final class Findings {
  /** A run keeps the first findings in full; the rest are only counted (one bug repeats). */
  private static final int KEEP = 200;

  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
  private final List<String> findings = new ArrayList<>();
  private int dropped;

  /** Counts one call of {@code op} that ended with {@code outcome} (e.g. "ok", "39004"). */
  public void count(String op, String outcome) {
    counts.computeIfAbsent(op + " " + outcome, k -> new LongAdder()).increment();
  }

  public synchronized void add(String finding) {
    if (findings.size() < KEEP) {
      findings.add(finding);
    } else {
      dropped++;
    }
  }

  public synchronized List<String> all() {
    List<String> out = new ArrayList<>(findings);
    if (dropped > 0) {
      out.add("... and " + dropped + " more");
    }
    return out;
  }

  public long calls() {
    return counts.values().stream().mapToLong(LongAdder::sum).sum();
  }

  /** One line per operation and outcome, sorted, for the run's summary. */
  public String summary() {
    Map<String, Long> sorted = new TreeMap<>();
    counts.forEach((k, v) -> sorted.put(k, v.sum()));
    StringBuilder sb = new StringBuilder();
    sorted.forEach((k, v) -> sb.append("  ").append(k).append(": ").append(v).append('\n'));
    return sb.toString();
  }
}
