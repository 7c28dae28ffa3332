package dev.quern.engine.binder;

import dev.quern.catalog.type.SqlType;
import dev.quern.engine.ast.ParameterDefinition;

/** Resolves the declared types of sp_executesql / sp_prepare parameters (as DECLARE does). */
public final class ParameterTypes {
  private ParameterTypes() {}

  public static SqlType resolve(ParameterDefinition p, int ordinal) {
    return TypeResolver.forDeclare(p.type(), ordinal);
  }

  /** As {@link #resolve(ParameterDefinition, int)}, alias types of the session's database included. */
  public static SqlType resolve(ParameterDefinition p, int ordinal, dev.quern.engine.func.FunctionContext session) {
    return TypeResolver.forDeclare(p.type(), ordinal, session);
  }
}
