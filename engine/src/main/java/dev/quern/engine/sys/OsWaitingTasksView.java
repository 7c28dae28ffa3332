package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.RequestActivity;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.dm_os_waiting_tasks: one row per request waiting now (each request runs as one task, with
 * execution context 0). A lock wait names its blocker (blocking_session_id, as sys.dm_exec_requests
 * shows it) and describes the lock it waits for as SQL Server does ({@code keylock hobtid=…
 * dbid=… mode=X associatedObjectId=…}); other waits have no resource_description. Task addresses
 * are stable identities of the sessions' tasks, not memory addresses.
 */
final class OsWaitingTasksView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          varbinary("waiting_task_address", 8, false),
          smallint("session_id", true),
          integer("exec_context_id", true),
          bigint("wait_duration_ms", true),
          nvarchar("wait_type", 60, true),
          varbinary("resource_address", 8, true),
          varbinary("blocking_task_address", 8, true),
          smallint("blocking_session_id", true),
          integer("blocking_exec_context_id", true),
          nvarchar("resource_description", 3072, true));

  @Override
  public String name() {
    return "dm_os_waiting_tasks";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> rows = new ArrayList<>();
    SessionLocks.Waits waits = new SessionLocks.Waits(session);
    for (SessionState s : session.server().sessions()) {
      RequestActivity.Snapshot r = s.activity().snapshot();
      if (r == null || r.waitType() == null) {
        continue;
      }
      String description = null;
      Integer blocker = null; // smallint columns hold Integer values (as sys.dm_exec_requests')
      if (r.waitType().startsWith("LCK_M_")) {
        description = waits.of(r.waitType(), s.spid()).map(OsWaitingTasksView::describe)
            .or(() -> session.server().appLocks().waitingOn(s.spid())
                .map(a -> describe(a, r.waitType())))
            .orElse(null);
        blocker = r.blockingSessionId() == 0 ? null : r.blockingSessionId();
      }
      rows.add(new Object[] {
        taskAddress(s.spid()), s.spid(), 0, r.waitMs(), r.waitType(), null,
        blocker == null ? null : taskAddress(blocker), blocker, blocker == null ? null : 0, description
      });
    }
    return rows;
  }

  private static String describe(SessionLocks.Lock l) {
    var r = l.resource();
    return switch (r.type()) {
      case KEY -> "keylock hobtid=" + r.entityId() + " dbid=" + l.databaseId() + " mode=" + r.mode()
          + " associatedObjectId=" + r.entityId();
      case OBJECT -> "objectlock lockPartition=0 objid=" + r.entityId() + " subresource=FULL dbid="
          + l.databaseId() + " mode=" + r.mode() + " associatedObjectId=" + r.entityId();
    };
  }

  /** An application lock as SQL Server describes one: its principal, name hash and database. */
  private static String describe(dev.quern.engine.applock.AppLockResource a, String waitType) {
    return "applicationlock hash=" + a.hash() + " databasePrincipalId=" + a.principalId() + " dbid="
        + a.databaseId() + " mode=" + waitType.substring("LCK_M_".length());
  }

  private static byte[] taskAddress(int spid) {
    return OsAddresses.task(spid);
  }
}
