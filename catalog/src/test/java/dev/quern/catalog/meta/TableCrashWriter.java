package dev.quern.catalog.meta;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.rocks.RocksKvStore;
import java.nio.file.Path;

/**
 * The child process of {@link TableStoreCrashTest}: creates the people table, then inserts rows
 * with identity values in autocommit transactions (each also updating a running total row),
 * printing "ack id" after each commit returns, until it is killed.
 */
public final class TableCrashWriter {
  private TableCrashWriter() {}

  public static void main(String[] args) {
    RocksKvStore store = RocksKvStore.open(Path.of(args[0]));
    Catalog catalog = Catalog.open(store);
    Table people;
    try (KvTxn t = store.begin()) {
      people = Fixtures.people(catalog, Fixtures.databaseWithDbo(catalog, t));
      catalog.createObject(t, people);
      TableStore.open(catalog, t, people, null).insert(new Object[] {0, "total", "0", null});
      t.commit();
    }
    System.out.println("ready");
    Identity identity = people.identityColumn().orElseThrow().identity();
    while (true) {
      long id = catalog.values().nextIdentity(people.id(), identity);
      try (KvTxn t = store.begin()) {
        TableStore rows = TableStore.open(catalog, t, people, null);
        rows.insert(new Object[] {(int) id, "name" + id, "city" + (id % 7), "bio" + id});
        try (RowCursor c = rows.scanForUpdate(KeyRange.equalTo(0), false)) {
          c.next();
          Object[] total = c.row();
          total[2] = String.valueOf(Long.parseLong((String) total[2]) + id);
          rows.update(c.locator(), total);
        }
        t.commit();
      }
      System.out.println("ack " + id);
    }
  }
}
