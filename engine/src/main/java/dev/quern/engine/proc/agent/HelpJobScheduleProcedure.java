package dev.quern.engine.proc.agent;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.engine.agent.AgentErrors;
import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.AgentTable;
import dev.quern.engine.api.ResultColumn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code msdb.dbo.sp_help_jobschedule {@job_id | @job_name} [, @schedule_name] [, @schedule_id]
 * [, @include_description]} ("sp_help_jobschedule (Transact-SQL)"): the schedules attached to the
 * job, with their next run (sysjobschedules) and how many jobs use each; with @schedule_id alone,
 * that schedule wherever it is attached. Neither a job nor a schedule id is 14273.
 */
final class HelpJobScheduleProcedure extends AgentProcedure {
  private static final List<ResultColumn> COLUMNS = columns();

  HelpJobScheduleProcedure() {
    super("sp_help_jobschedule", "@job_id", "@job_name", "@schedule_name", "@schedule_id", "@include_description");
  }

  private static List<ResultColumn> columns() {
    List<ResultColumn> out = new ArrayList<>(List.of(integer("schedule_id", false), sysname("schedule_name", false)));
    out.addAll(ScheduleRows.frequencyColumns());
    out.addAll(List.of(nvarchar("schedule_description", 4000, true), integer("next_run_date", false),
        integer("next_run_time", false), uniqueidentifier("schedule_uid", false), integer("job_count", false)));
    return List.copyOf(out);
  }

  @Override
  int run(Call c) {
    boolean byJob = c.given("@job_id") || c.given("@job_name");
    Integer scheduleId = c.integer("@schedule_id");
    if (!byJob && scheduleId == null) {
      throw AgentErrors.JOB_OR_SCHEDULE.raise();
    }
    List<AgentRow> attached = byJob ? c.store.rowsOf(AgentTable.JOB_SCHEDULES, c.job().uuid("job_id"))
        : c.store.rows(AgentTable.JOB_SCHEDULES);
    String name = c.text("@schedule_name");
    List<Object[]> rows = new ArrayList<>();
    for (AgentRow a : attached.stream().sorted(Comparator.comparingInt(r -> r.intValue("schedule_id"))).toList()) {
      Optional<AgentRow> s = c.store.schedule(a.intValue("schedule_id"));
      if (s.isEmpty() || scheduleId != null && scheduleId != a.intValue("schedule_id")
          || name != null && !s.get().string("name").equalsIgnoreCase(name)) {
        continue;
      }
      List<Object> row = new ArrayList<>(List.of(a.intValue("schedule_id"), s.get().string("name")));
      row.addAll(ScheduleRows.frequency(s.get()));
      row.addAll(java.util.Arrays.asList(ScheduleRows.description(c), a.intValue("next_run_date"), a.intValue("next_run_time"),
          s.get().uuid("schedule_uid"), ScheduleRows.jobCount(c, s.get())));
      rows.add(row.toArray());
    }
    c.result(COLUMNS, rows);
    return 0;
  }
}
