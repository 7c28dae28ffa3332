package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.AgentStore;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Keeps a job's steps numbered 1..n without gaps, as msdb does: inserting at n moves n and the
 * later steps one up, deleting n moves the later ones one down; "go to step" references follow
 * their step (a reference to a deleted step becomes "quit reporting failure"/"success" as its
 * action says: Quern resets it to the action's default, quit).
 */
final class StepNumbering {
  private StepNumbering() {}

  static void insertAt(AgentStore store, List<AgentRow> steps, int at) {
    renumber(store, steps, id -> id >= at ? id + 1 : id);
  }

  static void deleteAt(AgentStore store, List<AgentRow> steps, int at) {
    renumber(store, steps, id -> id > at ? id - 1 : id == at ? 0 : id);
  }

  private static void renumber(AgentStore store, List<AgentRow> steps, IntUnaryOperator move) {
    // Every moved record goes first: a step moving up must not be overwritten by, nor delete, its neighbour.
    for (AgentRow step : steps) {
      if (move.applyAsInt(step.intValue("step_id")) != step.intValue("step_id")) {
        store.delete(step);
      }
    }
    for (AgentRow step : steps) {
      int id = step.intValue("step_id");
      int moved = move.applyAsInt(id);
      for (String prefix : new String[] {"on_success", "on_fail"}) {
        if (step.intValue(prefix + "_action") == 4) {
          int target = move.applyAsInt(step.intValue(prefix + "_step_id"));
          if (target == 0) {
            step.set(prefix + "_action", prefix.equals("on_success") ? 1 : 2).set(prefix + "_step_id", 0);
          } else {
            step.set(prefix + "_step_id", target);
          }
        }
      }
      if (moved != 0) {
        store.put(step.set("step_id", moved));
      }
    }
  }
}
