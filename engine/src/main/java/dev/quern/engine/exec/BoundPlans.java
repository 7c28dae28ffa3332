package dev.quern.engine.exec;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Metadata;
import dev.quern.engine.plan.StatementPlan;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.StoreSession;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A session's late-bound statements, bound once and reused while nothing they were bound against
 * has changed: a prepared INSERT or SELECT run again is not bound again. A binding depends on the
 * metadata it consulted (each catalog's snapshot, one per DDL stamp, so the same instance means
 * the same definitions, views and sequences; permissions are in the main store's metadata), the
 * current database, the security context (EXECUTE AS), IDENTITY_INSERT and the SET
 * options constants are folded under; any change binds afresh. Only plans that keep no state
 * between runs are kept (not UPDATE/DELETE … FROM, which loads its joined rows into the plan; MERGE
 * is kept, as it lets the rows it loads go at the end of each run).
 */
final class BoundPlans {
  /** Plenty for a session's prepared statements; cleared when full (rebinding is only slower). */
  private static final int CAPACITY = 512;

  private record Facts(String database, int identityInsertTable, long options, String dateFormat, int dateFirst, String language,
      int securityEpoch) {
    static Facts of(SessionState state) {
      return new Facts(
          state.databaseName(), state.store().identityInsertTable(), state.options(),
          state.dateFormat(), state.dateFirst(), state.language(), state.security().epoch());
    }

    /** Whether {@code state} still has these facts (field by field: this runs per statement). */
    boolean holdFor(SessionState state) {
      return identityInsertTable == state.store().identityInsertTable()
          && securityEpoch == state.security().epoch()
          && options == state.options()
          && dateFirst == state.dateFirst()
          && Objects.equals(database, state.databaseName())
          && Objects.equals(dateFormat, state.dateFormat())
          && Objects.equals(language, state.language());
    }
  }

  private record Entry(Object plan, Map<Catalog, Metadata> consulted, Facts facts) {}

  private final SessionState state;
  private final Map<StatementPlan.LateBound, Entry> entries = new IdentityHashMap<>();

  BoundPlans(SessionState state) {
    this.state = state;
  }

  /**
   * The plan of {@code statement}: the one bound before if it is still valid, else {@code bind}'s
   * (remembered when {@code reusable} says it keeps no state). Runs inside the statement, so the
   * metadata compared is the statement's own.
   */
  <P> P bind(StatementPlan.LateBound statement, Supplier<P> bind, java.util.function.Predicate<P> reusable) {
    Entry e = entries.get(statement);
    if (e != null && e.facts().holdFor(state) && unchanged(e.consulted())) {
      @SuppressWarnings("unchecked")
      P plan = (P) e.plan();
      return plan;
    }
    Facts facts = Facts.of(state);
    StoreSession store = state.store();
    Map<Catalog, Metadata> outer = store.startRecording();
    P plan;
    Map<Catalog, Metadata> consulted;
    try {
      plan = bind.get();
    } finally {
      consulted = store.stopRecording(outer);
    }
    if (reusable.test(plan) && !consulted.isEmpty()) {
      if (entries.size() >= CAPACITY) {
        entries.clear();
      }
      entries.put(statement, new Entry(plan, Map.copyOf(consulted), facts));
    } else {
      entries.remove(statement);
    }
    return plan;
  }

  private boolean unchanged(Map<Catalog, Metadata> consulted) {
    StoreSession store = state.store();
    for (Map.Entry<Catalog, Metadata> c : consulted.entrySet()) {
      if (store.metadata(c.getKey()) != c.getValue()) {
        return false;
      }
    }
    return true;
  }
}
