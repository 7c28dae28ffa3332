package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentErrors;
import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.AgentTable;
import java.util.UUID;

/**
 * {@code msdb.dbo.sp_add_job @job_name [, @enabled] [, @description] [, @start_step_id] …
 * [, @owner_login_name] [, @delete_level] [, @job_id OUTPUT]} ("sp_add_job (Transact-SQL)"):
 * a new job owned by the caller (or, for sysadmin, by @owner_login_name), in the category
 * @category_name or @category_id names ({@link JobCategory}; [Uncategorized (Local)] by default).
 */
final class AddJobProcedure extends AgentProcedure {
  AddJobProcedure() {
    super("sp_add_job", "@job_name", "@enabled", "@description", "@start_step_id", "@category_name", "@category_id",
        "@owner_login_name", "@notify_level_eventlog", "@notify_level_email", "@notify_level_netsend",
        "@notify_level_page", "@notify_email_operator_name", "@notify_netsend_operator_name",
        "@notify_page_operator_name", "@delete_level", "@job_id", "@originating_server");
  }

  @Override
  int run(Call c) {
    String name = c.required("@job_name");
    if (name == null || !c.store.jobsNamed(name).isEmpty()) {
      throw AgentErrors.EXISTS.raise("@job_name", name);
    }
    JobSettings settings = JobSettings.read(c, null);
    UUID id = UUID.randomUUID();
    AgentRow job = AgentRow.empty(AgentTable.JOBS).set("job_id", id).set("originating_server_id", 0).set("name", name)
        .set("category_id", 0).set("notify_email_operator_id", 0).set("notify_netsend_operator_id", 0)
        .set("notify_page_operator_id", 0).set("date_created", c.now()).set("version_number", 0);
    settings.apply(job, c.now()); // stamps version_number 1
    c.store.put(job);
    c.output("@job_id", id);
    return 0;
  }
}
