package dev.quern.engine.stats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's plan cache as the DMVs see it: the plans run since start or the last DBCC
 * FREEPROCCACHE, found by (text, kind, database, object). Bounded as a plan cache is: past
 * {@value #MAX_STATEMENTS} statements, {@value #MAX_PLANS} plans or 64 MB of text, the least recently used
 * tenth of the plans goes (its statistics with it), so the memory stays bounded whatever clients
 * send. Finding or adding a plan takes one lock; it happens once per compiled plan per session,
 * not per run (the executor keeps what it found beside the compiled plan).
 */
public final class PlanCache {
  static final int MAX_STATEMENTS = 8192;
  static final int MAX_PLANS = 4096;
  /** The texts the cache keeps, in characters (64 MB): a few huge batches must not hold gigabytes. */
  static final long MAX_TEXT_CHARS = 32L << 20;

  private record Key(String text, PlanKind kind, int databaseId, int objectId) {}

  private final Map<Key, CachedPlan> plans = new HashMap<>();
  private int statementCount;
  private long textChars;
  /** How many times the cache was emptied: sessions drop their compiled plans when it moves. */
  private volatile long generation;
  private long nextSerial = 1;
  /** A wall-clock instant and the System.nanoTime read with it, to date nanoTime readings. */
  private final Instant anchorWall = Instant.now();
  private final long anchorNanos = System.nanoTime();

  /** The cached plan for {@code text}, added on its first run. */
  public synchronized CachedPlan plan(String text, PlanKind kind, int databaseId, int objectId) {
    Key key = new Key(text, kind, databaseId, objectId);
    CachedPlan p = plans.get(key);
    if (p == null) {
      p = new CachedPlan(text, kind, databaseId, objectId, nextSerial++);
      plans.put(key, p);
      textChars += text.length();
      trim();
    }
    return p;
  }

  /** The statistics of one statement of {@code plan} ([start, end) of its text). */
  public StatementStats statement(CachedPlan plan, int start, int end, long planHash) {
    boolean[] created = new boolean[1];
    StatementStats s = plan.statement(start, end, planHash, created);
    if (created[0] && !plan.evicted()) {
      synchronized (this) {
        statementCount++;
        trim();
      }
    }
    return s;
  }

  /** Everything cached (DBCC FREEPROCCACHE); plans still held by sessions find themselves evicted. */
  public synchronized void clear() {
    generation++;
    plans.values().forEach(CachedPlan::evict);
    plans.clear();
    statementCount = 0;
    textChars = 0;
  }

  /**
   * Lets go of the plans of the modules {@code objectIds} of database {@code databaseId}
   * (sp_recompile): their next run compiles afresh, with new statistics, as after eviction.
   */
  public synchronized void evict(int databaseId, java.util.Set<Integer> objectIds) {
    var it = plans.entrySet().iterator();
    while (it.hasNext()) {
      CachedPlan p = it.next().getValue();
      if (p.databaseId() == databaseId && objectIds.contains(p.objectId())) {
        it.remove();
        statementCount -= p.statementCount();
        textChars -= p.text().length();
        p.evict();
      }
    }
  }

  /** The cached plans, oldest first. */
  public synchronized List<CachedPlan> plans() {
    List<CachedPlan> out = new ArrayList<>(plans.values());
    out.sort(Comparator.comparingLong(CachedPlan::serial));
    return out;
  }

  /** Moves at each DBCC FREEPROCCACHE. */
  public long generation() {
    return generation;
  }

  /** The wall-clock time of a System.nanoTime reading. */
  public Instant instant(long nanoTime) {
    return anchorWall.plusNanos(nanoTime - anchorNanos);
  }

  /** Lets go of the least recently used tenth of the plans while over a bound. */
  private void trim() {
    if (statementCount <= MAX_STATEMENTS && plans.size() <= MAX_PLANS && textChars <= MAX_TEXT_CHARS) {
      return;
    }
    // Each plan's last use read once: sessions go on using plans while this sorts, and a key that
    // moved during the sort would break its comparisons (TimSort fails the request).
    record Use(Key key, CachedPlan plan, long lastUsed) {}
    List<Use> byUse = new ArrayList<>(plans.size());
    plans.forEach((k, p) -> byUse.add(new Use(k, p, p.lastUsedNanos())));
    byUse.sort(Comparator.comparingLong(Use::lastUsed));
    int drop = Math.max(1, byUse.size() / 10);
    for (int i = 0; i < drop; i++) {
      CachedPlan p = byUse.get(i).plan();
      plans.remove(byUse.get(i).key());
      statementCount -= p.statementCount();
      textChars -= p.text().length();
      p.evict();
    }
  }

  /** How many characters of text the cache holds. */
  synchronized long textChars() {
    return textChars;
  }

  /** How many statements the cache holds statistics for. */
  synchronized int statementCount() {
    return statementCount;
  }
}
