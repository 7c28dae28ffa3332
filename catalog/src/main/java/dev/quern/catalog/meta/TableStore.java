package dev.quern.catalog.meta;

import dev.quern.catalog.codec.ByteSink;
import dev.quern.catalog.codec.ByteSource;
import dev.quern.catalog.codec.KeyBytes;
import dev.quern.catalog.codec.LobRef;
import dev.quern.catalog.codec.LobStore;
import dev.quern.catalog.codec.RowCodec;
import dev.quern.catalog.codec.RowLayout;
import dev.quern.catalog.kv.KvIterator;
import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.kv.ReadLocks;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The rows and index entries of one table within one transaction: insert, update, delete, point
 * reads, ordered scans and index seeks, keeping every index in step with the rows and enforcing
 * unique indexes. Opening it locks the table's definition shared until the transaction ends.
 *
 * <p>Rows are {@code Object[]} in {@link Table#columns()} order, values in the Java types of {@code
 * TypeId}; non-persisted computed columns are passed as null and come back null. Reads follow the
 * transaction's isolation level; LOB values come back whole.
 *
 * <p>Halloween protection is the caller's: an UPDATE that changes the key of the index it is
 * iterating (the clustered key under {@link #scanForUpdate}, the index key under {@link
 * #seekForUpdate}) must collect the locators before changing rows, or it may meet a moved row
 * again.
 */
public final class TableStore {
  /** Decides whether a row belongs in a filtered index (the engine evaluates the WHERE text). */
  @FunctionalInterface
  public interface IndexFilter {
    boolean includes(Index index, Object[] row);
  }

  private final Catalog catalog;
  private final KvTxn txn;
  private final Table table;
  private final IndexFilter filter;
  private final TableKeys keys;
  private final RowLayout layout;
  private final LobStore lobs;
  private final Index rowIndex;
  private final List<Index> secondaries;

  private TableStore(Catalog catalog, KvTxn txn, Table table, IndexFilter filter) {
    this.catalog = catalog;
    this.txn = txn;
    this.table = table;
    this.filter = filter;
    TableShape shape = catalog.shape(table);
    this.keys = shape.keys();
    this.layout = shape.layout();
    this.rowIndex = shape.rowIndex();
    this.secondaries = shape.secondaries();
    long rowData = rowIndex.dataId();
    this.lobs = new LobStore(txn, SystemKeys.lob(rowData), () -> catalog.nextLobId(rowData));
  }

  /**
   * Opens {@code table} in {@code txn}, locking its definition shared (a concurrent ALTER or DROP
   * waits). Throws {@link StaleMetadataException} if {@code table} is no longer the stored
   * definition. {@code filter} may be null when the table has no filtered index.
   */
  public static TableStore open(Catalog catalog, KvTxn txn, Table table, IndexFilter filter) {
    return open(catalog, txn, table, filter, -1);
  }

  /**
   * As {@link #open(Catalog, KvTxn, Table, IndexFilter)}, given the DDL generation noted before
   * {@code txn}'s current read snapshot was taken (see {@link Catalog#metadata(KvTxn, long)}):
   * while no DDL has begun or ended since, a {@code table} of the latest committed metadata needs
   * no read of its stored definition to be known current.
   */
  public static TableStore open(
      Catalog catalog, KvTxn txn, Table table, IndexFilter filter, long notedGeneration) {
    catalog.lockDefinition(txn, table, notedGeneration);
    TableStore store = new TableStore(catalog, txn, table, filter);
    if (txn.isolation().locksOnRead()) {
      store.holdTable(); // every read of REPEATABLE READ and SERIALIZABLE locks
    }
    return store;
  }

  /**
   * As {@link #open(Catalog, KvTxn, Table, IndexFilter, long)} for a statement that writes the
   * table: the table lock shared is its schema stability ({@link Catalog#lockForWrite}).
   */
  public static TableStore openForWrite(
      Catalog catalog, KvTxn txn, Table table, IndexFilter filter, long notedGeneration) {
    catalog.lockForWrite(txn, table, notedGeneration);
    TableStore store = new TableStore(catalog, txn, table, filter);
    store.tableHeld = true;
    return store;
  }

  /**
   * Opens {@code table} in {@code txn} without locking its definition: the caller has made it
   * stable otherwise ({@link Catalog#openWithoutLocks}).
   */
  static TableStore stable(Catalog catalog, KvTxn txn, Table table, IndexFilter filter) {
    return new TableStore(catalog, txn, table, filter);
  }

  public Table table() {
    return table;
  }

  /** Records this table's changes ("ENABLE CHANGE_TRACKING"); null: untracked (the default). */
  private ChangeRecorder changes;

  /** Has {@code recorder} record every insert, update and delete made through this store. */
  public TableStore trackChanges(ChangeRecorder recorder) {
    this.changes = recorder;
    return this;
  }

  /** Logs this table's changes ({@link TransactionLog}); null: its database keeps no log. */
  private RowChanges log;

  /** Has {@code recorder} log every insert, update and delete made through this store. */
  public TableStore logChanges(RowChanges recorder) {
    this.log = recorder;
    return this;
  }

  /** Keeps the table's full-text index in step (CHANGE_TRACKING AUTO); null: none. */
  private RowChanges fullText;

  /** Has {@code indexer} see every insert, update and delete made through this store. */
  public TableStore indexFullText(RowChanges indexer) {
    this.fullText = indexer;
    return this;
  }

  /** Whether the transaction holds the table exclusively ({@link Catalog#lockTableExclusively}). */
  private boolean tableLocked;

  /** Whether this store took the table lock shared ({@link #holdTable}). */
  private boolean tableHeld;

  /**
   * Rows the running statement wrote through this store, and the count at which lock escalation is
   * tried next: at 5,000 rows, as SQL Server escalates a statement's 5,000 row locks, then every
   * 1,250 more while another transaction's lock on the table stands in the way (SQL Server's retry
   * interval). A store serves the following statements of its transaction too
   * ({@link #statementEnded} starts the count again).
   */
  private long rowsWritten;
  private long escalateAt = ESCALATION_THRESHOLD;

  static final int ESCALATION_THRESHOLD = 5_000;
  static final int ESCALATION_RETRY = 1_250;

  /**
   * The table lock shared, before anything that locks rows: it keeps TABLOCK and escalation
   * (the exclusive table lock, under which rows take no locks) out while this transaction writes
   * or holds read locks, and waits for them.
   */
  private void holdTable() {
    if (!tableLocked && !tableHeld) {
      catalog.lockTableShared(txn, table);
      tableHeld = true;
    }
  }

  /**
   * Counts a written row and, at the threshold, tries lock escalation: the table lock exclusively,
   * without waiting (so it can neither block nor deadlock), unless LOCK_ESCALATION = DISABLE or the
   * transaction is SNAPSHOT (whose writes keep their per-key locks for the 3960 check). Once held,
   * the rows that follow take no locks of their own, as under TABLOCK; readers without locks are not
   * held up, writers and locking readers of the table wait for the transaction.
   */
  private void countWrite() {
    if (++rowsWritten < escalateAt || tableLocked) {
      return;
    }
    escalateAt = rowsWritten + ESCALATION_RETRY;
    if (txn.isolation() == dev.quern.catalog.kv.KvIsolation.SNAPSHOT
        || catalog.metadata(txn).lockEscalation(table.id()) == LockEscalation.DISABLE) {
      return;
    }
    if (catalog.tryLockTableExclusively(txn, table)) {
      tableLocked = true;
    }
  }

  /**
   * The statement that wrote through this store ended: the next one counts its rows towards
   * escalation from zero, as SQL Server counts each statement's locks (a transaction of many small
   * statements keeps its row locks). An escalated table lock stays until the transaction ends.
   */
  public void statementEnded() {
    rowsWritten = 0;
    escalateAt = ESCALATION_THRESHOLD;
  }

  /**
   * This store's transaction holds the table exclusively: rows and index entries are read for
   * uniqueness and written without locks of their own (RocksDB's per-key locks, their tracking and
   * their release at commit were over half of a million-row load's CPU).
   */
  public TableStore coveredByTableLock() {
    tableLocked = true;
    return this;
  }

  /** Inserts a row; returns its locator. Throws {@link DuplicateKeyException} on a unique index. */
  public byte[] insert(Object[] row) {
    checkWidth(row);
    holdTable();
    byte[] locator = newLocator(row);
    checkUnique(locator, row, null);
    write(locator, row);
    countWrite();
    if (changes != null) {
      changes.inserted(row);
    }
    if (log != null) {
      log.inserted(row);
    }
    if (fullText != null) {
      fullText.inserted(row);
    }
    return locator;
  }

  /** The row at {@code locator}, or null if there is none (read per the isolation level). */
  public Object[] get(byte[] locator) {
    byte[] stored = txn.get(locator);
    return stored == null ? null : decode(stored);
  }

  /** As {@link #get}, locking the row exclusively (UPDLOCK). */
  public Object[] getForUpdate(byte[] locator) {
    holdTable();
    byte[] stored = txn.getForUpdate(locator);
    return stored == null ? null : decode(stored);
  }

  /** The locator of the row whose key in unique {@code index} is {@code keyValues}, if any. */
  public Optional<byte[]> findUnique(Index index, Object[] keyValues) {
    return findUnique(index, keyValues, false);
  }

  /**
   * As {@link #findUnique}, reading the key's latest committed value under a shared lock kept until
   * the transaction ends ({@link KvTxn#readShared}): a foreign key's check of its parent. A DELETE
   * or key UPDATE of that parent under way makes the check wait (then find it gone), and one that
   * comes later waits for this transaction to end (then finds the child), so no child commits
   * without its parent at any isolation level; SQL Server, too, checks references with locks under
   * row versioning.
   */
  public Optional<byte[]> findUniqueLocked(Index index, Object[] keyValues) {
    holdTable(); // an escalated writer's deletes leave no row lock to wait for
    return findUnique(index, keyValues, true);
  }

  private Optional<byte[]> findUnique(Index index, Object[] keyValues, boolean locked) {
    if (!index.unique()) {
      throw new IllegalArgumentException("Index " + index.name() + " is not unique");
    }
    byte[] key =
        dev.quern.catalog.codec.KeyEncoder.encode(
            SystemKeys.data(index.dataId()), keys.keyColumns(index), keyValues);
    byte[] stored = locked ? txn.readShared(key) : txn.get(key);
    if (stored == null) {
      return Optional.empty();
    }
    return Optional.of(index.holdsRows() ? key : locatorOf(stored));
  }

  /**
   * Replaces the row at {@code locator}; returns its locator afterwards (a new one if its clustered
   * key changed).
   */
  public byte[] update(byte[] locator, Object[] newRow) {
    checkWidth(newRow);
    holdTable();
    countWrite();
    Object[] oldRow = requireForUpdate(locator);
    if (changes != null) {
      changes.updated(oldRow, newRow);
    }
    if (log != null) {
      log.updated(oldRow, newRow);
    }
    if (fullText != null) {
      fullText.updated(oldRow, newRow);
    }
    Index rows = rowIndex;
    // A clustered columnstore's update is a delete and an insert: the row goes to the delta store
    // under a new row id, as SQL Server marks it deleted in its compressed row group.
    boolean moves =
        rows.kind() == IndexKind.CLUSTERED_COLUMNSTORE
            || rows.kind() == IndexKind.CLUSTERED
            && !Arrays.equals(keys.indexKey(rows, oldRow), keys.indexKey(rows, newRow));
    if (moves) {
      byte[] moved = newLocator(newRow);
      checkUnique(moved, newRow, locator);
      remove(locator, oldRow);
      write(moved, newRow);
      return moved;
    }
    checkUnique(locator, newRow, locator);
    // The row is locked (requireForUpdate): its latest version, which a READ COMMITTED snapshot taken
    // before another transaction committed it would not hold (a MERGE … WITH (HOLDLOCK) upsert that
    // waited for the row's insert).
    byte[] oldStored = txn.getCovered(locator);
    for (LobRef ref : RowCodec.lobRefs(layout, oldStored)) {
      lobs.delete(ref);
    }
    for (Index ix : secondaries) {
      byte[] oldKey = belongs(ix, oldRow) ? entryKey(ix, oldRow, locator) : null;
      byte[] newKey = belongs(ix, newRow) ? entryKey(ix, newRow, locator) : null;
      if (oldKey != null && !Arrays.equals(oldKey, newKey)) {
        txn.delete(oldKey);
      }
      if (newKey != null) {
        txn.put(newKey, entryValue(ix, newRow, locator));
      }
    }
    txn.put(locator, RowCodec.encode(layout, slotValues(newRow), lobs::write));
    return locator;
  }

  /** Deletes the row at {@code locator} with its index entries and LOBs. */
  public void delete(byte[] locator) {
    holdTable();
    Object[] oldRow = requireForUpdate(locator);
    remove(locator, oldRow);
    countWrite();
    if (changes != null) {
      changes.deleted(oldRow);
    }
    if (log != null) {
      log.deleted(oldRow);
    }
    if (fullText != null) {
      fullText.deleted(oldRow);
    }
  }

  /**
   * The table's rows in row-index order (clustered key order; heap: insertion order) in {@code
   * range}.
   */
  public RowCursor scan(KeyRange range, boolean reverse) {
    return scan(range, reverse, false, null);
  }

  /**
   * As {@link #scan}, decoding only the columns {@code columns} marks (by position in the table;
   * null: all of them); the others come back null. For readers that were shown to need no other
   * column.
   */
  public RowCursor scan(KeyRange range, boolean reverse, java.util.BitSet columns) {
    return scan(range, reverse, false, slotsOf(columns));
  }

  /** The layout's slots holding {@code columns} (null: all), as {@link RowCodec#decode} wants them. */
  private boolean[] slotsOf(java.util.BitSet columns) {
    if (columns == null) {
      return null;
    }
    boolean[] slots = new boolean[layout.size()];
    List<Column> all = table.columns();
    for (int c = columns.nextSetBit(0); c >= 0; c = columns.nextSetBit(c + 1)) {
      slots[all.get(c).slot()] = true;
    }
    return slots;
  }

  /**
   * As {@link #scan} over every row (same reads, locks and isolation), with each row's stored bytes
   * at hand ({@link StoredRowCursor#stored}) for a reader that decodes only what it needs from them.
   * A row's bytes are fetched from the store when asked for, into the reader's buffer if it gives
   * one ({@link StoredRowCursor#stored(byte[])}).
   */
  public StoredRowCursor scanStored() {
    byte[][] b = keys.bounds(rowIndex, KeyRange.ALL);
    return new LazyStoredRowCursor(txn.scan(b[0], b[1], false), this::decodeStored);
  }

  /** A stored row decoded; {@code lobRefs}: LOB columns as their references, not read. */
  private Object[] decodeStored(byte[] stored, boolean lobRefs) {
    return lobRefs ? decode(stored, null) : decode(stored);
  }

  /**
   * As {@link #scanStored}, split into at most {@code parts} cursors over consecutive key ranges
   * of similar stored size (each of about {@code minBytesPerPart} or more), in key order, all
   * reading the statement's one snapshot ({@link KvTxn#parallelScan}): together they hold exactly
   * the rows {@link #scanStored} holds. Each may be read on its own thread. One cursor, that of
   * {@link #scanStored}, when the table is too small to split or the transaction's reads cannot
   * be shared (its own writes, locking reads).
   */
  public List<StoredRowCursor> scanStoredInParts(int parts, long minBytesPerPart) {
    dev.quern.catalog.kv.KvParallelScan shared = parts > 1 ? txn.parallelScan() : null;
    if (shared == null) {
      return List.of(scanStored());
    }
    byte[][] b = keys.bounds(rowIndex, KeyRange.ALL);
    List<byte[]> splits = shared.splitKeys(b[0], b[1], parts, minBytesPerPart);
    if (splits.isEmpty()) {
      return List.of(scanStored());
    }
    List<StoredRowCursor> cursors = new java.util.ArrayList<>(splits.size() + 1);
    byte[] from = b[0];
    for (byte[] split : splits) {
      cursors.add(new LazyStoredRowCursor(shared.scan(from, split), this::decodeStored));
      from = split;
    }
    cursors.add(new LazyStoredRowCursor(shared.scan(from, b[1]), this::decodeStored));
    return cursors;
  }

  /**
   * As {@link #scan(KeyRange, boolean, java.util.BitSet)} with {@code locks} (table hints) on top
   * of the isolation level's: see {@link KvTxn#scan(byte[], byte[], boolean, ReadLocks)}. With a
   * range lock, one key of the unique clustered index is locked whether or not its row exists
   * (nobody can insert it meanwhile: the upsert pattern).
   */
  public RowCursor scan(KeyRange range, boolean reverse, java.util.BitSet columns, ReadLocks locks) {
    if (locks.isNone()) {
      return scan(range, reverse, columns);
    }
    holdTable();
    Index rows = rowIndex;
    if (rows.kind().keyedByRowId() && range != KeyRange.ALL) {
      throw new IllegalArgumentException("A heap has no key to range over");
    }
    byte[][] b = keys.bounds(rows, range);
    if (locks.range() && isKeyPoint(rows, range, b)) {
      return cursorOf(b[0], txn.get(b[0], locks));
    }
    return cursorOver(txn.scan(b[0], b[1], reverse, locks), slotsOf(columns));
  }

  /**
   * The rows after the row at {@code locator} in row-index order (with {@code reverse}: the rows
   * before it, last first), whether or not that row still exists: how a dynamic cursor moves on
   * from the row it is on without holding an iterator between fetches.
   */
  public RowCursor scanFrom(byte[] locator, boolean reverse) {
    byte[][] all = keys.bounds(rowIndex, KeyRange.ALL);
    byte[] from = reverse ? all[0] : java.util.Arrays.copyOf(locator, locator.length + 1); // the key's successor
    byte[] to = reverse ? locator : all[1];
    return cursorOver(txn.scan(from, to, reverse), null);
  }

  /** The isolation level of the transaction this store reads and writes in. */
  public dev.quern.catalog.kv.KvIsolation isolation() {
    return txn.isolation();
  }

  /** The physical layout the table's rows are read under (a column's slot: {@link Column#slot}). */
  public RowLayout layout() {
    return layout;
  }

  /**
   * As {@link #scan}, but each row is locked exclusively and re-read at its latest committed value
   * before it is returned (rows deleted meanwhile are skipped): what UPDATE and DELETE iterate, so
   * that no update is lost under any isolation level. The caller re-checks its predicate on the
   * returned row.
   */
  public RowCursor scanForUpdate(KeyRange range, boolean reverse) {
    return scan(range, reverse, true, null);
  }

  private RowCursor scan(KeyRange range, boolean reverse, boolean forUpdate, boolean[] slots) {
    if (forUpdate) {
      holdTable();
    }
    Index rows = rowIndex;
    if (rows.kind().keyedByRowId() && range != KeyRange.ALL) {
      throw new IllegalArgumentException("A heap has no key to range over");
    }
    byte[][] b = keys.bounds(rows, range);
    if (!forUpdate && isPoint(rows, range, b)) {
      return pointRead(b[0]);
    }
    KvIterator it =
        forUpdate ? txn.scanForUpdate(b[0], b[1], reverse) : txn.scan(b[0], b[1], reverse);
    return cursorOver(it, slots);
  }

  /** The rows {@code it} walks, decoding the {@code slots} wanted (null: all) of each. */
  private StoredRowCursor cursorOver(KvIterator it, boolean[] slots) {
    return new StoredRowCursor() {
      private byte[] value;

      @Override
      public boolean next() {
        value = it.next() ? it.value() : null;
        return value != null;
      }

      @Override
      public byte[] stored() {
        return value;
      }

      @Override
      public byte[] locator() {
        return it.key();
      }

      @Override
      public Object[] row() {
        return decode(value, lobs::read, slots);
      }

      @Override
      public Object[] rowWithLobRefs() {
        return decode(value, null);
      }

      @Override
      public void close() {
        it.close();
      }
    };
  }

  /**
   * Whether {@code range} is one whole key of a unique clustered index, which a point read answers
   * as a scan would, without the cost of an iterator. Only where reads take no locks: a locking
   * point read would also lock an absent key, which a scan (REPEATABLE READ) does not, and a
   * SERIALIZABLE scan locks its range in the range lock table.
   */
  private boolean isPoint(Index rows, KeyRange range, byte[][] bounds) {
    return isKeyPoint(rows, range, bounds) && !txn.isolation().locksOnRead();
  }

  /** Whether {@code range} is one key of a unique clustered {@code rows} index. */
  private static boolean isKeyPoint(Index rows, KeyRange range, byte[][] bounds) {
    return rows.kind() == IndexKind.CLUSTERED
        && rows.unique()
        && range.low() != null
        && range.high() != null
        && range.lowInclusive()
        && range.highInclusive()
        && range.low().length == rows.keys().size()
        && Arrays.equals(KeyBytes.prefixEnd(bounds[0]), bounds[1]);
  }

  /** The row at {@code locator} as a cursor of zero or one row. */
  private RowCursor pointRead(byte[] locator) {
    return cursorOf(locator, txn.get(locator));
  }

  /** A cursor over the one row stored at {@code locator} ({@code stored}), or none if null. */
  private RowCursor cursorOf(byte[] locator, byte[] stored) {
    return new RowCursor() {
      private boolean done;

      @Override
      public boolean next() {
        boolean has = !done && stored != null;
        done = true;
        return has;
      }

      @Override
      public byte[] locator() {
        return locator;
      }

      @Override
      public Object[] row() {
        return decode(stored);
      }

      @Override
      public Object[] rowWithLobRefs() {
        return decode(stored, null);
      }

      @Override
      public void close() {}
    };
  }

  /** The entries of nonclustered {@code index} within {@code range}, in key order (or reversed). */
  public IndexCursor seek(Index index, KeyRange range, boolean reverse) {
    return seek(index, range, reverse, false);
  }

  /**
   * As {@link #seek}, with {@link IndexCursor#row()} locked exclusively and re-read at its latest
   * committed value; entries whose row is gone are skipped (see {@link #scanForUpdate}).
   */
  public IndexCursor seekForUpdate(Index index, KeyRange range, boolean reverse) {
    return seek(index, range, reverse, true);
  }

  /**
   * As {@link #seek(Index, KeyRange, boolean)} with {@code locks} (table hints) on top of the
   * isolation level's. The range lock, if asked, is on the index's key range; the row locks are on
   * the rows the entries lead to, each read at its latest committed value (entries whose row is
   * gone, or with READPAST locked by another transaction, are skipped). A range read through a
   * nonclustered index also locks its rows shared: the range lock alone would not keep a writer
   * from changing a row's other columns.
   */
  public IndexCursor seek(Index index, KeyRange range, boolean reverse, ReadLocks locks) {
    if (locks.isNone()) {
      return seek(index, range, reverse);
    }
    holdTable();
    if (index.holdsRows()) {
      throw new IllegalArgumentException("Use scan() for the clustered index");
    }
    byte[][] b = keys.bounds(index, range);
    boolean exclusive = locks.rows() == ReadLocks.Rows.EXCLUSIVE;
    ReadLocks entryLocks =
        new ReadLocks(exclusive ? ReadLocks.Rows.EXCLUSIVE : ReadLocks.Rows.NONE, locks.range(), locks.whenLocked());
    ReadLocks.Rows rowMode = locks.range() && !exclusive ? ReadLocks.Rows.SHARED : locks.rows();
    ReadLocks rowLocks = new ReadLocks(rowMode, false, locks.whenLocked());
    return lockingIndexCursor(index, txn.scan(b[0], b[1], reverse, entryLocks), locator -> txn.get(locator, rowLocks));
  }

  private IndexCursor seek(Index index, KeyRange range, boolean reverse, boolean forUpdate) {
    if (forUpdate) {
      holdTable();
    }
    if (index.holdsRows()) {
      throw new IllegalArgumentException("Use scan() for the clustered index");
    }
    byte[][] b = keys.bounds(index, range);
    KvIterator it =
        forUpdate ? txn.scanForUpdate(b[0], b[1], reverse) : txn.scan(b[0], b[1], reverse);
    RowLayout coveredLayout = keys.coveredLayout(index);
    if (!forUpdate) {
      return new IndexSeekCursor(
          txn,
          it,
          !txn.isolation().locksOnRead(),
          entry -> coveredOf(index, coveredLayout, entry),
          this::decodeStored);
    }
    return lockingIndexCursor(index, it, txn::getForUpdate);
  }

  /**
   * The rows the entries {@code it} walks lead to, each read by {@code lockedRead} (null: the row
   * is not to be returned), with the index's covered columns at hand.
   */
  private IndexCursor lockingIndexCursor(
      Index index, KvIterator it, java.util.function.Function<byte[], byte[]> lockedRead) {
    RowLayout coveredLayout = keys.coveredLayout(index);
    return new IndexCursor() {
      private byte[] entry;
      private byte[] lockedRow;

      @Override
      public boolean next() {
        while (it.next()) {
          entry = it.value();
          lockedRow = lockedRead.apply(locatorOf(entry));
          if (lockedRow != null) {
            return true;
          }
        }
        entry = null;
        return false;
      }

      @Override
      public byte[] locator() {
        return locatorOf(entry);
      }

      @Override
      public Object[] covered() {
        return coveredOf(index, coveredLayout, entry);
      }

      @Override
      public Object[] row() {
        return decode(lockedRow);
      }

      @Override
      public Object[] rowWithLobRefs() {
        return decode(lockedRow, null);
      }

      @Override
      public void close() {
        it.close();
      }
    };
  }

  /**
   * Checks the table's nonclustered indexes against its rows (DBCC CHECKTABLE): see {@link
   * IndexConsistency}.
   */
  public IndexConsistency.Result checkIndexes() {
    return new IndexConsistency(this, txn, keys, secondaries).check();
  }

  /**
   * Checks the values the table's rows keep outside the row against their stored chunks (DBCC
   * CHECKTABLE): see {@link LobConsistency}.
   */
  public List<LobConsistency.Finding> checkLobs() {
    byte[][] rows = keys.bounds(rowIndex, KeyRange.ALL);
    return new LobConsistency(this, txn, rows, layout, lobs).check();
  }

  /** A stored row's values, those kept outside the row left as {@link LobRef}s. */
  Object[] rowWithLobRefs(byte[] stored) {
    return decode(stored, null);
  }

  /** The table's rows counted as {@link #checkIndexes} counts them, its indexes not checked. */
  public IndexConsistency.Result countRows() {
    return new IndexConsistency(this, txn, keys, List.of()).check();
  }

  /** The covered columns of the entry value {@code entry} of {@code index}. */
  Object[] coveredOf(Index index, byte[] entry) {
    return coveredOf(index, keys.coveredLayout(index), entry);
  }

  /** The covered columns of an index entry's value, spread to their row positions. */
  private Object[] coveredOf(Index index, RowLayout coveredLayout, byte[] entry) {
    ByteSource in = new ByteSource(entry);
    int len = (int) in.getVarint();
    in.position(in.position() + len);
    byte[] rest = Arrays.copyOfRange(entry, in.position(), entry.length);
    return keys.spreadCovered(index, RowCodec.decode(coveredLayout, rest, null));
  }

  /** The column ids a nonclustered index's entries carry (see {@link IndexCursor#covered()}). */
  public List<Integer> coveredColumns(Index index) {
    return keys.coveredColumns(index);
  }

  private byte[] newLocator(Object[] row) {
    Index rows = rowIndex;
    byte[] prefix = SystemKeys.data(rows.dataId());
    return switch (rows.kind()) {
      case HEAP, CLUSTERED_COLUMNSTORE -> KeyBytes.concat(prefix, rowId(rows));
      case CLUSTERED -> {
        byte[] key = keys.indexKey(rows, row);
        yield rows.unique() ? key : KeyBytes.concat(key, rowId(rows)); // the uniquifier
      }
      case NONCLUSTERED, NONCLUSTERED_COLUMNSTORE ->
          throw new IllegalStateException("rows never live in a nonclustered index");
    };
  }

  private byte[] rowId(Index rows) {
    return new ByteSink(8).putLong(catalog.nextRowId(rows.dataId())).toBytes();
  }

  /** Writes the row and its index entries; uniqueness has been checked. */
  private void write(byte[] locator, Object[] row) {
    for (Index ix : secondaries) {
      if (belongs(ix, row)) {
        put(entryKey(ix, row, locator), entryValue(ix, row, locator));
      }
    }
    put(locator, RowCodec.encode(layout, slotValues(row), lobs::write));
  }

  private void put(byte[] key, byte[] value) {
    if (tableLocked) {
      txn.putCovered(key, value);
    } else {
      txn.put(key, value);
    }
  }

  /** A unique check's read: locks the key (present or not) unless the table lock covers it. */
  private byte[] uniqueRead(byte[] key) {
    return tableLocked ? txn.getCovered(key) : txn.getForUpdate(key);
  }

  /**
   * Fails if {@code row} would duplicate a unique key, before anything is written, so that a failed
   * insert or update leaves no partial change. {@code ownLocator}: the row being updated, whose own
   * entries do not count.
   */
  private void checkUnique(byte[] locator, Object[] row, byte[] ownLocator) {
    // getForUpdate locks each key even when absent: two inserters of one value serialize here.
    if (rowIndex.unique()
        && !Arrays.equals(locator, ownLocator)
        && uniqueRead(locator) != null) {
      throw new DuplicateKeyException(
          table, rowIndex, Arrays.asList(keys.keyValues(rowIndex, row)));
    }
    for (Index ix : secondaries) {
      if (ix.unique() && belongs(ix, row)) {
        byte[] existing = uniqueRead(keys.indexKey(ix, row));
        if (existing != null && !Arrays.equals(locatorOf(existing), ownLocator)) {
          throw new DuplicateKeyException(table, ix, Arrays.asList(keys.keyValues(ix, row)));
        }
      }
    }
  }

  private void remove(byte[] locator, Object[] row) {
    for (Index ix : secondaries) {
      if (belongs(ix, row)) {
        txn.delete(entryKey(ix, row, locator));
      }
    }
    for (LobRef ref : RowCodec.lobRefs(layout, txn.get(locator))) {
      lobs.delete(ref);
    }
    txn.delete(locator);
  }

  private Object[] requireForUpdate(byte[] locator) {
    Object[] row = getForUpdate(locator);
    if (row == null) {
      throw new IllegalArgumentException(
          "No row at locator " + KeyBytes.hex(locator) + " in " + table.name());
    }
    return row;
  }

  boolean belongs(Index ix, Object[] row) {
    return ix.filter() == null || filter == null || filter.includes(ix, row);
  }

  /**
   * Unique: the key alone (one NULL allowed, as in SQL Server); else the key and the row's suffix.
   */
  byte[] entryKey(Index ix, Object[] row, byte[] locator) {
    byte[] key = keys.indexKey(ix, row);
    if (ix.unique()) {
      return key;
    }
    return KeyBytes.concat(
        key, Arrays.copyOfRange(locator, SystemKeys.DATA_PREFIX_LENGTH, locator.length));
  }

  /** varint locator length, locator, then the covered columns as a row. */
  private byte[] entryValue(Index ix, Object[] row, byte[] locator) {
    byte[] encoded = RowCodec.encode(keys.coveredLayout(ix), keys.coveredValues(ix, row), null);
    return new ByteSink(locator.length + encoded.length + 2)
        .putVarint(locator.length)
        .put(locator)
        .put(encoded)
        .toBytes();
  }

  static byte[] locatorOf(byte[] entryValue) {
    ByteSource in = new ByteSource(entryValue);
    return in.get((int) in.getVarint());
  }

  private Object[] slotValues(Object[] row) {
    Object[] slots = new Object[layout.size()];
    List<Column> columns = table.columns();
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      slots[c.slot()] = c.stored() ? row[i] : null;
    }
    return slots;
  }

  /** A value kept outside its row, as a stream read one chunk at a time. */
  public java.io.InputStream openLob(LobRef ref) {
    return lobs.open(ref);
  }

  private Object[] decode(byte[] stored) {
    return decode(stored, lobs::read);
  }

  private Object[] decode(byte[] stored, RowCodec.LobReader lobReader) {
    return decode(stored, lobReader, null);
  }

  private Object[] decode(byte[] stored, RowCodec.LobReader lobReader, boolean[] wanted) {
    Object[] slots = RowCodec.decode(layout, stored, lobReader, wanted);
    List<Column> columns = table.columns();
    Object[] row = new Object[columns.size()];
    for (int i = 0; i < row.length; i++) {
      row[i] = slots[columns.get(i).slot()];
    }
    return row;
  }

  private void checkWidth(Object[] row) {
    if (row.length != table.columns().size()) {
      throw new IllegalArgumentException(
          "Row has "
              + row.length
              + " values, "
              + table.name()
              + " has "
              + table.columns().size()
              + " columns");
    }
  }
}
