package dev.quern.engine.exec;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Database;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.PartitionFunction;
import dev.quern.catalog.meta.PartitionScheme;
import dev.quern.engine.error.PartitionErrors;
import dev.quern.engine.session.SessionState;

/**
 * The current database's catalog as the partition statements see it: partition functions and
 * schemes are database-scoped (no schema), found by name (15151 for an ALTER or DROP of a name
 * that is none).
 */
final class PartitionCatalog {
  private final SessionState state;

  PartitionCatalog(SessionState state) {
    this.state = state;
  }

  Catalog catalog() {
    return state.store().storage().catalog(state.databaseId());
  }

  Metadata metadata() {
    return state.store().metadata(catalog());
  }

  KvTxn txn() {
    return state.store().txn(catalog());
  }

  Database record() {
    return metadata().database(state.databaseId()).orElseThrow();
  }

  /** The function named {@code name}; 15151 ("Cannot {@code verb} the partition function …"). */
  PartitionFunction function(String name, String verb) {
    return metadata().partitions().function(state.databaseId(), name)
        .orElseThrow(() -> PartitionErrors.NOT_FOUND.raise(verb, "function", name));
  }

  /** The scheme named {@code name}; 15151 ("Cannot {@code verb} the partition scheme …"). */
  PartitionScheme scheme(String name, String verb) {
    return metadata().partitions().scheme(state.databaseId(), name)
        .orElseThrow(() -> PartitionErrors.NOT_FOUND.raise(verb, "scheme", name));
  }
}
