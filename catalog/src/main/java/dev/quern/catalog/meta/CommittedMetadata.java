package dev.quern.catalog.meta;

import dev.quern.catalog.kv.KvTxn;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The latest committed metadata of one store, known without reading the DDL stamp while no DDL is
 * in flight. Every DDL transaction registers here when it writes the stamp; the generation moves
 * when one registers and again once it has ended (noticed at the next look: it is no longer
 * active, so its commit, if any, is visible to every later snapshot). A reader notes the
 * generation before taking its read snapshot; if the generation has not moved since and no DDL is
 * in flight, its snapshot sees exactly the stamp of the latest committed metadata, which the first
 * such reader to peek it offers here.
 *
 * <p>One catalog per store (see {@link Catalog#open}) sees every stamp write of that store.
 */
final class CommittedMetadata {
  private final Set<KvTxn> writers = Collections.newSetFromMap(new IdentityHashMap<>());
  private long generation;
  private Metadata latest;
  private long latestGeneration = -1;

  /** To be noted before a read snapshot is taken (see {@link #ifQuietSince}). */
  synchronized long generation() {
    retireEnded();
    return generation;
  }

  /** {@code txn} writes the stamp: until it ends, readers read the stamp themselves. */
  synchronized void stampWritten(KvTxn txn) {
    if (writers.add(txn)) {
      generation++;
    }
  }

  /** Whether {@code txn} has written the stamp and not yet been seen to end. */
  synchronized boolean writes(KvTxn txn) {
    return writers.contains(txn);
  }

  /**
   * The latest committed metadata if nothing has changed since generation {@code noted} (so a
   * snapshot taken after noting it sees that metadata); null when the caller must read the stamp.
   */
  synchronized Metadata ifQuietSince(long noted) {
    retireEnded();
    return writers.isEmpty() && generation == noted && latestGeneration == noted ? latest : null;
  }

  /**
   * Offers the metadata a reader read at a snapshot taken after noting generation {@code noted}: it
   * is the latest committed one if nothing has changed since.
   */
  synchronized void offer(long noted, Metadata read) {
    retireEnded();
    if (writers.isEmpty() && generation == noted) {
      latest = read;
      latestGeneration = noted;
    }
  }

  private void retireEnded() {
    if (!writers.isEmpty() && writers.removeIf(t -> !t.isActive())) {
      generation++;
    }
  }
}
