package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentErrors;
import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.AgentTable;

/**
 * {@code msdb.dbo.sp_add_jobserver {@job_id | @job_name} [, @server_name]}
 * ("sp_add_jobserver (Transact-SQL)"): targets the job at this server ('(local)', the default, or
 * its name), which a job needs before the agent runs it. Quern has no multiserver
 * administration: another server name is 14262; a second call is 14269.
 */
final class AddJobServerProcedure extends AgentProcedure {
  AddJobServerProcedure() {
    super("sp_add_jobserver", "@job_id", "@job_name", "@server_name", "@automatic_post");
  }

  @Override
  int run(Call c) {
    AgentRow job = c.job();
    c.requireOwner(job);
    String local = c.state().server().serverName();
    String server = c.text("@server_name");
    if (server != null && !server.equalsIgnoreCase("(local)") && !server.equalsIgnoreCase(local)) {
      throw AgentErrors.NOT_FOUND.raise("@server_name", server);
    }
    if (!c.store.rowsOf(AgentTable.JOB_SERVERS, job.uuid("job_id")).isEmpty()) {
      throw AgentErrors.ALREADY_TARGETED.raise(job.string("name"), local);
    }
    c.store.put(AgentRow.empty(AgentTable.JOB_SERVERS).set("job_id", job.uuid("job_id")).set("server_id", 0)
        .set("last_run_outcome", 5).set("last_outcome_message", null).set("last_run_date", 0).set("last_run_time", 0)
        .set("last_run_duration", 0));
    // As sp_add_jobserver does, a job in a multiserver category that becomes local is recategorized.
    if (dev.quern.engine.agent.JobCategories.byId(c.store, job.intValue("category_id"))
        .filter(k -> k.intValue("category_type") == 2).isPresent()) {
      c.store.put(job.set("category_id", dev.quern.engine.agent.JobCategories.UNCATEGORIZED_LOCAL));
    }
    return 0;
  }
}
