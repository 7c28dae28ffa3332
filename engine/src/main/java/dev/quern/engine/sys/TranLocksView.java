package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.catalog.kv.KvLock;
import dev.quern.catalog.meta.LockResource;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.applock.AppLockTable;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * sys.dm_tran_locks: the row and key-range locks of the storage transactions (granted, and the one
 * each waiting request waits for, from both stores: the main one and tempdb's), and the shared
 * schema-stability locks DML holds on the tables it uses. A lock maps to a resource through
 * {@link LockResource}: KEY locks name the key range's hobt_id (sys.partitions) as
 * resource_associated_entity_id, OBJECT locks the table's object id. Quern has no page, extent
 * or database locks (RocksDB locks keys), and no intent locks above its key locks, so those rows
 * SQL Server shows are absent. request_owner_id is the session's transaction_id
 * (sys.dm_tran_session_transactions) inside a user transaction, the storage transaction's id for
 * an autocommit statement. Application locks (sp_getapplock) are APPLICATION resources of their
 * database, owned by a TRANSACTION or a SESSION, in their own modes (S, U, IS, IX, SIX, UIX, X),
 * with request_status GRANT, WAIT or CONVERT (a holder waiting for a stronger mode).
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
    List<Object[]> rows = new ArrayList<>();
    for (SessionLocks.Lock l : SessionLocks.all(session)) {
      LockResource r = l.resource();
      rows.add(new Object[] {
        r.type().name(), "", l.databaseId(), r.description(), r.entityId(), 0, r.mode(), "LOCK",
        l.lock().granted() ? "GRANT" : "WAIT", 1, 0, l.sessionId(), 0, 0, "TRANSACTION",
        l.ownerId(), null, null, lockAddress(l.lock())
      });
    }
    Map<Integer, SessionState> sessions = new HashMap<>();
    for (SessionState s : session.server().sessions()) {
      sessions.put(s.spid(), s);
    }
    for (AppLockTable.LockInfo l : session.server().appLocks().locks()) {
      SessionState owner = sessions.get(l.owner().spid());
      long ownerId = l.owner().transaction() && owner != null ? owner.transactions().descriptor() : 0;
      rows.add(new Object[] {
        "APPLICATION", "", l.resource().databaseId(), l.resource().description(), 0L, 0, l.mode().abbreviation(),
        "LOCK", l.status(), 1, 0, l.owner().spid(), 0, 0, l.owner().transaction() ? "TRANSACTION" : "SESSION",
        ownerId, null, null, appLockAddress(l)
      });
    }
    return rows;
  }

  private static byte[] appLockAddress(AppLockTable.LockInfo l) {
    long v = l.resource().hashCode() * 31L + l.owner().hashCode();
    return java.nio.ByteBuffer.allocate(8).putLong(v).array();
  }

  /** An identity of the lock request (SQL Server's is a memory address; this one is a hash). */
  private static byte[] lockAddress(KvLock lock) {
    long v = lock.txnId() * 31 + java.util.Arrays.hashCode(lock.key());
    return java.nio.ByteBuffer.allocate(8).putLong(v).array();
  }
}
