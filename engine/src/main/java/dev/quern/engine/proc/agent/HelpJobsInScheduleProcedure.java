package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.AgentTable;
import java.util.Comparator;
import java.util.List;

/**
 * {@code msdb.dbo.sp_help_jobs_in_schedule {@schedule_name | @schedule_id}}
 * ("sp_help_jobs_in_schedule (Transact-SQL)"): the jobs attached to the schedule that the caller
 * may see, by name, in sp_help_job's columns (14373 without a schedule, 14262 for an unknown one).
 */
final class HelpJobsInScheduleProcedure extends AgentProcedure {
  HelpJobsInScheduleProcedure() {
    super("sp_help_jobs_in_schedule", "@schedule_name", "@schedule_id");
  }

  @Override
  int run(Call c) {
    int id = ScheduleLookup.find(c).intValue("schedule_id");
    List<Object[]> rows = c.store.rows(AgentTable.JOB_SCHEDULES).stream().filter(a -> a.intValue("schedule_id") == id)
        .map(a -> c.store.job(a.uuid("job_id")).orElse(null))
        .filter(j -> j != null && c.owns(j))
        .sorted(Comparator.comparing((AgentRow j) -> j.string("name")))
        .map(j -> HelpJobProcedure.row(c, j)).toList();
    c.result(HelpJobProcedure.COLUMNS, rows);
    return 0;
  }
}
