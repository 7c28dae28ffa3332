package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentErrors;
import dev.quern.engine.agent.AgentRow;
import java.time.LocalDateTime;

/**
 * The settings sp_add_job and sp_update_job share, checked as sp_verify_job checks them: enabled
 * 0 or 1, start step within the job's steps, notify levels and delete level 0–3, an owner that is
 * a login (only sysadmin may name another one: 14515), operators to notify that exist (14262; ''
 * notifies no one). On an update a parameter left out keeps
 * the job's value; on an add it takes its documented default.
 */
final class JobSettings {
  private static final String LEVELS = "0, 1, 2, 3";
  private static final String[] NOTIFY = {"@notify_level_eventlog", "@notify_level_email", "@notify_level_netsend",
      "@notify_level_page"};
  /** The operator parameters and the sysjobs columns that keep the operator's id. */
  private static final String[][] OPERATORS = {{"@notify_email_operator_name", "notify_email_operator_id"},
    {"@notify_netsend_operator_name", "notify_netsend_operator_id"}, {"@notify_page_operator_name", "notify_page_operator_id"}};
  /** sp_add_job's default description, FORMATMESSAGE(14571). */
  private static final String NO_DESCRIPTION = "No description available.";

  private final AgentProcedure.Call c;
  private final AgentRow current;
  /** The category_id to give the job (null: keep its own). */
  private Integer category;

  private JobSettings(AgentProcedure.Call c, AgentRow current) {
    this.c = c;
    this.current = current;
  }

  static JobSettings read(AgentProcedure.Call c, AgentRow current) {
    JobSettings s = new JobSettings(c, current);
    s.category = JobCategory.resolve(c, current);
    s.check();
    return s;
  }

  private int value(String param, String column, int otherwise) {
    Integer v = c.integer(param);
    return v != null ? v : current != null ? current.intValue(column) : otherwise;
  }

  private void check() {
    if (value("@enabled", "enabled", 1) != 0 && value("@enabled", "enabled", 1) != 1) {
      throw AgentErrors.INVALID_VALUES.raise("@enabled", "0, 1");
    }
    for (String p : NOTIFY) {
      int v = value(p, column(p), p.endsWith("eventlog") ? 2 : 0);
      if (v < 0 || v > 3) {
        throw AgentErrors.INVALID_VALUES.raise(p, LEVELS);
      }
    }
    int delete = value("@delete_level", "delete_level", 0);
    if (delete < 0 || delete > 3) {
      throw AgentErrors.INVALID_VALUES.raise("@delete_level", LEVELS);
    }
    if (current != null && c.given("@start_step_id")) {
      int max = c.store.rowsOf(dev.quern.engine.agent.AgentTable.STEPS, current.uuid("job_id")).size();
      int start = c.integer("@start_step_id");
      if (start < 1 || start > Math.max(1, max)) {
        throw AgentErrors.INVALID_VALUES.raise("@start_step_id", "1.." + Math.max(1, max));
      }
    }
  }

  private static String column(String param) {
    return param.substring(1);
  }

  /** Writes the settings into {@code job}, stamping date_modified and the next version_number. */
  void apply(AgentRow job, LocalDateTime now) {
    if (category != null) {
      job.set("category_id", category);
    }
    job.set("enabled", value("@enabled", "enabled", 1)).set("start_step_id", value("@start_step_id", "start_step_id", 1))
        .set("delete_level", value("@delete_level", "delete_level", 0));
    for (String p : NOTIFY) {
      job.set(column(p), value(p, column(p), p.endsWith("eventlog") ? 2 : 0));
    }
    for (String[] o : OPERATORS) {
      if (c.value(o[0]) != null) {
        job.set(o[1], c.text(o[0]) == null ? 0 : c.named(dev.quern.engine.agent.AgentTable.OPERATORS, o[0]).intValue("id"));
      }
    }
    String description = c.rawText("@description");
    if (description != null || current == null) {
      job.set("description", description == null ? NO_DESCRIPTION : description);
    }
    String owner = c.text("@owner_login_name");
    if (owner != null || current == null) {
      job.set("owner_sid", ownerSid(owner));
    }
    job.set("date_modified", now).set("version_number", job.intValue("version_number") + 1);
  }

  /** The owner's sid: the caller's by default; another login's only for sysadmin. */
  private byte[] ownerSid(String owner) {
    byte[] mine = c.state().loginSid();
    if (owner == null) {
      return mine;
    }
    byte[] sid = c.state().serverPrincipalSid(owner)
        .orElseThrow(() -> AgentErrors.NOT_FOUND.raise("@owner_login_name", owner));
    if (!java.util.Arrays.equals(sid, mine) && !c.state().isSysadmin()) {
      throw current == null ? AgentErrors.OTHER_OWNER.raise() : AgentErrors.REASSIGN_OWNER.raise();
    }
    return sid;
  }
}
