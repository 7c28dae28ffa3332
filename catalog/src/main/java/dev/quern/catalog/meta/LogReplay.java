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

  /**
   * Rebuilds the restoring database from a {@link LogRecord#CATALOG} image (its unchanged tables'
   * rows from the database as rolled forward so far, {@code base}: source table id → that table);
   * returns the new source table id → restored table id and shape.
   */
  @FunctionalInterface
  public interface Rebuild {
    Map<Integer, long[]> rebuild(Map<Integer, Table> base, byte[] image);
  }

  private final Catalog catalog;
  private final KvTxn txn;
  private Map<Integer, long[]> tables;
  private Rebuild rebuild = (base, image) -> {
    throw new Mismatch(0, "definitions changed");
  };
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

  /** Has DDL in the log rebuild the database through {@code r}. */
  public LogReplay rebuildingWith(Rebuild r) {
    this.rebuild = r;
    return this;
  }

  /** Source table id → restored table id and shape, as the replay leaves them. */
  public Map<Integer, long[]> tables() {
    return tables;
  }

  /** The row operations applied so far. */
  public long operations() {
    return operations;
  }

  /**
   * Applies one commit. With DDL in it, its row operations on the tables it created or altered are
   * skipped (the image holds their rows as the commit left them), the others applied, then the
   * database is rebuilt from the image.
   */
  public void apply(LogRecord record) {
    java.util.List<LogRecord.Op> ops = record.decodeOps();
    LogRecord.Op ddl = ops.stream().filter(o -> o.kind() == LogRecord.CATALOG).findFirst().orElse(null);
    java.util.Set<Integer> rebuilt = ddl == null ? java.util.Set.of() : tablesWithRows(ddl.newRow());
    for (LogRecord.Op op : ops) {
      if (op.kind() == LogRecord.CATALOG || rebuilt.contains(op.tableId())) {
        continue;
      }
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
    if (ddl != null) {
      Map<Integer, Table> base = new HashMap<>();
      Metadata m = catalog.metadata(txn);
      tables.forEach((source, t) -> m.table((int) t[0]).ifPresent(table -> base.put(source, table)));
      tables = rebuild.rebuild(base, ddl.newRow());
      stores.clear();
      operations++;
    }
  }

  /** The tables whose rows a catalog image carries (its TABLE_ROWS entries). */
  private static java.util.Set<Integer> tablesWithRows(byte[] image) {
    java.util.Set<Integer> out = new java.util.HashSet<>();
    forEachEntry(image, (kind, payload) -> {
      if (kind == DatabaseImage.TABLE_ROWS) {
        out.add(new dev.quern.catalog.codec.ByteSource(payload).getInt());
      }
    });
    return out;
  }

  /** The entries of a {@link LogRecord#CATALOG} image, in order. */
  public static void forEachEntry(byte[] image, DatabaseImage.Sink sink) {
    dev.quern.catalog.codec.ByteSource in = new dev.quern.catalog.codec.ByteSource(image);
    while (in.hasRemaining()) {
      int kind = in.get();
      sink.entry(kind, in.get(in.getInt()));
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
