package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentErrors;
import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.AgentTable;
import java.util.List;

/**
 * {@code msdb.dbo.sp_delete_jobstep {@job_id | @job_name}, @step_id} ("sp_delete_jobstep
 * (Transact-SQL)"): removes step @step_id (0: every step) and numbers the later ones down; 14262
 * for a step the job does not have.
 */
final class DeleteJobStepProcedure extends AgentProcedure {
  DeleteJobStepProcedure() {
    super("sp_delete_jobstep", "@job_id", "@job_name", "@step_id");
  }

  @Override
  int run(Call c) {
    AgentRow job = c.job();
    c.requireOwner(job);
    Integer stepId = c.integer("@step_id");
    if (stepId == null) {
      throw dev.quern.engine.error.SqlErrors.PROC_EXPECTS_PARAMETER.raise(name(), "@step_id");
    }
    List<AgentRow> steps = c.store.rowsOf(AgentTable.STEPS, job.uuid("job_id"));
    if (stepId == 0) {
      steps.forEach(c.store::delete);
    } else if (steps.stream().noneMatch(s -> s.intValue("step_id") == stepId)) {
      throw AgentErrors.NOT_FOUND.raise("@step_id", String.valueOf(stepId));
    } else {
      StepNumbering.deleteAt(c.store, steps, stepId);
    }
    AddJobStepProcedure.touch(c, job);
    return 0;
  }
}
