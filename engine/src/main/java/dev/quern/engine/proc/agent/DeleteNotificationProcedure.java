package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.AgentTable;

/**
 * {@code msdb.dbo.sp_delete_notification @alert_name, @operator_name} ("sp_delete_notification
 * (Transact-SQL)"): the operator is no longer told of the alert (14262 for an unknown alert or
 * operator); sysadmin only.
 */
final class DeleteNotificationProcedure extends AgentProcedure {
  DeleteNotificationProcedure() {
    super("sp_delete_notification", "@alert_name", "@operator_name");
  }

  @Override
  int run(Call c) {
    c.requireSysadmin();
    c.required("@alert_name");
    c.required("@operator_name");
    int alertId = c.named(AgentTable.ALERTS, "@alert_name").intValue("id");
    int operatorId = c.named(AgentTable.OPERATORS, "@operator_name").intValue("id");
    for (AgentRow n : c.store.rows(AgentTable.NOTIFICATIONS)) {
      if (n.intValue("alert_id") == alertId && n.intValue("operator_id") == operatorId) {
        c.store.delete(n);
      }
    }
    AlertNotifications.recount(c, alertId);
    return 0;
  }
}
