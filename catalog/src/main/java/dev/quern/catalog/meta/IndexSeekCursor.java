package dev.quern.catalog.meta;

import dev.quern.catalog.kv.KvIterator;
import dev.quern.catalog.kv.KvTxn;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The entries of a nonclustered index in a key range, read (not for update). Once rows are asked
 * for, the rows of the following entries are looked up a batch at a time ({@link KvTxn#getAll})
 * instead of one point read each: an index seek over many rows costs far fewer calls into the
 * store. Batches start small and grow, so a seek stopped early (TOP) reads little ahead. Only where
 * reads take no locks ({@code readAhead}): reading ahead must not lock rows early.
 */
final class IndexSeekCursor implements IndexCursor {
  private static final int FIRST_BATCH = 8;
  private static final int MAX_BATCH = 128;

  /** Decodes a stored row, with LOB values read whole or left as references. */
  interface RowDecoder {
    Object[] decode(byte[] stored, boolean lobRefs);
  }

  private final KvTxn txn;
  private final KvIterator it;
  private final boolean readAhead;
  private final Function<byte[], Object[]> covered;
  private final RowDecoder rows;
  private final List<byte[]> entries = new ArrayList<>();
  private List<byte[]> storedRows = List.of();
  private int position;
  private int batch = FIRST_BATCH;
  private boolean batching;
  private boolean exhausted;
  private byte[] entry;
  private byte[] stored;
  private boolean fetched;

  IndexSeekCursor(
      KvTxn txn,
      KvIterator it,
      boolean readAhead,
      Function<byte[], Object[]> covered,
      RowDecoder rows) {
    this.txn = txn;
    this.it = it;
    this.readAhead = readAhead;
    this.covered = covered;
    this.rows = rows;
  }

  @Override
  public boolean next() {
    if (batching) {
      if (++position < entries.size()) {
        entry = entries.get(position);
        stored = storedRows.get(position);
        return true;
      }
      return fill();
    }
    fetched = false;
    stored = null;
    entry = it.next() ? it.value() : null;
    return entry != null;
  }

  /** Reads the next batch of entries and their rows; false at the end of the range. */
  private boolean fill() {
    entries.clear();
    while (!exhausted && entries.size() < batch) {
      if (it.next()) {
        entries.add(it.value());
      } else {
        exhausted = true;
      }
    }
    if (entries.isEmpty()) {
      entry = null;
      stored = null;
      return false;
    }
    List<byte[]> locators = new ArrayList<>(entries.size());
    for (byte[] e : entries) {
      locators.add(TableStore.locatorOf(e));
    }
    storedRows = txn.getAll(locators);
    batch = Math.min(batch * 2, MAX_BATCH);
    position = 0;
    entry = entries.getFirst();
    stored = storedRows.getFirst();
    return true;
  }

  private byte[] stored() {
    if (!batching && !fetched) {
      stored = txn.get(locator());
      fetched = true;
      // The caller reads rows: look the following ones up in batches.
      batching = readAhead;
    }
    return stored;
  }

  @Override
  public byte[] locator() {
    return TableStore.locatorOf(entry);
  }

  @Override
  public Object[] covered() {
    return covered.apply(entry);
  }

  @Override
  public Object[] row() {
    byte[] s = stored();
    return s == null ? null : rows.decode(s, false);
  }

  @Override
  public Object[] rowWithLobRefs() {
    byte[] s = stored();
    return s == null ? null : rows.decode(s, true);
  }

  @Override
  public void close() {
    it.close();
  }
}
