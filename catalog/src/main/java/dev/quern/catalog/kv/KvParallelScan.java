package dev.quern.catalog.kv;

/**
 * One transaction's read snapshot handed to several threads, so that a scan of one key range can
 * run as several scans of its parts at once (a parallel plan's scan). Every iterator it gives reads
 * the same snapshot, so the parts together hold exactly the rows one scan of the whole range would.
 *
 * <p>Got from {@link KvTxn#parallelScan} on the transaction's own thread, which also makes the
 * iterators; each iterator may then be walked on another thread (one at a time), and must be
 * closed before the transaction's statement ends (the snapshot is released then).
 */
public interface KvParallelScan {

  /**
   * Keys splitting {@code [from, to)} into at most {@code parts} ranges of similar stored size,
   * each of about {@code minBytesPerPart} or more, from what the store can tell without reading
   * the range: ascending, strictly inside the range. Empty when the range is too small to split or
   * the store cannot tell (the range is then read as one).
   */
  java.util.List<byte[]> splitKeys(byte[] from, byte[] to, int parts, long minBytesPerPart);

  /** An ascending iterator over {@code [from, to)} ({@code null} = unbounded) at the snapshot. */
  KvIterator scan(byte[] from, byte[] to);
}
