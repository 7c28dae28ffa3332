package dev.quern.catalog.meta;

import dev.quern.catalog.codec.LobRef;
import dev.quern.catalog.codec.LobStore;
import dev.quern.catalog.codec.RowCodec;
import dev.quern.catalog.codec.RowLayout;
import dev.quern.catalog.kv.KvIterator;
import dev.quern.catalog.kv.KvTxn;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The checks DBCC CHECKTABLE makes of one table's values stored outside their rows (SQL Server's
 * off-row data checks, "DBCC CHECKTABLE (Transact-SQL)"): every LOB a row references has all its
 * chunks, each of the length the value's length gives it; no chunk lies past a value's end or
 * belongs to no row; no two rows reference one LOB. Dropped columns' values count as referenced,
 * since their rows keep them (as SQL Server keeps a dropped column's data until the row is
 * rewritten). Reads in the caller's transaction: the rows, then the chunks in key order (by LOB
 * id, then chunk number), matched against the references sorted by LOB id.
 */
public final class LobConsistency {
  /** What is wrong, in SQL Server's terms (the messages' numbers). */
  public enum Kind {
    /** A chunk a row's value needs is not stored (8965). */
    MISSING_CHUNK,
    /** A chunk whose length is not the one the value's length gives it (8961). */
    MISMATCHED_CHUNK,
    /** A chunk no row references: of no row's value, or past its value's end (8964). */
    UNREFERENCED_CHUNK,
    /** A LOB two rows reference (8974); {@code otherSlot} is the second row. */
    SHARED,
    /** Closes the problems of one row's value (8929): names the row that owns it. */
    OWNER_ERRORS
  }

  /**
   * One problem. {@code slot} is the owning row's position in the table's key order (-1 for an
   * unreferenced chunk), {@code row} its values with LOBs left as references (null when unowned).
   */
  public record Finding(Kind kind, long lobId, long chunk, long slot, Object[] row, long otherSlot) {}

  /**
   * A row's reference to a LOB: the value's length, the row's position and key (its values are
   * read again only for a finding, so that a table of many LOBs is not held in memory).
   */
  private record Owner(LobRef ref, long slot, byte[] locator) {}

  private final TableStore store;
  private final KvTxn txn;
  private final byte[][] rowBounds;
  private final RowLayout layout;
  private final LobStore lobs;
  private final List<Finding> findings = new ArrayList<>();
  private final TreeMap<Long, Owner> owners = new TreeMap<>();

  /** The LOB whose chunks are being walked, and the chunk number expected next. */
  private Owner current;
  private long currentId;
  private long expected;
  private int currentProblems;

  /** The references in LOB id order, and the next one not yet matched with chunks. */
  private Iterator<Map.Entry<Long, Owner>> pending;
  private Map.Entry<Long, Owner> next;

  LobConsistency(TableStore store, KvTxn txn, byte[][] rowBounds, RowLayout layout, LobStore lobs) {
    this.store = store;
    this.txn = txn;
    this.rowBounds = rowBounds;
    this.layout = layout;
    this.lobs = lobs;
  }

  List<Finding> check() {
    collectOwners();
    pending = owners.entrySet().iterator();
    advance();
    lobs.forEachChunk(this::chunkSeen);
    finishCurrent();
    while (next != null) { // referenced LOBs above the last chunk's id have none stored
      start(next.getKey(), next.getValue());
      finishCurrent();
      advance();
    }
    return List.copyOf(findings);
  }

  private void chunkSeen(LobStore.Chunk c) {
    if (current == null || c.lobId() != currentId) {
      finishCurrent();
      ownersWithoutChunksBelow(c.lobId());
      if (next != null && next.getKey() == c.lobId()) {
        start(c.lobId(), next.getValue());
        advance();
      }
    }
    chunk(c);
  }

  /** Referenced LOBs with ids below {@code lobId} not met among the chunks have none stored. */
  private void ownersWithoutChunksBelow(long lobId) {
    while (next != null && next.getKey() < lobId) {
      start(next.getKey(), next.getValue());
      finishCurrent();
      advance();
    }
  }

  private void advance() {
    next = pending.hasNext() ? pending.next() : null;
  }

  /** Each row's LOB references, by LOB id; a second reference to one LOB is a finding. */
  private void collectOwners() {
    long slot = 0;
    try (KvIterator it = txn.scan(rowBounds[0], rowBounds[1], false)) {
      for (; it.next(); slot++) {
        byte[] stored = it.value();
        for (LobRef ref : RowCodec.lobRefs(layout, stored)) {
          Owner first = owners.putIfAbsent(ref.lobId(), new Owner(ref, slot, it.key()));
          if (first != null) {
            findings.add(new Finding(Kind.SHARED, ref.lobId(), 0, first.slot(), row(first), slot));
          }
        }
      }
    }
  }

  private void start(long lobId, Owner owner) {
    current = owner;
    currentId = lobId;
    expected = 0;
    currentProblems = 0;
  }

  private void chunk(LobStore.Chunk c) {
    if (current == null) {
      findings.add(new Finding(Kind.UNREFERENCED_CHUNK, c.lobId(), c.number(), -1, null, -1));
      return;
    }
    missingUpTo(Math.min(c.number(), LobStore.chunkCount(current.ref())));
    int length = LobStore.chunkLength(current.ref(), c.number());
    if (length < 0) {
      add(Kind.UNREFERENCED_CHUNK, c.number());
    } else if (length != c.length()) {
      add(Kind.MISMATCHED_CHUNK, c.number());
    }
    expected = Math.max(expected, c.number() + 1L);
  }

  /** The chunks of the current LOB not seen yet, then 8929 if any of its chunks was wrong. */
  private void finishCurrent() {
    if (current == null) {
      return;
    }
    missingUpTo(LobStore.chunkCount(current.ref()));
    if (currentProblems > 0) {
      findings.add(new Finding(Kind.OWNER_ERRORS, currentId, 0, current.slot(), row(current), -1));
    }
    current = null;
  }

  private void missingUpTo(long end) {
    for (; expected < end; expected++) {
      add(Kind.MISSING_CHUNK, expected);
    }
  }

  private void add(Kind kind, long chunk) {
    // A chunk past the value's end is the store's leftover, not damage to the row's value.
    if (kind != Kind.UNREFERENCED_CHUNK) {
      currentProblems++;
    }
    findings.add(new Finding(kind, currentId, chunk, current.slot(), row(current), -1));
  }

  private Object[] row(Owner owner) {
    byte[] stored = txn.get(owner.locator());
    return stored == null ? null : store.rowWithLobRefs(stored);
  }
}
