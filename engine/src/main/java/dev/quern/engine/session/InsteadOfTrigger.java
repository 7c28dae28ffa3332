package dev.quern.engine.session;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Trigger;

/**
 * Which INSTEAD OF trigger a statement against an object runs in place of itself ("CREATE
 * TRIGGER", INSTEAD OF): the enabled one for its event, unless that trigger is running already, in
 * which case its own statement against the object does what it says rather than recurse.
 */
public final class InsteadOfTrigger {
  private InsteadOfTrigger() {}

  /** The trigger of object {@code objectId} for {@code event} (INSERT, UPDATE, DELETE) that runs now, or null. */
  public static Trigger of(SessionState state, Catalog catalog, int objectId, String event) {
    for (Trigger t : state.store().metadata(catalog).triggers(objectId)) {
      if (t.insteadOf() && !t.disabled() && t.firesOn(event)) {
        for (TriggerFrame running : state.triggers()) {
          if (running.triggerId() == t.id()) {
            return null;
          }
        }
        return t;
      }
    }
    return null;
  }
}
