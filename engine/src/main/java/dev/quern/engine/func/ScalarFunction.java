package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import java.util.List;

/** A built-in scalar function: its result type from its argument types, and its evaluation. */
public interface ScalarFunction {
  /** The name as T-SQL spells it, upper case; {@code @@VERSION} style names include the @@. */
  String name();

  /**
   * The result type for these argument types.
   *
   * @throws dev.quern.catalog.value.SqlValueException 174 for a wrong argument count, 8116 for an
   *     argument type the function does not take
   */
  SqlType returnType(List<SqlType> argTypes);

  /** Evaluates with arguments already of {@code argTypes}; SQL NULL is Java null. */
  Object invoke(Object[] args, List<SqlType> argTypes, FunctionContext ctx);

  /**
   * This function when argument {@code index} is JSON text from another JSON function (JSON_QUERY,
   * JSON_MODIFY, FOR JSON …), which JSON_MODIFY and JSON_OBJECT take as JSON rather than as a
   * string; the binder asks, since only the call as written tells.
   */
  default ScalarFunction withJsonArgument(int index) {
    return this;
  }

  /**
   * This function comparing strings under {@code collation} (never null): what CHARINDEX, PATINDEX
   * and REPLACE do, whose matching follows their arguments' collation; others are unchanged.
   */
  default ScalarFunction withCollation(dev.quern.catalog.value.Collation collation) {
    return this;
  }

  /** Does the function compare strings (so its arguments' collations must resolve)? */
  default boolean collationSensitive() {
    return false;
  }

  /** False for GETDATE(), NEWID(), RAND() …: never fold them at bind time. */
  default boolean deterministic() {
    return true;
  }
}
