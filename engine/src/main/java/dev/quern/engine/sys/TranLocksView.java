package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.catalog.kv.KvLock;
import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.LockResource;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Schema;
import dev.quern.catalog.meta.SchemaObject;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.Storage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * sys.dm_tran_locks: the row and key-range locks of the storage transactions (granted, and the one
 * each waiting request waits for, from both stores: the main one and tempdb's), and the shared
 * schema-stability locks DML holds on the tables it uses. A lock maps to a resource through
 * {@link LockResource}: KEY locks name the key range's hobt_id (sys.partitions) as
 * resource_associated_entity_id, OBJECT locks the table's object id. Quern has no page, extent
 * or database locks (RocksDB locks keys), and no intent locks above its key locks, so those rows
 * SQL Server shows are absent. request_owner_id is the session's transaction_id
 * (sys.dm_tran_session_transactions) inside a user transaction, the storage transaction's id for
 * an autocommit statement.
 */
final class TranLocksView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          nvarchar("resource_type", 60, false),
          nvarchar("resource_subtype", 60, false),
          integer("resource_database_id", false),
          nvarchar("resource_description", 256, false),
          bigint("resource_associated_entity_id", true),
          integer("resource_lock_partition", true),
          nvarchar("request_mode", 60, false),
          nvarchar("request_type", 60, false),
          nvarchar("request_status", 60, false),
          smallint("request_reference_count", false),
          integer("request_lifetime", false),
          integer("request_session_id", false),
          integer("request_exec_context_id", true),
          integer("request_request_id", true),
          nvarchar("request_owner_type", 60, false),
          bigint("request_owner_id", true),
          uniqueidentifier("request_owner_guid", true),
          nvarchar("request_owner_lockspace_id", 32, true),
          varbinary("lock_owner_address", 8, false));

  @Override
  public String name() {
    return "dm_tran_locks";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    Storage storage = session.store().storage();
    Map<Integer, SessionState> sessions = new HashMap<>();
    for (SessionState s : session.server().sessions()) {
      sessions.put(s.spid(), s);
    }
    List<Object[]> rows = new ArrayList<>();
    Catalog main = storage.main();
    Catalog temp = storage.catalog(Storage.TEMPDB_ID);
    add(rows, main, databasesOf(session, main), sessions);
    add(rows, temp, databasesOf(session, temp), sessions);
    return rows;
  }

  private static void add(
      List<Object[]> rows, Catalog catalog, Owners owners, Map<Integer, SessionState> sessions) {
    for (KvLock lock : catalog.store().locks()) {
      Optional<LockResource> found = LockResource.of(lock);
      if (found.isEmpty() || lock.owner() == 0) {
        continue; // a lock of the server's own work (no session), or of no table
      }
      LockResource r = found.get();
      SessionState owner = sessions.get(lock.owner());
      Integer db = r.type() == LockResource.Type.KEY ? owners.byData.get(r.entityId()) : owners.byObject.get((int) r.entityId());
      if (db == null) {
        db = owner == null ? 0 : owner.databaseId(); // a table the viewer's snapshot does not hold
      }
      long ownerId = owner != null && owner.transactions().descriptor() != 0
          ? owner.transactions().descriptor()
          : lock.txnId();
      rows.add(new Object[] {
        r.type().name(), "", db, r.description(), r.entityId(), 0, r.mode(), "LOCK",
        lock.granted() ? "GRANT" : "WAIT", (short) 1, 0, lock.owner(), 0, 0, "TRANSACTION", ownerId,
        null, null, lockAddress(lock)
      });
    }
  }

  /** An identity of the lock request (SQL Server's is a memory address; this one is a hash). */
  private static byte[] lockAddress(KvLock lock) {
    long v = lock.txnId() * 31 + java.util.Arrays.hashCode(lock.key());
    return java.nio.ByteBuffer.allocate(8).putLong(v).array();
  }

  /** The databases of the key ranges and objects of one catalog, as the viewer's snapshot sees them. */
  private record Owners(Map<Long, Integer> byData, Map<Integer, Integer> byObject) {}

  private static Owners databasesOf(SessionState session, Catalog catalog) {
    Metadata md = session.store().snapshot(catalog);
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
