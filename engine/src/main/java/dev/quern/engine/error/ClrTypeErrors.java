package dev.quern.engine.error;

import static dev.quern.engine.error.Abort.COMPILE;

/**
 * Errors of the CLR data types' methods when bound (hierarchyid here): a method the type does not
 * have, by its case-sensitive name and number of arguments. Errors their code raises while running
 * are 6522 ({@link dev.quern.catalog.value.HierarchyIdErrors}).
 */
public final class ClrTypeErrors {
  private ClrTypeErrors() {}

  /** 6506: no method of that name (and arity) on the type. */
  public static final ErrorTemplate NO_METHOD =
      new ErrorTemplate(6506, 16, 10, "Could not find method '%s' for type '%s' in assembly '%s'", COMPILE);
}
