package dev.quern.catalog.meta;

import dev.quern.catalog.kv.KvTxn;

/**
 * Writes user-defined messages (sp_addmessage, sp_altermessage, sp_dropmessage) in the caller's
 * transaction, as any DDL: a rolled-back sp_addmessage leaves nothing. They are server-wide, kept
 * in the main store's catalog with master; reads come from {@link Metadata#messages}.
 */
public final class CatalogMessages {
  private final Catalog catalog;

  CatalogMessages(Catalog catalog) {
    this.catalog = catalog;
  }

  /** Adds the message, or replaces the one of the same number and language. */
  public void save(KvTxn txn, UserMessage m) {
    txn.put(UserMessageCodec.key(m.messageId(), m.languageId()), UserMessageCodec.encode(m));
    catalog.stampWritten(txn);
  }

  public void drop(KvTxn txn, UserMessage m) {
    txn.delete(UserMessageCodec.key(m.messageId(), m.languageId()));
    catalog.stampWritten(txn);
  }
}
