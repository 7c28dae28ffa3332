package dev.quern.engine.proc.agent;

import static dev.quern.engine.sys.Columns.integer;

import java.util.List;

/**
 * {@code msdb.dbo.sp_help_jobcount {@schedule_name | @schedule_id}} ("sp_help_jobcount
 * (Transact-SQL)"): one row, JobCount, the number of jobs the schedule is attached to (14373
 * without a schedule, 14262 for an unknown one).
 */
final class HelpJobCountProcedure extends AgentProcedure {
  HelpJobCountProcedure() {
    super("sp_help_jobcount", "@schedule_name", "@schedule_id");
  }

  @Override
  int run(Call c) {
    int count = ScheduleRows.jobCount(c, ScheduleLookup.find(c));
    c.result(List.of(integer("JobCount", false)), List.<Object[]>of(new Object[] {count}));
    return 0;
  }
}
