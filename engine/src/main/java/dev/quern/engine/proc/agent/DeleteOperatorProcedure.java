package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.AgentTable;

/**
 * {@code msdb.dbo.sp_delete_operator @name [, @reassign_to_operator]} ("sp_delete_operator
 * (Transact-SQL)"): removes the operator and its alert notifications (14262 when it does not
 * exist); the jobs that notified it notify the @reassign_to_operator instead, or no one (their
 * notify_*_operator_id become 0). sysadmin only.
 */
final class DeleteOperatorProcedure extends AgentProcedure {
  private static final String[] JOB_COLUMNS = {"notify_email_operator_id", "notify_netsend_operator_id",
    "notify_page_operator_id"};

  DeleteOperatorProcedure() {
    super("sp_delete_operator", "@name", "@reassign_to_operator");
  }

  @Override
  int run(Call c) {
    c.requireSysadmin();
    c.required("@name");
    AgentRow operator = c.named(AgentTable.OPERATORS, "@name");
    int id = operator.intValue("id");
    int heir = c.given("@reassign_to_operator") ? c.named(AgentTable.OPERATORS, "@reassign_to_operator").intValue("id") : 0;
    for (AgentRow n : c.store.rows(AgentTable.NOTIFICATIONS)) {
      if (n.intValue("operator_id") == id) {
        c.store.delete(n);
        AlertNotifications.recount(c, n.intValue("alert_id"));
      }
    }
    for (AgentRow job : c.store.rows(AgentTable.JOBS)) {
      boolean changed = false;
      for (String col : JOB_COLUMNS) {
        if (job.intValue(col) == id) {
          job.set(col, heir);
          changed = true;
        }
      }
      if (changed) {
        c.store.put(job);
      }
    }
    c.store.delete(operator);
    return 0;
  }
}
