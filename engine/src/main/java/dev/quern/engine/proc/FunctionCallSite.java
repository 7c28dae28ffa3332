package dev.quern.engine.proc;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Metadata;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import java.util.List;
import java.util.Optional;

/**
 * One call of a user-defined function in a plan: what its name resolved to and the body compiled
 * for it, kept so that a call evaluated per row neither looks its name up nor finds its plan each
 * time. Inside a statement or a user transaction a resolution holds while the metadata it was made
 * against is the one the session sees (the same instance means the same definitions); between
 * statements, while no DDL has begun or ended in the catalogs it was made in (two reads of DDL
 * generations instead of a metadata read). A plan belongs to one session, so no locking.
 */
public final class FunctionCallSite {
  private UserFunctions.Found found;
  private String database;
  private Catalog catalog;
  /** Set for a resolution made in a statement or transaction: the metadata it was made against. */
  private Metadata mainMetadata;
  private Metadata metadata;
  /** Set for a resolution made between statements: the DDL generations noted before it. */
  private long mainGeneration = -1;
  private long generation = -1;
  /** The body compiled for {@link #compiledFor}, in the session state {@link #compiledKey} stands for. */
  private UserFunctions.Compiled compiled;
  private UserFunctions.Found compiledFor;
  private int compiledKey = -1;

  /** As {@link UserFunctions#find}, through what this call site resolved before. */
  Optional<UserFunctions.Found> resolve(SessionState state, List<String> parts) {
    var store = state.store();
    Catalog main = store.storage().main();
    boolean inTransaction = store.inStatement() || store.inUserTransaction();
    if (found != null && database.equals(state.databaseName())) {
      boolean holds = inTransaction
          ? mainMetadata == store.metadata(main) && metadata == store.metadata(catalog)
          : mainMetadata == null && mainGeneration == main.ddlGeneration() && generation == catalog.ddlGeneration();
      if (holds) {
        return Optional.of(found);
      }
    }
    // Generations are noted before the metadata they vouch for is read.
    long noted = main.ddlGeneration();
    var target = ObjectNames.target(store, state.databaseName(), parts);
    if (target.isEmpty()) {
      return Optional.empty();
    }
    Catalog in = target.get().catalog();
    long notedIn = in.ddlGeneration();
    Optional<UserFunctions.Found> resolved = UserFunctions.find(state, parts);
    found = resolved.orElse(null);
    database = state.databaseName();
    catalog = in;
    mainMetadata = inTransaction ? store.metadata(main) : null;
    metadata = inTransaction ? store.metadata(in) : null;
    mainGeneration = noted;
    generation = notedIn;
    return resolved;
  }

  /** The body of {@code function} compiled, kept while this call site calls the same function. */
  UserFunctions.Compiled compiled(SessionState state, ProcedureHost host, UserFunctions.Found function) {
    int key = UserFunctions.compileKey(state);
    if (compiledFor != function || key != compiledKey) {
      compiled = UserFunctions.compile(state, host, function);
      compiledFor = function;
      compiledKey = key;
    }
    return compiled;
  }
}
