package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentErrors;
import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.AgentTable;
import dev.quern.engine.agent.JobCategories;
import java.util.UUID;

/**
 * The category_id sp_add_job and sp_update_job give a job, resolved as msdb resolves it: first
 * sp_verify_category_identifiers (sp_add_job only: @category_name and @category_id not both,
 * 14524; a name or id no category of any class has, 14262), then sp_verify_job (a name that is
 * no job category, 14234; a local job into a multiserver category, 14285; "Jobs from MSX", which
 * only the agent fills, 14267; [DEFAULT] back to [Uncategorized (Local)]). Null: keep the job's.
 */
final class JobCategory {
  private static final String DEFAULT = "[DEFAULT]";

  private JobCategory() {}

  static Integer resolve(AgentProcedure.Call c, AgentRow current) {
    String name = c.text("@category_name");
    if (current == null) {
      Integer id = c.integer("@category_id");
      if (name != null && id != null) {
        throw AgentErrors.SUPPLY_EITHER.raise("@category_id", "@category_name");
      }
      if (id != null) {
        name = JobCategories.byId(c.store, id).map(r -> r.string("name"))
            .orElseThrow(() -> AgentErrors.NOT_FOUND.raise("@category_id", String.valueOf(id)));
      } else if (name != null) {
        String n = name;
        if (c.store.rows(AgentTable.CATEGORIES).stream().noneMatch(r -> r.string("name").equalsIgnoreCase(n))) {
          throw AgentErrors.NOT_FOUND.raise("@category_name", name);
        }
      }
    }
    if (name == null) {
      return current == null ? JobCategories.UNCATEGORIZED_LOCAL : null;
    }
    boolean local = current != null && isLocal(c, current.uuid("job_id"));
    if (name.equals(DEFAULT)) {
      return JobCategories.UNCATEGORIZED_LOCAL; // Quern's jobs are all local (no multiserver targets)
    }
    AgentRow category = JobCategories.named(c.store, JobCategories.JOB, name)
        .orElseThrow(() -> AgentErrors.INVALID_SEE.raise("@category_name", "sp_help_category"));
    if (local && category.intValue("category_type") == 2) {
      throw AgentErrors.LOCAL_JOB_MULTISERVER_CATEGORY.raise();
    }
    if (category.intValue("category_id") == JobCategories.FROM_MSX) {
      throw AgentErrors.MSX_CATEGORY.raise(name);
    }
    return category.intValue("category_id");
  }

  /** A job targeted at the local server (sysjobservers server_id 0). */
  private static boolean isLocal(AgentProcedure.Call c, UUID jobId) {
    return c.store.rowsOf(AgentTable.JOB_SERVERS, jobId).stream().anyMatch(s -> s.intValue("server_id") == 0);
  }
}
