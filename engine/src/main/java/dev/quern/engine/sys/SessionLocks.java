package dev.quern.engine.sys;

import dev.quern.catalog.kv.KvLock;
import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.LockResource;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Schema;
import dev.quern.catalog.meta.SchemaObject;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.Storage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sessions' storage locks as lock manager resources (sys.dm_tran_locks, and the wait
 * resources of sys.dm_exec_requests and sys.dm_os_waiting_tasks): from both stores (the main one
 * and tempdb's), each lock mapped by {@link LockResource} and given its database. Locks of no
 * session (the server's own work) and of keys that are no table's are left out.
 */
final class SessionLocks {
  /** One lock: {@code ownerId} is the session's transaction id, or the storage one's outside. */
  record Lock(LockResource resource, int databaseId, int sessionId, long ownerId, KvLock lock) {
    /** The wait resource as SQL Server prints one: {@code KEY: 5:72057594047365120 (8194443284a0)}. */
    String waitResource() {
      return resource.type() == LockResource.Type.KEY
          ? "KEY: " + databaseId + ":" + resource.entityId() + " " + resource.description()
          : "OBJECT: " + databaseId + ":" + resource.entityId() + ":0 ";
    }
  }

  private SessionLocks() {}

  static List<Lock> all(SessionState viewer) {
    Storage storage = viewer.store().storage();
    Map<Integer, SessionState> sessions = new HashMap<>();
    for (SessionState s : viewer.server().sessions()) {
      sessions.put(s.spid(), s);
    }
    List<Lock> out = new ArrayList<>();
    add(out, viewer, storage.main(), sessions);
    add(out, viewer, storage.catalog(Storage.TEMPDB_ID), sessions);
    return out;
  }

  /** The lock {@code spid} waits for now, if it waits for one. */
  static Optional<Lock> waitOf(List<Lock> locks, int spid) {
    return locks.stream().filter(l -> l.sessionId() == spid && !l.lock().granted()).findFirst();
  }

  /**
   * The locks requests wait for, for one read of a view: the lock list is gathered once, and only
   * when some request is in a lock wait (an LCK_M_ wait type).
   */
  static final class Waits {
    private final SessionState viewer;
    private List<Lock> locks;

    Waits(SessionState viewer) {
      this.viewer = viewer;
    }

    /** The lock session {@code spid}'s request (waiting as {@code waitType}) waits for, if any. */
    Optional<Lock> of(String waitType, int spid) {
      if (waitType == null || !waitType.startsWith("LCK_M_")) {
        return Optional.empty();
      }
      if (locks == null) {
        locks = all(viewer);
      }
      return waitOf(locks, spid);
    }
  }

  private static void add(List<Lock> out, SessionState viewer, Catalog catalog, Map<Integer, SessionState> sessions) {
    List<KvLock> locks = catalog.store().locks();
    if (locks.isEmpty()) {
      return;
    }
    Owners owners = databasesOf(viewer, catalog);
    for (KvLock lock : locks) {
      Optional<LockResource> found = LockResource.of(lock);
      if (found.isEmpty() || lock.owner() == 0) {
        continue;
      }
      LockResource r = found.get();
      SessionState owner = sessions.get(lock.owner());
      Integer db = r.type() == LockResource.Type.KEY
          ? owners.byData.get(r.entityId())
          : owners.byObject.get((int) r.entityId());
      if (db == null) {
        db = owner == null ? 0 : owner.databaseId(); // a table the viewer's snapshot does not hold
      }
      long ownerId = owner != null && owner.transactions().descriptor() != 0
          ? owner.transactions().descriptor()
          : lock.txnId();
      out.add(new Lock(r, db, lock.owner(), ownerId, lock));
    }
  }

  /** The databases of one catalog's key ranges and objects, as the viewer's snapshot sees them. */
  private record Owners(Map<Long, Integer> byData, Map<Integer, Integer> byObject) {}

  private static Owners databasesOf(SessionState viewer, Catalog catalog) {
    Metadata md = viewer.store().snapshot(catalog);
    Map<Long, Integer> byData = new HashMap<>();
    Map<Integer, Integer> byObject = new HashMap<>();
    for (var database : md.databases()) {
      for (Schema schema : md.schemas(database.id())) {
        for (SchemaObject object : md.objects(schema.id())) {
          byObject.put(object.id(), database.id());
          if (object instanceof Table t) {
            for (Index i : t.indexes()) {
              byData.put(i.dataId(), database.id());
            }
          }
        }
      }
    }
    return new Owners(byData, byObject);
  }
}
