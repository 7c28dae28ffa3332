package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * sys.dm_os_threads ("sys.dm_os_threads (Transact-SQL)"): the server process's threads, as the JVM
 * lists its live platform threads: the request threads, Netty's event loops, the store's and the
 * JVM's own. All are the server's (started_by_sqlservr 1). os_thread_id is the Java thread id (as
 * on Linux, SQL Server's does not match ps either); kernel_time and usermode_time are the thread's
 * CPU time in milliseconds, split as the JVM measures it; Priority is the Java priority. A thread
 * running a session's request names that request's worker (sys.dm_os_workers). The JVM exposes no
 * stack, instruction or creation details: those are NULL or 0, and Locale is 1033 (us_english).
 */
final class OsThreadsView implements SystemView {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static final List<ResultColumn> COLUMNS = List.of(
      varbinary("thread_address", 8, false), bit("started_by_sqlservr", true), integer("os_thread_id", true),
      integer("status", true), varbinary("instruction_address", 8, true), datetime("creation_time", true),
      bigint("kernel_time", true), bigint("usermode_time", true), varbinary("stack_base_address", 8, true),
      varbinary("stack_end_address", 8, true), integer("stack_bytes_committed", true),
      integer("stack_bytes_used", true), bigint("affinity", true), integer("Priority", true),
      integer("Locale", true), varbinary("Token", 8, true), integer("is_impersonating", true),
      integer("is_waiting_on_loader_lock", true), varbinary("fiber_data", 8, true),
      varbinary("thread_handle", 8, true), varbinary("event_handle", 8, true),
      varbinary("scheduler_address", 8, true), varbinary("worker_address", 8, true),
      varbinary("fiber_context_address", 8, true), varbinary("self_address", 8, true),
      smallint("processor_group", true));

  @Override
  public String name() {
    return "dm_os_threads";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState viewer) {
    Map<Long, Integer> requestThreads = new HashMap<>();
    for (SessionState s : viewer.server().sessions()) {
      Thread t = s.activity().thread();
      if (t != null) {
        requestThreads.put(t.threadId(), s.spid());
      }
    }
    List<Object[]> rows = new java.util.ArrayList<>();
    for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (info != null) { // a thread that ended since the ids were listed
        rows.add(row(info, requestThreads.get(info.getThreadId())));
      }
    }
    return rows;
  }

  private static Object[] row(ThreadInfo info, Integer spid) {
    long id = info.getThreadId();
    long cpu = Math.max(0, THREADS.getThreadCpuTime(id));
    long user = Math.min(cpu, Math.max(0, THREADS.getThreadUserTime(id)));
    byte[] address = OsAddresses.thread(id);
    return new Object[] {
      address, true, (int) id, 0, null, null, (cpu - user) / 1_000_000, user / 1_000_000, null, null, 0, 0,
      OsAddresses.affinity(), info.getPriority(), 1033, null, 0, 0, null, null, null, null,
      spid == null ? null : OsAddresses.worker(spid), null, address, 0
    };
  }
}
