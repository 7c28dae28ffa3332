package dev.quern.engine.proc.agent;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.engine.agent.AgentErrors;
import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.AgentTable;
import dev.quern.engine.api.ResultColumn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code msdb.dbo.sp_help_jobstep {@job_id | @job_name} [, @step_id] [, @step_name] [, @suffix]}
 * ("sp_help_jobstep (Transact-SQL)"): the job's steps in order (one with @step_id or @step_name:
 * 14262 when it does not exist), with their actions and last run. @suffix = 1 appends the flags'
 * meaning to the flags column, which is then text ({@code 0 (normal)}).
 */
final class HelpJobStepProcedure extends AgentProcedure {
  private static final List<String> HEAD = List.of("step_id", "step_name", "subsystem", "command");
  private static final List<String> TAIL = List.of("cmdexec_success_code", "on_success_action", "on_success_step_id",
      "on_fail_action", "on_fail_step_id", "server", "database_name", "database_user_name", "retry_attempts",
      "retry_interval", "os_run_priority", "output_file_name", "last_run_outcome", "last_run_duration",
      "last_run_retries", "last_run_date", "last_run_time", "proxy_id");
  /** The flags bits sp_help_jobstep names with @suffix = 1. */
  private static final String[][] FLAGS = {{"2", "append output file"}, {"4", "write to job history"},
    {"8", "write log to table"}, {"16", "append to table"}, {"32", "include step output in history"}};

  HelpJobStepProcedure() {
    super("sp_help_jobstep", "@job_id", "@job_name", "@step_id", "@step_name", "@suffix");
  }

  @Override
  int run(Call c) {
    AgentRow job = c.job();
    Integer stepId = c.integer("@step_id");
    String stepName = c.text("@step_name");
    List<AgentRow> steps = c.store.rowsOf(AgentTable.STEPS, job.uuid("job_id")).stream()
        .sorted(Comparator.comparingInt(s -> s.intValue("step_id"))).toList();
    if (stepId != null) {
      steps = steps.stream().filter(s -> s.intValue("step_id") == stepId).toList();
      if (steps.isEmpty()) {
        throw AgentErrors.NOT_FOUND.raise("@step_id", String.valueOf(stepId));
      }
    }
    if (stepName != null) {
      steps = steps.stream().filter(s -> s.string("step_name").equalsIgnoreCase(stepName)).toList();
      if (steps.isEmpty()) {
        throw AgentErrors.NOT_FOUND.raise("@step_name", stepName);
      }
    }
    boolean suffix = c.integer("@suffix", 0) == 1;
    List<Object[]> rows = new ArrayList<>();
    for (AgentRow s : steps) {
      List<Object> row = new ArrayList<>();
      HEAD.forEach(n -> row.add(s.get(n)));
      row.add(suffix ? flags(s.intValue("flags")) : s.intValue("flags"));
      TAIL.forEach(n -> row.add(s.get(n)));
      rows.add(row.toArray());
    }
    c.result(columns(suffix), rows);
    return 0;
  }

  private static List<ResultColumn> columns(boolean suffix) {
    List<ResultColumn> out = new ArrayList<>();
    HEAD.forEach(n -> out.add(AgentTable.STEPS.column(n)));
    out.add(suffix ? nvarchar("flags", 4000, true) : integer("flags", false));
    TAIL.forEach(n -> out.add(AgentTable.STEPS.column(n)));
    return out;
  }

  /** {@code 0 (normal)}, or the value and the meaning of each bit set, as @suffix = 1 shows them. */
  private static String flags(int flags) {
    if (flags == 0) {
      return "0 (normal)";
    }
    List<String> names = new ArrayList<>();
    for (String[] f : FLAGS) {
      if ((flags & Integer.parseInt(f[0])) != 0) {
        names.add(f[1]);
      }
    }
    return flags + " (" + String.join(", ", names) + ")";
  }
}
