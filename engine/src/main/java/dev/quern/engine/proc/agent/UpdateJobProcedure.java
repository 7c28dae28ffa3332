package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentErrors;
import dev.quern.engine.agent.AgentRow;

/**
 * {@code msdb.dbo.sp_update_job {@job_id | @job_name} [, @new_name] [, @enabled] [, @description]
 * [, @start_step_id] [, @owner_login_name] [, @delete_level] …} ("sp_update_job (Transact-SQL)"):
 * changes only what is given; the job's owner or sysadmin only (14525).
 */
final class UpdateJobProcedure extends AgentProcedure {
  UpdateJobProcedure() {
    super("sp_update_job", "@job_id", "@job_name", "@new_name", "@enabled", "@description", "@start_step_id",
        "@category_name", "@owner_login_name", "@notify_level_eventlog", "@notify_level_email",
        "@notify_level_netsend", "@notify_level_page", "@notify_email_operator_name",
        "@notify_netsend_operator_name", "@notify_page_operator_name", "@delete_level", "@automatic_post");
  }

  @Override
  int run(Call c) {
    AgentRow job = c.job();
    c.requireOwner(job);
    String newName = c.text("@new_name");
    if (newName != null && c.store.jobsNamed(newName).stream().anyMatch(o -> !o.uuid("job_id").equals(job.uuid("job_id")))) {
      throw AgentErrors.EXISTS.raise("@new_name", newName);
    }
    JobSettings settings = JobSettings.read(c, job);
    if (newName != null) {
      job.set("name", newName);
    }
    settings.apply(job, c.now());
    c.store.put(job);
    return 0;
  }
}
