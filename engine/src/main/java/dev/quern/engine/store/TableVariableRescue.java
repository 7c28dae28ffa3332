package dev.quern.engine.store;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.KeyRange;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.RowCursor;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.meta.TableStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Keeps table variables out of a transaction's rollback, as SQL Server does: their definitions and
 * rows are read in the transaction just before it rolls back, then written back in a transaction of
 * their own (re-creating a table the rolled-back transaction had declared).
 */
final class TableVariableRescue {
  /** One table variable as the transaction left it. */
  record Saved(Table table, List<Object[]> rows) {}

  private TableVariableRescue() {}

  /** The table variables {@code ids} (those still existing) with their rows, read in {@code txn}. */
  static List<Saved> save(Catalog temp, KvTxn txn, Collection<Integer> ids) {
    Metadata md = temp.metadata(txn);
    List<Saved> out = new ArrayList<>();
    for (int id : ids) {
      Table table = md.table(id).orElse(null);
      if (table == null) {
        continue;
      }
      List<Object[]> rows = new ArrayList<>();
      try (RowCursor c = TableStore.open(temp, txn, table, (index, row) -> true).scan(KeyRange.ALL, false)) {
        while (c.next()) {
          rows.add(c.row());
        }
      }
      out.add(new Saved(table, rows));
    }
    return out;
  }

  /** Puts {@code saved} back after the rollback: the tables exactly with these rows. */
  static void restore(Catalog temp, KvTxn txn, List<Saved> saved) {
    Metadata md = temp.metadata(txn);
    for (Saved s : saved) {
      if (md.table(s.table().id()).isEmpty()) {
        temp.createObject(txn, s.table());
      }
      TableStore store = TableStore.open(temp, txn, s.table(), (index, row) -> true);
      List<byte[]> old = new ArrayList<>();
      try (RowCursor c = store.scanForUpdate(KeyRange.ALL, false)) {
        while (c.next()) {
          old.add(c.locator());
        }
      }
      for (byte[] loc : old) {
        store.delete(loc);
      }
      for (Object[] row : s.rows()) {
        store.insert(row);
      }
    }
  }
}
