package dev.quern.engine.proc.external;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.ExternalLibrary;
import dev.quern.catalog.meta.Metadata;
import dev.quern.engine.security.DatabaseUser;
import dev.quern.engine.security.Principals;
import dev.quern.engine.session.SessionState;
import dev.quern.ext.spi.ExternalLibraries;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The external libraries a script of this session may import: the current database's public
 * libraries (dbo's) and the caller's private ones, of the script's language, with a file for the
 * server's platform (Linux), as the session sees them, so a library created in the caller's open
 * transaction is installed too (sqlmlutils creates and tests it before committing).
 *
 * <p>A library as committed is read, when the runtime needs its bytes, through a transaction of
 * its own (the session's may be running the input query on another thread meanwhile); one the
 * open transaction created or changed can only be read through that transaction, so now.
 */
final class ScriptLibraries {
  private ScriptLibraries() {}

  static ExternalLibraries of(SessionState state, String language) {
    Catalog catalog = state.store().storage().catalog(state.databaseId());
    List<ExternalLibrary> usable = state.store().metadata(catalog).externalLibraries(state.databaseId())
        .stream().filter(l -> l.language().equalsIgnoreCase(language)
            && l.file(ExternalLibrary.PLATFORM_LINUX).isPresent()).toList();
    if (usable.isEmpty()) {
      return ExternalLibraries.NONE;
    }
    int user = state.user(state.databaseId()).map(DatabaseUser::id).orElse(Principals.DBO_ID);
    List<ExternalLibrary> committed = committed(catalog, state.databaseId());
    List<ExternalLibraries.Library> shared = new ArrayList<>();
    List<ExternalLibraries.Library> own = new ArrayList<>();
    for (ExternalLibrary l : usable) {
      boolean isShared = l.principalId() == Principals.DBO_ID;
      if (!isShared && l.principalId() != user) {
        continue; // another user's private library
      }
      ExternalLibrary.File f = l.file(ExternalLibrary.PLATFORM_LINUX).orElseThrow();
      Supplier<byte[]> content = committed.contains(l)
          ? () -> catalog.externalLibraries().committedContent(l, f)
          : constant(catalog.externalLibraries().content(state.store().txn(catalog), l, f));
      (isShared ? shared : own).add(new ExternalLibraries.Library(l.name(), f.sha256(), content));
    }
    return new ExternalLibraries(shared, own);
  }

  private static List<ExternalLibrary> committed(Catalog catalog, int databaseId) {
    try (KvTxn read = catalog.store().begin()) {
      return catalog.metadata(read).externalLibraries(databaseId);
    }
  }

  private static Supplier<byte[]> constant(byte[] bytes) {
    return () -> bytes;
  }
}
