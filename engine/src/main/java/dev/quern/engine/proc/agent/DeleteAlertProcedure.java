package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.AgentTable;

/**
 * {@code msdb.dbo.sp_delete_alert @name} ("sp_delete_alert (Transact-SQL)"): removes the alert and
 * its notifications (14262 when it does not exist); sysadmin only.
 */
final class DeleteAlertProcedure extends AgentProcedure {
  DeleteAlertProcedure() {
    super("sp_delete_alert", "@name");
  }

  @Override
  int run(Call c) {
    c.requireSysadmin();
    c.required("@name");
    AgentRow alert = c.named(AgentTable.ALERTS, "@name");
    AlertNotifications.deleteOf(c, alert);
    c.store.delete(alert);
    return 0;
  }
}
