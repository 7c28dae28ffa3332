package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bigint;
import static dev.quern.engine.sys.Columns.integer;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.PerformanceCounters;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.session.WaitStatistics;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.dm_os_performance_counters: the counters monitoring tools read most that Quern can measure,
 * under SQL Server's object, counter and instance names (nchar(128), blank-padded, as SQL Server
 * shows them) and cntr_type: 65792 for a value now, 272696576 for a count since start of which a
 * tool takes the difference of two readings per second. Counters of things Quern does not have
 * (buffer pages, page life expectancy, log flushes) are not listed rather than shown as zero.
 */
final class OsPerformanceCountersView implements SystemView {
  private static final SqlType NCHAR_128 = SqlType.ofLength(TypeId.NCHAR, 128);
  private static final List<ResultColumn> COLUMNS =
      List.of(
          new ResultColumn("object_name", NCHAR_128, false),
          new ResultColumn("counter_name", NCHAR_128, false),
          new ResultColumn("instance_name", NCHAR_128, true),
          bigint("cntr_value", false),
          integer("cntr_type", false));

  /** PERF_COUNTER_LARGE_RAWCOUNT: the value now. */
  private static final int RAW = 65792;

  /** PERF_COUNTER_BULK_COUNT: a count since start; per second is the difference of two readings. */
  private static final int PER_SECOND = 272696576;

  private static final String GENERAL = "SQLServer:General Statistics";
  private static final String SQL = "SQLServer:SQL Statistics";
  private static final String LOCKS = "SQLServer:Locks";
  private static final String TRANSACTIONS = "SQLServer:Transactions";

  @Override
  public String name() {
    return "dm_os_performance_counters";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    PerformanceCounters c = session.server().performanceCounters();
    List<SessionState> sessions = session.server().sessions();
    long lockWaits = 0;
    long lockWaitMs = 0;
    for (WaitStatistics.Row w : session.server().waitStatistics().rows()) {
      if (w.waitType().startsWith("LCK_M_")) {
        lockWaits += w.waitingTasks();
        lockWaitMs += w.waitTimeMs();
      }
    }
    List<Object[]> out = new ArrayList<>();
    out.add(row(GENERAL, "User Connections", "", sessions.size(), RAW));
    out.add(row(GENERAL, "Logins/sec", "", c.logins(), PER_SECOND));
    out.add(row(GENERAL, "Logouts/sec", "", c.logouts(), PER_SECOND));
    out.add(row(SQL, "Batch Requests/sec", "", c.batchRequests(), PER_SECOND));
    out.add(row(SQL, "SQL Compilations/sec", "", c.compilations(), PER_SECOND));
    out.add(row(LOCKS, "Lock Waits/sec", "_Total", lockWaits, PER_SECOND));
    out.add(row(LOCKS, "Lock Wait Time (ms)", "_Total", lockWaitMs, PER_SECOND));
    out.add(row(LOCKS, "Lock Timeouts/sec", "_Total", c.lockTimeouts(), PER_SECOND));
    out.add(row(LOCKS, "Number of Deadlocks/sec", "_Total", c.deadlocks(), PER_SECOND));
    long open = sessions.stream().filter(s -> s.transactionCount() > 0).count();
    out.add(row(TRANSACTIONS, "Transactions", "", open, RAW));
    return out;
  }

  private static Object[] row(String object, String counter, String instance, long value, int type) {
    return new Object[] {pad(object), pad(counter), pad(instance), value, type};
  }

  private static String pad(String s) {
    return s + " ".repeat(128 - s.length());
  }
}
