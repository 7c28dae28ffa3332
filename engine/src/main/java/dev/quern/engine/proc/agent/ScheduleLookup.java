package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentErrors;
import dev.quern.engine.agent.AgentRow;
import java.util.List;

/**
 * The schedule named by @schedule_id or @schedule_name: exactly one of them (14373), existing
 * (14262), and one name one schedule (14371).
 */
final class ScheduleLookup {
  private ScheduleLookup() {}

  static AgentRow find(AgentProcedure.Call c) {
    Integer id = c.integer("@schedule_id");
    String name = c.text("@schedule_name");
    if ((id == null) == (name == null)) {
      throw AgentErrors.IDENTIFY_SCHEDULE.raise("@schedule_id", "@schedule_name");
    }
    if (id != null) {
      return c.store.schedule(id).orElseThrow(() -> AgentErrors.NOT_FOUND.raise("@schedule_id", String.valueOf(id)));
    }
    List<AgentRow> named = c.store.schedulesNamed(name);
    if (named.size() > 1) {
      throw AgentErrors.TWO_SCHEDULES.raise(name, "@schedule_id", "@schedule_name");
    }
    return named.stream().findFirst().orElseThrow(() -> AgentErrors.NOT_FOUND.raise("@schedule_name", name));
  }
}
