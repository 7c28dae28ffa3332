package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentDates;
import dev.quern.engine.agent.AgentErrors;
import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.AgentTable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * {@code msdb.dbo.sp_purge_jobhistory [@job_name | @job_id] [, @oldest_date]}
 * ("sp_purge_jobhistory (Transact-SQL)"): deletes the history rows (every job's, or one job's)
 * that ran before @oldest_date (all of them without it), comparing run_date and run_time as msdb
 * does, and says how many with 14226. One job's history: its owner or sysadmin; every job's:
 * sysadmin only (14392).
 */
final class PurgeJobHistoryProcedure extends AgentProcedure {
  PurgeJobHistoryProcedure() {
    super("sp_purge_jobhistory", "@job_name", "@job_id", "@oldest_date");
  }

  @Override
  int run(Call c) {
    LocalDateTime oldest = c.dateTime("@oldest_date");
    int date = oldest == null ? 99_999_999 : AgentDates.date(oldest.toLocalDate());
    int time = oldest == null ? 0 : AgentDates.time(oldest.toLocalTime());
    List<AgentRow> rows;
    if (c.given("@job_name") || c.given("@job_id")) {
      AgentRow job = c.job();
      if (!c.owns(job)) {
        throw AgentErrors.PURGE_OWNER.raise();
      }
      rows = c.store.rows(AgentTable.HISTORY).stream()
          .filter(h -> job.uuid("job_id").equals(h.uuid("job_id"))).toList();
    } else {
      if (!c.state().isSysadmin()) {
        throw AgentErrors.PURGE_OWNER.raise();
      }
      rows = c.store.rows(AgentTable.HISTORY);
    }
    int purged = 0;
    for (AgentRow h : rows) {
      int runDate = h.intValue("run_date");
      if (runDate < date || runDate <= date && h.intValue("run_time") < time) {
        c.store.delete(h);
        purged++;
      }
    }
    c.inform(AgentErrors.PURGED, purged);
    return 0;
  }
}
