package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentErrors;
import dev.quern.engine.agent.AgentRow;
import java.util.Locale;

/**
 * A job step's settings as sp_add_jobstep and sp_update_jobstep take them, checked in
 * sp_verify_jobstep's order: subsystem (only TSQL exists in Quern's syssubsystems, so any other is
 * 14234, as SQL Server answers for a subsystem that is not installed), step name unique in its job
 * (14261), actions 1–4 (14266), a "go to step" not to itself nor below 1 (14235, a forward
 * reference only warns: 14236), retries 0–9999, @flags 0–114 (14266, 14545), the database (14262;
 * master by default); @output_file_name for sysadmin only (14582), kept as given (its tokens are
 * replaced when the step runs).
 */
final class StepSettings {
  private static final String ACTIONS = "1, 2, 3, 4";
  private static final int MAX_RETRIES = 9999;
  private static final int MAX_OUTPUT_FILE = 200;
  /** The highest @flags sp_verify_jobstep accepts. */
  private static final int MAX_FLAGS = 114;

  private StepSettings() {}

  /** Applies the given parameters to {@code step} (a new step holds the defaults already) and checks it. */
  static void apply(AgentProcedure.Call c, AgentRow step, int maxStepId, boolean adding) {
    String subsystem = c.text("@subsystem");
    if (subsystem != null || adding) {
      String s = subsystem == null ? "TSQL" : subsystem;
      if (!s.toUpperCase(Locale.ROOT).equals("TSQL")) {
        throw AgentErrors.INVALID_SEE.raise("@subsystem", "sp_enum_sqlagent_subsystems");
      }
      step.set("subsystem", "TSQL");
    }
    String name = c.text("@step_name");
    if (name != null) {
      step.set("step_name", name);
    }
    String command = c.rawText("@command");
    if (command != null) {
      step.set("command", command);
    }
    for (String p : new String[] {"@on_success_action", "@on_success_step_id", "@on_fail_action", "@on_fail_step_id",
        "@retry_attempts", "@retry_interval", "@os_run_priority", "@flags", "@cmdexec_success_code"}) {
      if (c.given(p)) {
        step.set(p.substring(1), c.integer(p));
      }
    }
    if (c.value("@output_file_name") != null) {
      String file = c.text("@output_file_name");
      if (file != null && !c.state().isSysadmin()) {
        throw AgentErrors.OUTPUT_FILE_SYSADMIN.raise();
      }
      // The parameter is nvarchar(200): a longer name is cut there, as the call converts it.
      step.set("output_file_name", file == null || file.length() <= MAX_OUTPUT_FILE ? file : file.substring(0, MAX_OUTPUT_FILE));
    }
    if (c.given("@database_name")) {
      step.set("database_name", c.text("@database_name"));
    }
    check(c, step, maxStepId);
  }

  private static void check(AgentProcedure.Call c, AgentRow step, int maxStepId) {
    int stepId = step.intValue("step_id");
    action(step, "on_success", "@on_success_action", "@on_success_step", stepId, maxStepId, c);
    action(step, "on_fail", "@on_failure_action", "@on_failure_step", stepId, maxStepId, c);
    for (String column : new String[] {"retry_attempts", "retry_interval"}) {
      int v = step.intValue(column);
      if (v < 0 || v > MAX_RETRIES) {
        throw AgentErrors.INVALID_VALUES.raise("@" + column, "0.." + MAX_RETRIES);
      }
    }
    int flags = step.intValue("flags");
    if (flags < 0 || flags > MAX_FLAGS) {
      throw AgentErrors.INVALID_VALUES.raise("@flags", "0.." + MAX_FLAGS);
    }
    if ((flags & 8) != 0 && (flags & 16) != 0 || (flags & 64) != 0) {
      // 8 and 16 (log to table, overwrite or append) exclude each other; 64 is for CmdExec steps only.
      throw AgentErrors.NOT_VALID_FOR_STEP.raise("@flags", step.string("subsystem"));
    }
    String db = step.string("database_name");
    if (db == null) {
      step.set("database_name", "master");
    } else if (c.state().server().databases().byName(db).isEmpty()) {
      throw AgentErrors.NOT_FOUND.raise("@database_name", db);
    }
  }

  private static void action(AgentRow step, String prefix, String actionName, String stepName, int stepId, int maxStepId,
      AgentProcedure.Call c) {
    int action = step.intValue(prefix + "_action");
    if (action < 1 || action > 4) {
      throw AgentErrors.INVALID_VALUES.raise(actionName, ACTIONS);
    }
    int target = step.intValue(prefix + "_step_id");
    if (action == 4 && (target < 1 || target == stepId)) {
      throw AgentErrors.INVALID_STEP_REF.raise(stepName, stepId);
    }
    if (action == 4 && target > maxStepId) {
      c.inform(AgentErrors.FORWARD_STEP, "@" + prefix + "_step_id");
    }
  }
}
