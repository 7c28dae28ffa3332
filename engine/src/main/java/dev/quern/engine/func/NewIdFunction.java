package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import java.util.List;
import java.util.UUID;

/** NEWID(): a new random (version 4) uniqueidentifier on every call. */
final class NewIdFunction extends BuiltinFunction {
  NewIdFunction() {
    super("NEWID", 0, 0);
  }

  @Override
  SqlType resultType(List<SqlType> types) {
    return SqlTypes.UNIQUEIDENTIFIER;
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    return UUID.randomUUID();
  }

  @Override
  public boolean deterministic() {
    return false;
  }
}
