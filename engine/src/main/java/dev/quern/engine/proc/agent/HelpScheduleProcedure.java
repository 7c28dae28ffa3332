package dev.quern.engine.proc.agent;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.AgentTable;
import dev.quern.engine.api.ResultColumn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code msdb.dbo.sp_help_schedule [@schedule_id | @schedule_name] [, @attached_schedules_only]
 * [, @include_description]} ("sp_help_schedule (Transact-SQL)"): one schedule (14262 when it does
 * not exist, 14371 for an ambiguous name) or every schedule the caller may see (sysadmin all,
 * others their own), by name; @attached_schedules_only = 1 keeps those a job uses.
 */
final class HelpScheduleProcedure extends AgentProcedure {
  private static final List<ResultColumn> COLUMNS = columns();

  HelpScheduleProcedure() {
    super("sp_help_schedule", "@schedule_id", "@schedule_name", "@attached_schedules_only", "@include_description");
  }

  private static List<ResultColumn> columns() {
    List<ResultColumn> out = new ArrayList<>(List.of(integer("schedule_id", false),
        uniqueidentifier("schedule_uid", false), sysname("schedule_name", false)));
    out.addAll(ScheduleRows.frequencyColumns());
    out.add(nvarchar("schedule_description", 4000, true));
    out.add(integer("job_count", false));
    return List.copyOf(out);
  }

  @Override
  int run(Call c) {
    List<AgentRow> schedules = c.given("@schedule_id") || c.given("@schedule_name") ? List.of(ScheduleLookup.find(c))
        : c.store.rows(AgentTable.SCHEDULES).stream().filter(c::owns)
            .sorted(Comparator.comparing((AgentRow s) -> s.string("name")).thenComparingInt(s -> s.intValue("schedule_id")))
            .toList();
    boolean attachedOnly = c.integer("@attached_schedules_only", 0) == 1;
    List<Object[]> rows = new ArrayList<>();
    for (AgentRow s : schedules) {
      int jobs = ScheduleRows.jobCount(c, s);
      if (attachedOnly && jobs == 0) {
        continue;
      }
      List<Object> row = new ArrayList<>(List.of(s.intValue("schedule_id"), s.uuid("schedule_uid"), s.string("name")));
      row.addAll(ScheduleRows.frequency(s));
      row.add(ScheduleRows.description(c));
      row.add(jobs);
      rows.add(row.toArray());
    }
    c.result(COLUMNS, rows);
    return 0;
  }
}
