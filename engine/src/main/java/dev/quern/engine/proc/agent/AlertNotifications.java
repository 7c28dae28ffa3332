package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.AgentTable;

/** Keeps sysalerts.has_notification the number of operators an alert notifies. */
final class AlertNotifications {
  private AlertNotifications() {}

  static void recount(AgentProcedure.Call c, int alertId) {
    c.store.byId(AgentTable.ALERTS, alertId).ifPresent(a -> c.store.put(a.set("has_notification", (int) c.store
        .rows(AgentTable.NOTIFICATIONS).stream().filter(n -> n.intValue("alert_id") == alertId).count())));
  }

  /** The notifications of an alert, deleted with it. */
  static void deleteOf(AgentProcedure.Call c, AgentRow alert) {
    int id = alert.intValue("id");
    c.store.rows(AgentTable.NOTIFICATIONS).stream().filter(n -> n.intValue("alert_id") == id).forEach(c.store::delete);
  }
}
