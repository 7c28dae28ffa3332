package dev.quern.engine.proc.message;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.meta.CatalogMessages;
import dev.quern.catalog.meta.Metadata;
import dev.quern.engine.error.SecurityErrors;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.StoreSession;
import java.util.function.Consumer;

/**
 * A change to the user-defined messages, run as a statement of its own in the session's
 * transaction against master's catalog (the main store's): it commits with an autocommit call and
 * rolls back with the caller's transaction.
 */
record MessageWrite(Metadata master, KvTxn txn, CatalogMessages messages) {
  /** The message procedures need sysadmin or serveradmin membership, else 15247 (as SQL Server's). */
  static void requireServerAdmin(SessionState state) {
    if (!state.isSysadmin() && !state.isServerRoleMember("serveradmin").orElse(false)) {
      throw SecurityErrors.NO_PERMISSION.raise();
    }
  }

  static void run(SessionState state, Consumer<MessageWrite> change) {
    StoreSession store = state.store();
    store.beginStatement();
    boolean ok = false;
    try {
      var catalog = store.storage().main();
      change.accept(new MessageWrite(store.metadata(catalog), store.txn(catalog), catalog.messages()));
      store.markDdl();
      ok = true;
    } finally {
      store.endStatement(ok);
    }
  }
}
