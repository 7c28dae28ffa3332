package dev.quern.engine.backup;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Database;
import dev.quern.catalog.meta.TransactionLog;
import java.util.Map;

/**
 * A database's RESTORING state ("RESTORE Statements", "Tail-log backups"): entered by a restore WITH
 * NORECOVERY or a tail-log backup, shown by sys.databases, refused to USE (927), left by a restore
 * WITH RECOVERY, which starts the database's LSNs where the restore sequence ended.
 */
final class RestoringState {
  private RestoringState() {}

  /** A tail-log backup leaves {@code db} RESTORING (committed at once). */
  static void enter(Catalog main, Database db) {
    try (KvTxn txn = main.store().begin()) {
      main.alterDatabase(txn, db.withOptions(Map.of(Database.RESTORING, "ON")));
      txn.commit();
    }
  }

  /** {@code db} comes online at {@code lsn} in {@code txn}: its restore chain is forgotten. */
  static void recover(Catalog main, KvTxn txn, Database db, long lsn) {
    main.alterDatabase(txn, db.without(Database.RESTORING));
    TransactionLog.clearChain(txn, db.id());
    main.log().restored(txn, db.id(), lsn);
  }
}
