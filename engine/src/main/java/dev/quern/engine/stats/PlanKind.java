package dev.quern.engine.stats;

/**
 * What a cached plan was compiled for: sys.dm_exec_cached_plans.objtype. A function's body and a
 * parameter's default are {@link #PROC_PART}: not counted in the plan cache statistics (the
 * executor skips them, see {@code exec.Interpreter}).
 */
public enum PlanKind {
  ADHOC("Adhoc"),
  PREPARED("Prepared"),
  PROC("Proc"),
  PROC_PART("Proc"),
  TRIGGER("Trigger"),
  /**
   * A scalar function's body as its calls count it (dm_exec_function_stats): linked once per
   * compiled body, never run through the batch executor's counting.
   */
  FUNCTION("Proc");

  private final String objtype;

  PlanKind(String objtype) {
    this.objtype = objtype;
  }

  /** sys.dm_exec_cached_plans.objtype. */
  public String objtype() {
    return objtype;
  }

  /**
   * Whether each run of the plan is one call of a module (dm_exec_procedure_stats, trigger_stats,
   * function_stats).
   */
  public boolean module() {
    return this == PROC || this == TRIGGER || this == FUNCTION;
  }
}
