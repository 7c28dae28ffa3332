package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.AgentTable;
import dev.quern.engine.api.ResultColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns sp_help_schedule and sp_help_jobschedule share: a schedule's frequency and active
 * range as sysschedules keeps them, its creation date, its description and the number of jobs
 * that use it. Quern does not compose SQL Server's English descriptions of a schedule ("Occurs
 * every day at …"): schedule_description reads "(Description not requested.)" as SQL Server's
 * does when @include_description is 0, and NULL when it is 1.
 */
final class ScheduleRows {
  static final List<String> FREQUENCY = List.of("enabled", "freq_type", "freq_interval", "freq_subday_type",
      "freq_subday_interval", "freq_relative_interval", "freq_recurrence_factor", "active_start_date",
      "active_end_date", "active_start_time", "active_end_time", "date_created");
  static final String NOT_REQUESTED = "(Description not requested.)";

  private ScheduleRows() {}

  /** The columns of {@link #FREQUENCY}, as sysschedules declares them. */
  static List<ResultColumn> frequencyColumns() {
    return FREQUENCY.stream().map(AgentTable.SCHEDULES::column).toList();
  }

  static List<Object> frequency(AgentRow schedule) {
    List<Object> out = new ArrayList<>();
    FREQUENCY.forEach(n -> out.add(schedule.get(n)));
    return out;
  }

  static String description(AgentProcedure.Call c) {
    return c.integer("@include_description", 0) == 1 ? null : NOT_REQUESTED;
  }

  /** How many jobs the schedule is attached to. */
  static int jobCount(AgentProcedure.Call c, AgentRow schedule) {
    int id = schedule.intValue("schedule_id");
    return (int) c.store.rows(AgentTable.JOB_SCHEDULES).stream().filter(r -> r.intValue("schedule_id") == id).count();
  }
}
