package dev.quern.engine.fulltext;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.FullTextCatalog;
import dev.quern.catalog.meta.FullTextIndex;
import dev.quern.catalog.meta.FullTextPostings;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.session.SessionState;
import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the metadata functions ask of full-text search in the current database
 * (OBJECTPROPERTY's TableFulltext… properties, COLUMNPROPERTY's IsFulltextIndexed,
 * FULLTEXTCATALOGPROPERTY).
 */
public final class FullTextLookups {
  private FullTextLookups() {}

  public static Optional<FullTextIndex> index(SessionState state, int tableId) {
    Catalog catalog = state.store().storage().catalog(state.databaseId());
    return Optional.ofNullable(state.store().metadata(catalog).fullText().index(tableId));
  }

  /** The catalog named {@code name} and the number of rows its indexes hold (ItemCount). */
  public static Optional<Map.Entry<FullTextCatalog, Long>> catalog(SessionState state, String name) {
    Catalog catalog = state.store().storage().catalog(state.databaseId());
    Metadata m = state.store().metadata(catalog);
    return m.fullText().catalog(state.databaseId(), name).map(c -> Map.entry(c, itemCount(state, catalog, m, c)));
  }

  /**
   * Reads in the running statement's transaction or, between statements (a query of catalog views
   * and functions only starts none), in a read transaction of its own.
   */
  public static <T> T read(SessionState state, Catalog catalog, java.util.function.Function<KvTxn, T> reader) {
    if (state.store().inStatement()) {
      return reader.apply(state.store().txn(catalog));
    }
    try (KvTxn txn = catalog.store().begin()) {
      return reader.apply(txn);
    }
  }

  private static long itemCount(SessionState state, Catalog catalog, Metadata m, FullTextCatalog c) {
    long count = 0;
    for (FullTextIndex i : m.fullText().indexes()) {
      if (i.catalogId() != c.catalogId() || !FullTextIndexDdl.inDatabase(m, i, c.databaseId())) {
        continue;
      }
      Table t = (Table) m.object(i.tableId()).orElseThrow();
      Set<ByteBuffer> keys = new HashSet<>();
      for (FullTextPostings.Document d : read(state, catalog, txn -> FullTextPostings.of(txn, t, i).documents())) {
        keys.add(ByteBuffer.wrap(d.key()));
      }
      count += keys.size();
    }
    return count;
  }
}
