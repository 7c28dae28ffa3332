package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.RequestActivity;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.dm_os_tasks and sys.dm_os_workers ("… (Transact-SQL)"): each running request is one task
 * (execution context 0, request 0, as in sys.dm_exec_requests) bound to one worker, the server
 * thread running it (sys.dm_os_threads' row). A task waiting (a lock, WAITFOR, a client not
 * reading) is SUSPENDED, else RUNNING; its scheduler is the one {@link OsAddresses#scheduler}
 * gives its session. Quern's threads are the operating system's, preemptively scheduled: workers
 * are preemptive, and have no SQLOS quantum, context switch, boost, fiber or pending I/O
 * bookkeeping: those columns are 0 or NULL. ms_ticks columns count on sys.dm_os_sys_info's
 * ms_ticks clock: a worker is bound and created when its request started.
 */
final class OsTaskViews {
  private OsTaskViews() {}

  /** A running request and the session it belongs to. */
  private record Running(SessionState session, RequestActivity.Snapshot request, Thread thread) {}

  static SystemView tasks() {
    return new DerivedView("dm_os_tasks",
        List.of(varbinary("task_address", 8, false), nvarchar("task_state", 60, true),
            integer("context_switches_count", true), integer("pending_io_count", true),
            bigint("pending_io_byte_count", true), integer("pending_io_byte_average", true),
            integer("scheduler_id", true), smallint("session_id", true), integer("exec_context_id", true),
            integer("request_id", true), varbinary("worker_address", 8, true), varbinary("host_address", 8, true),
            varbinary("parent_task_address", 8, true)),
        viewer -> {
          List<Object[]> rows = new ArrayList<>();
          for (Running r : running(viewer)) {
            int spid = r.session().spid();
            rows.add(new Object[] {OsAddresses.task(spid), state(r), 0, 0, 0L, 0, OsAddresses.scheduler(spid), spid,
                0, 0, OsAddresses.worker(spid), new byte[8], null});
          }
          return rows;
        });
  }

  static SystemView workers() {
    List<ResultColumn> columns = List.of(
        varbinary("worker_address", 8, false), integer("status", true), bit("is_preemptive", true),
        bit("is_fiber", true), bit("is_sick", true), bit("is_in_cc_exception", true),
        bit("is_fatal_exception", true), bit("is_inside_catch", true),
        bit("is_in_polling_io_completion_routine", true), integer("context_switch_count", true),
        integer("pending_io_count", true), bigint("pending_io_byte_count", true),
        integer("pending_io_byte_average", true), bigint("wait_started_ms_ticks", true),
        bigint("wait_resumed_ms_ticks", true), bigint("task_bound_ms_ticks", true),
        bigint("worker_created_ms_ticks", true), integer("exception_num", true),
        integer("exception_severity", true), varbinary("exception_address", 8, true), bigint("affinity", true),
        nvarchar("state", 60, true), bigint("start_quantum", true), bigint("end_quantum", true),
        nvarchar("last_wait_type", 60, true), integer("return_code", true), bigint("quantum_used", true),
        bigint("max_quantum", true), integer("boost_count", true), integer("tasks_processed_count", true),
        varbinary("fiber_address", 8, true), varbinary("task_address", 8, true),
        varbinary("memory_object_address", 8, true), varbinary("thread_address", 8, true),
        varbinary("signal_worker_address", 8, true), varbinary("scheduler_address", 8, true),
        smallint("processor_group", true));
    return new DerivedView("dm_os_workers", columns, viewer -> {
      List<Object[]> rows = new ArrayList<>();
      long now = OsSystemViews.msTicks(System.currentTimeMillis()); // sys.dm_os_sys_info's ms_ticks
      for (Running r : running(viewer)) {
        rows.add(worker(r, now));
      }
      return rows;
    });
  }

  private static Object[] worker(Running r, long nowTicks) {
    int spid = r.session().spid();
    RequestActivity.Snapshot q = r.request();
    long bound = OsSystemViews.msTicks(q.startTime().toEpochMilli());
    long waitStarted = q.waitType() == null ? 0 : nowTicks - q.waitMs();
    String state = state(r);
    return new Object[] {
      OsAddresses.worker(spid), 0, true, false, false, false, false, false, false, 0, 0, 0L, 0, waitStarted, 0L,
      bound, bound, 0, 0, null, OsAddresses.affinity(), state, 0L, 0L, q.lastWaitType(), 0, 0L, 0L, 0, 1, null,
      OsAddresses.task(spid), null, r.thread() == null ? null : OsAddresses.thread(r.thread().threadId()), null,
      null, 0
    };
  }

  private static String state(Running r) {
    return r.request().waitType() == null ? "RUNNING" : "SUSPENDED";
  }

  /** The requests running now, the asking one included. */
  private static List<Running> running(SessionState viewer) {
    List<Running> out = new ArrayList<>();
    for (SessionState s : viewer.server().sessions()) {
      Thread thread = s.activity().thread();
      RequestActivity.Snapshot r = s.activity().snapshot();
      if (r != null) {
        out.add(new Running(s, r, thread));
      }
    }
    return out;
  }
}
