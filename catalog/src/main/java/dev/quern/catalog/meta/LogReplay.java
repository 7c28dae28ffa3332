package dev.quern.catalog.meta;

import dev.quern.catalog.codec.RowCodec;
import dev.quern.catalog.codec.RowLayout;
import dev.quern.catalog.kv.KvTxn;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Rolls a restoring database forward through log records (RESTORE LOG): each operation is applied
 * to the table the source table was restored as, in the caller's transaction. Rows are found by
 * value, not by locator (a restored table's heap row ids are its own): through the unique
 * clustered key where the table has one, else the first row equal in every column (equal rows of
 * a heap cannot be told apart, so deleting any one of them is deleting "the" row).
 */
public final class LogReplay {
  /** A log operation that does not fit the restored database (its table is missing or altered). */
  public static final class Mismatch extends RuntimeException {
    public final long lsn;

    Mismatch(long lsn, String why) {
      super(why);
      this.lsn = lsn;
    }
  }

  private final Catalog catalog;
  private final KvTxn txn;
  private final Map<Integer, long[]> tables;
  private final Function<Table, TableStore.IndexFilter> filters;
  private final Map<Integer, TableStore> stores = new HashMap<>();
  private long operations;

  /** {@code tables}: the {@link RestoreChain}'s source table id → restored table id and shape. */
  public LogReplay(Catalog catalog, KvTxn txn, Map<Integer, long[]> tables,
      Function<Table, TableStore.IndexFilter> filters) {
    this.catalog = catalog;
    this.txn = txn;
    this.tables = tables;
    this.filters = filters;
  }

  /** The row operations applied so far. */
  public long operations() {
    return operations;
  }

  public void apply(LogRecord record) {
    for (LogRecord.Op op : record.decodeOps()) {
      TableStore store = store(record.lsn(), op);
      RowLayout layout = DatabaseImage.columnLayout(store.table());
      switch (op.kind()) {
        case LogRecord.INSERT -> insert(store, RowCodec.decode(layout, op.newRow(), null));
        case LogRecord.DELETE -> store.delete(find(record.lsn(), store, layout, op.oldRow()));
        case LogRecord.UPDATE -> store.update(find(record.lsn(), store, layout, op.oldRow()),
            RowCodec.decode(layout, op.newRow(), null));
        case LogRecord.TRUNCATE -> truncate(store);
        default -> throw new Mismatch(record.lsn(), "unknown operation " + op.kind());
      }
      operations++;
    }
  }

  private TableStore store(long lsn, LogRecord.Op op) {
    long[] t = tables.get(op.tableId());
    if (t == null || t[1] != op.shape()) {
      throw new Mismatch(lsn, "table " + op.tableId() + " is not in the restored database as logged");
    }
    return stores.computeIfAbsent(op.tableId(), id -> {
      Table table = catalog.metadata(txn).table((int) t[0])
          .orElseThrow(() -> new Mismatch(lsn, "restored table " + t[0] + " is gone"));
      return TableStore.stable(catalog, txn, table, filters.apply(table)).coveredByTableLock();
    });
  }

  private void insert(TableStore store, Object[] row) {
    store.insert(row);
    Table t = store.table();
    for (int i = 0; i < t.columns().size(); i++) {
      Column c = t.columns().get(i);
      if (c.identity() != null && row[i] instanceof Number n) {
        catalog.values().observeIdentity(t.id(), c.identity(), n.longValue());
      }
    }
  }

  /** The locator of the row the operation names. */
  private byte[] find(long lsn, TableStore store, RowLayout layout, byte[] stored) {
    Table t = store.table();
    Index rows = t.rowIndex();
    Object[] row = RowCodec.decode(layout, stored, null);
    if (rows.kind() == IndexKind.CLUSTERED && rows.unique()) {
      Object[] key = rows.keys().stream().map(k -> row[t.position(k.columnId())]).toArray();
      return store.findUnique(rows, key).orElseThrow(() -> new Mismatch(lsn, "row not found in " + t.name()));
    }
    try (RowCursor c = store.scan(KeyRange.ALL, false)) {
      while (c.next()) {
        if (Arrays.equals(RowCodec.encode(layout, c.row(), null), stored)) {
          return c.locator();
        }
      }
    }
    throw new Mismatch(lsn, "row not found in " + t.name());
  }

  private static void truncate(TableStore store) {
    java.util.List<byte[]> locators = new java.util.ArrayList<>();
    try (RowCursor c = store.scan(KeyRange.ALL, false)) {
      while (c.next()) {
        locators.add(c.locator());
      }
    }
    locators.forEach(store::delete);
  }
}
