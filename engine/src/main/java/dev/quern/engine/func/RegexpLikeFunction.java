package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.func.RegexArguments.Role;
import java.util.List;

/**
 * REGEXP_LIKE(string, pattern [, flags]): does the pattern match anywhere in the string. SQL
 * Server parses it as a predicate (WHERE, CASE WHEN, CHECK); the binder wraps this function in one,
 * so its TRUE/FALSE is never a value of its own.
 */
final class RegexpLikeFunction extends RegexpFunction {
  RegexpLikeFunction() {
    super("REGEXP_LIKE", 2, List.of(Role.SOURCE, Role.PATTERN, Role.FLAGS));
  }

  @Override
  RegexpFunction fresh() {
    return new RegexpLikeFunction();
  }

  @Override
  SqlType type(List<SqlType> types) {
    return SqlTypes.BIT;
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    return matcher(pattern(a, 2), a.string(0), ctx).find();
  }
}
