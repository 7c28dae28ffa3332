package dev.quern.catalog.meta;

import dev.quern.catalog.kv.KvTxn;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/**
 * Schema stability kept in memory, for readers that take no lock and never wait (an autocommit
 * read under READ UNCOMMITTED, READ COMMITTED or SNAPSHOT): what the shared lock on a table's
 * definition ({@link Catalog#lockDefinition}) gives a transaction, without a transaction.
 *
 * <p>Per table, a gate counts the lock-free readers in flight and records the DDL transactions
 * that hold or are taking the definition. A DDL marks the gate before it changes the definition
 * (before its exclusive lock on it), then waits until the readers in flight have left: they wait
 * for nothing, so the wait is short and cannot close a wait cycle. A reader enters only when no
 * DDL is marked; otherwise its caller takes the locking path, which waits on the DDL's lock with
 * the session's lock timeout and deadlock detection, as before. So, as with the lock, a DDL never
 * changes a table under a reader using it.
 *
 * <p>Entering also proves that the caller's {@link Table} is the stored definition, by reading it
 * in the reader's own snapshot (as {@code lockDefinition} does), every time. The proof is not
 * shared between readers: a reader's snapshot may be older than its entry (taken when it read the
 * metadata), so a proof made in it says nothing about a later snapshot — remembering one let a
 * reader holding a definition replaced meanwhile read the replaced, reclaimed key range and find
 * no row (seen once in LockFreePointSelectTest under load).
 *
 * <p>Ordering (all volatile or atomic, so sequentially consistent): a reader registers, then checks
 * for a DDL mark; a DDL sets its mark, then waits for the count to drain. Either the reader sees
 * the mark (and leaves), or the DDL sees the reader (and waits for it). A mark is retired once its
 * transaction has ended (its commit is then visible to every later snapshot).
 */
final class SchemaStability {
  /** Beyond this many gates, idle ones are dropped (of dropped tables, mostly). */
  private static final int SWEEP_ABOVE = 4096;

  private static final long DRAIN_PARK_NANOS = TimeUnit.MICROSECONDS.toNanos(20);

  /** A table's gate. */
  static final class Gate {
    private final AtomicInteger readers = new AtomicInteger();
    /** Whether {@link #ddls} may hold a transaction still running: checked without the lock. */
    private volatile boolean marked;
    /** Set once a sweep has dropped this gate from the map: readers of it use the new one. */
    private volatile boolean removed;
    private final Set<KvTxn> ddls = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Whether a DDL transaction marked on this gate is still running. */
    private boolean ddlRunning() {
      if (!marked) {
        return false;
      }
      synchronized (this) {
        ddls.removeIf(t -> !t.isActive());
        marked = !ddls.isEmpty();
        return marked;
      }
    }

    private void leave() {
      readers.decrementAndGet();
    }
  }


  private final ConcurrentHashMap<Integer, Gate> gates = new ConcurrentHashMap<>();

  /**
   * Enters {@code table} as a lock-free reader: returns the gate to {@link #leave}, or null when a
   * DDL holds or is taking the table's definition or {@code table} is not the stored definition
   * (the caller then takes the locking path). {@code isStored} reads the stored definition in the
   * reader's snapshot and compares it with {@code table}; it runs after entering.
   */
  Gate enter(Table table, Predicate<Table> isStored) {
    Gate g = gate(table.id());
    if (g.ddlRunning()) {
      return null; // checked before counting too, so that a DDL's drain is not held up by arrivals
    }
    g.readers.incrementAndGet();
    if (g.removed || g.ddlRunning()) {
      g.leave();
      return null;
    }
    boolean stored;
    try {
      stored = isStored.test(table);
    } catch (RuntimeException e) {
      g.leave();
      throw e;
    }
    if (!stored) {
      g.leave();
      return null;
    }
    return g;
  }

  /** The reader that entered {@code gate} is done with the table. */
  void leave(Gate gate) {
    gate.leave();
  }

  /**
   * {@code ddl} is about to change or drop the definition of object {@code objectId}: new lock-free
   * readers stay out until {@code ddl} ends, and this returns once those already in have left.
   */
  void ddlBegins(KvTxn ddl, int objectId) {
    java.util.Objects.requireNonNull(ddl);
    Gate g;
    while (true) {
      g = gate(objectId);
      synchronized (g) {
        if (g.removed) {
          continue; // a sweep dropped it just now: mark the gate readers will find
        }
        g.ddls.add(ddl);
        g.marked = true;
        break;
      }
    }
    // Readers in flight never wait for anything, so they leave within a statement's few reads.
    int spins = 0;
    while (g.readers.get() != 0) {
      if (++spins < 100) {
        Thread.onSpinWait();
      } else {
        LockSupport.parkNanos(DRAIN_PARK_NANOS);
      }
    }
    // Writers keep a table stable through its table lock alone (Catalog#lockForWrite): wait for
    // them too, as for the holders of the definition's shared lock.
    ddl.getForUpdate(SystemKeys.tableLock(objectId));
  }

  /** How many gates exist (tests check that idle ones are swept). */
  int gateCount() {
    return gates.size();
  }

  private Gate gate(int id) {
    Gate g = gates.get(id);
    while (g == null || g.removed) {
      if (g != null) {
        gates.remove(id, g);
      }
      if (gates.size() > SWEEP_ABOVE) {
        sweep();
      }
      g = gates.computeIfAbsent(id, k -> new Gate());
    }
    return g;
  }

  /**
   * Drops the gates nobody uses: no reader in, no DDL running. A reader that found a gate just
   * before it was dropped sees {@code removed} after registering and leaves (its caller takes the
   * locking path); the remover sees a reader that registered first and keeps the gate.
   */
  private void sweep() {
    for (Gate g : gates.values()) {
      synchronized (g) {
        if (g.marked || g.readers.get() != 0) {
          continue;
        }
        g.removed = true;
        if (g.readers.get() != 0) {
          g.removed = false;
          continue;
        }
      }
      gates.values().remove(g);
    }
  }
}
