package dev.quern.engine.error;

import static dev.quern.engine.error.Abort.COMPILE;

/**
 * Errors of the CLR data types' methods when bound (hierarchyid, geometry, geography): a method or
 * property the type does not have, by its case-sensitive name and number of arguments, a property
 * assigned that has no setter, an operator the type has none of. Errors their code raises while
 * running are 6522 ({@link dev.quern.catalog.value.HierarchyIdErrors}, {@link
 * dev.quern.catalog.spatial.SpatialErrors}).
 */
public final class ClrTypeErrors {
  private ClrTypeErrors() {}

  /** 6506: no method of that name (and arity) on the type. */
  public static final ErrorTemplate NO_METHOD =
      new ErrorTemplate(6506, 16, 10, "Could not find method '%s' for type '%s' in assembly '%s'", COMPILE);

  /** 6592: no property of that name on the type (a method's name written without parentheses too). */
  public static final ErrorTemplate NO_PROPERTY =
      new ErrorTemplate(6592, 16, 3, "Could not find property or field '%s' for type '%s' in assembly '%s'.", COMPILE);

  /** 6595: a property assigned that has no setter (every spatial property but STSrid). */
  public static final ErrorTemplate READ_ONLY_PROPERTY = new ErrorTemplate(6595, 16, 1,
      "Could not assign to property '%s' for type '%s' in assembly '%s' because it is read only.", COMPILE);

  /** 403: a comparison of a type that has no operators (geometry, geography). */
  public static final ErrorTemplate INVALID_OPERATOR =
      new ErrorTemplate(403, 16, 1, "Invalid operator for data type. Operator equals %s, type equals %s.", COMPILE);
}
