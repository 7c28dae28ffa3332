package dev.quern.engine.backup;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Database;
import dev.quern.catalog.meta.DatabaseImage;
import dev.quern.catalog.meta.DatabaseImageLoader;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.session.Databases;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.FilterPredicate;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Rebuilds a RESTORING database, in the restore's transaction, from an image whose unchanged
 * tables are the database's own (a differential backup; DDL met in a log backup): the database is
 * dropped and made anew under its name from the image, copying the unchanged tables' rows before
 * the drop's data is reclaimed. The server learns of the new database once the transaction commits
 * ({@link #published}).
 */
final class DatabaseRebuild {
  private final Catalog main;
  private final KvTxn txn;
  private final Database original;
  private Database current;

  DatabaseRebuild(Catalog main, KvTxn txn, Database db) {
    this.main = main;
    this.txn = txn;
    this.original = db;
    this.current = db;
  }

  /** The database as rebuilt so far (the original until a rebuild). */
  Database current() {
    return current;
  }

  /**
   * Rebuilds from the entries {@code image} gives; {@code base}: source table id → the table of the
   * database now whose rows an unchanged table keeps. Returns the new source table map.
   */
  Map<Integer, long[]> rebuild(Map<Integer, Table> base, Consumer<DatabaseImage.Sink> image) {
    main.dropDatabase(txn, current.id());
    DatabaseImageLoader loader = new DatabaseImageLoader(main, txn, current.name(), FilterPredicate::indexFilter)
        .withBase(base);
    image.accept(loader::accept);
    current = loader.finish();
    return loader.restoredTables();
  }

  /** After the commit: the server's list of databases and the dropped data catch up. */
  void published(SessionState state) {
    if (current.id() == original.id()) {
      return;
    }
    state.server().databases().remove(original.id());
    state.server().databases().add(new Databases.Database(current.id(), current.name()), current.collation());
    main.reclaimGarbage();
  }
}
