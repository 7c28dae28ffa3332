package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentErrors;
import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.AgentTable;

/**
 * {@code msdb.dbo.sp_add_notification @alert_name, @operator_name, @notification_method}
 * ("sp_add_notification (Transact-SQL)"): the operator is to be told when the alert fires, by
 * e-mail (1), pager (2) or net send (4), a sum of them (14266 otherwise; 14262 for an unknown
 * alert or operator; 14261 when it is notified already). Kept in msdb.dbo.sysnotifications and
 * counted in sysalerts.has_notification; Quern sends nothing.
 */
final class AddNotificationProcedure extends AgentProcedure {
  AddNotificationProcedure() {
    super("sp_add_notification", "@alert_name", "@operator_name", "@notification_method");
  }

  @Override
  int run(Call c) {
    c.requireSysadmin();
    c.required("@alert_name");
    c.required("@operator_name");
    c.required("@notification_method");
    AgentRow alert = c.named(AgentTable.ALERTS, "@alert_name");
    AgentRow operator = c.named(AgentTable.OPERATORS, "@operator_name");
    c.checkRange("@notification_method", 1, 7, "1..7");
    int alertId = alert.intValue("id");
    int operatorId = operator.intValue("id");
    if (c.store.rows(AgentTable.NOTIFICATIONS).stream()
        .anyMatch(n -> n.intValue("alert_id") == alertId && n.intValue("operator_id") == operatorId)) {
      throw AgentErrors.EXISTS.raise("@operator_name", operator.string("name"));
    }
    c.store.put(AgentRow.empty(AgentTable.NOTIFICATIONS).set("alert_id", alertId).set("operator_id", operatorId)
        .set("notification_method", c.integer("@notification_method")));
    AlertNotifications.recount(c, alertId);
    return 0;
  }
}
