package dev.quern.engine.plan;

/**
 * Where the executor keeps what it linked a compiled batch to when it first ran (its entry in
 * the plan cache statistics, {@code exec.PlanLink}), so later runs of a cached plan find it
 * without a lookup. The one mutable part of an otherwise immutable plan; it compares by identity.
 */
public final class PlanAttachment {
  private volatile Object value;

  public Object get() {
    return value;
  }

  public void set(Object value) {
    this.value = value;
  }
}
