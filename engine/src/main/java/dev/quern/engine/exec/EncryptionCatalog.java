package dev.quern.engine.exec;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Certificate;
import dev.quern.catalog.meta.EncryptionRecords;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.SymmetricKey;
import dev.quern.engine.error.SecurityErrors;
import dev.quern.engine.session.SessionState;

/**
 * The current database's keys and certificates as the encryption statements see them: database
 * scoped (no schema), found by name; one not there is 15151 ("Cannot find the certificate …").
 */
final class EncryptionCatalog {
  private final SessionState state;

  EncryptionCatalog(SessionState state) {
    this.state = state;
  }

  int databaseId() {
    return state.databaseId();
  }

  Catalog catalog() {
    return state.store().storage().catalog(state.databaseId());
  }

  Metadata metadata() {
    return state.store().metadata(catalog());
  }

  EncryptionRecords records() {
    return metadata().encryption();
  }

  KvTxn txn() {
    return state.store().txn(catalog());
  }

  /** The certificate named {@code name}; 15151 "Cannot {@code verb} the certificate …". */
  Certificate certificate(String name, String verb) {
    return records().certificate(databaseId(), name)
        .orElseThrow(() -> notFound(verb, "certificate", name));
  }

  SymmetricKey symmetricKey(String name, String verb) {
    return records().symmetricKey(databaseId(), name)
        .orElseThrow(() -> notFound(verb, "symmetric key", name));
  }

  static RuntimeException notFound(String verb, String kind, String name) {
    return verb.equals("find")
        ? SecurityErrors.CANNOT_FIND.raise(kind, name)
        : SecurityErrors.CANNOT_ACT_ON.raise(verb, kind, name);
  }
}
