package dev.quern.engine.fulltext;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.FullTextCatalog;
import dev.quern.catalog.meta.FullTextIndex;
import dev.quern.catalog.meta.Metadata;
import dev.quern.engine.ast.FullTextStatement;
import dev.quern.engine.error.FullTextErrors;
import dev.quern.engine.session.SessionState;

/**
 * CREATE, ALTER and DROP FULLTEXT CATALOG: catalogs are numbered per database from 5 (SQL Server's
 * first user catalog id); a new default catalog takes the flag from the old one. REBUILD empties
 * and repopulates every index of the catalog; REORGANIZE has nothing to merge.
 */
public final class FullTextCatalogDdl {
  private static final int FIRST_CATALOG_ID = 5;

  private final SessionState state;

  public FullTextCatalogDdl(SessionState state) {
    this.state = state;
  }

  public void create(FullTextStatement.CreateCatalog c) {
    Catalog catalog = catalog();
    KvTxn txn = state.store().txn(catalog);
    Metadata m = state.store().metadata(catalog);
    int db = state.databaseId();
    if (m.fullText().catalog(db, c.name()).isPresent()) {
      throw FullTextErrors.CATALOG_EXISTS.raise(c.name());
    }
    int id = m.fullText().catalogs(db).stream().mapToInt(FullTextCatalog::catalogId).max().orElse(FIRST_CATALOG_ID - 1)
        + 1;
    if (c.asDefault()) {
      clearDefault(catalog, txn, m);
    }
    catalog.fullText().save(txn, new FullTextCatalog(db, id, c.name(), c.asDefault(), c.accentSensitive()));
    state.store().markDdl();
  }

  public void alter(FullTextStatement.AlterCatalog a) {
    Catalog catalog = catalog();
    KvTxn txn = state.store().txn(catalog);
    Metadata m = state.store().metadata(catalog);
    FullTextCatalog c = find(m, a.name());
    switch (a.action()) {
      case "AS DEFAULT" -> {
        clearDefault(catalog, txn, m);
        catalog.fullText().save(txn, c.asDefault(true));
      }
      case "REBUILD", "REBUILD ON", "REBUILD OFF" -> {
        boolean accents = a.action().equals("REBUILD") ? c.accentSensitive() : a.action().equals("REBUILD ON");
        catalog.fullText().save(txn, new FullTextCatalog(c.databaseId(), c.catalogId(), c.name(), c.isDefault(),
            accents));
        for (FullTextIndex i : m.fullText().indexes()) {
          if (i.catalogId() == c.catalogId() && FullTextIndexDdl.inDatabase(m, i, c.databaseId())) {
            new FullTextPopulation(state).full(catalog, i);
          }
        }
      }
      default -> { } // REORGANIZE: one inverted index per full-text index, nothing to merge
    }
    state.store().markDdl();
  }

  public void drop(FullTextStatement.DropCatalog d) {
    Catalog catalog = catalog();
    Metadata m = state.store().metadata(catalog);
    FullTextCatalog c = find(m, d.name());
    boolean used = m.fullText().indexes().stream()
        .anyMatch(i -> i.catalogId() == c.catalogId() && FullTextIndexDdl.inDatabase(m, i, c.databaseId()));
    if (used) {
      throw FullTextErrors.CATALOG_NOT_EMPTY.raise(c.name());
    }
    catalog.fullText().drop(state.store().txn(catalog), c);
    state.store().markDdl();
  }

  private FullTextCatalog find(Metadata m, String name) {
    return m.fullText().catalog(state.databaseId(), name)
        .orElseThrow(() -> FullTextErrors.CATALOG_MISSING.raise(name, state.databaseName()));
  }

  private void clearDefault(Catalog catalog, KvTxn txn, Metadata m) {
    for (FullTextCatalog other : m.fullText().catalogs(state.databaseId())) {
      if (other.isDefault()) {
        catalog.fullText().save(txn, other.asDefault(false));
      }
    }
  }

  private Catalog catalog() {
    return state.store().storage().catalog(state.databaseId());
  }
}
