package dev.quern.engine.binder;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.error.JsonTypeErrors;
import dev.quern.engine.expr.BoundExpr;
import java.util.List;

/**
 * What SQL Server 2025 refuses a json operand while compiling: json is never sorted or grouped
 * (13636 state 2), made DISTINCT (421), put through UNION, INTERSECT or EXCEPT (5335) or handed to
 * a string function (8116). Comparisons are {@link dev.quern.engine.expr.JsonComparability}'s.
 */
final class JsonOperands {
  private JsonOperands() {}

  static boolean isJson(SqlType t) {
    return t != null && t.id() == TypeId.JSON;
  }

  /** Whether either side of a conversion is json. */
  static boolean involved(SqlType a, SqlType b) {
    return isJson(a) || isJson(b);
  }

  /** Whether a written type is json with a width (json(100), json(max)), which json never takes. */
  static boolean jsonWithWidth(dev.quern.engine.ast.TypeName t) {
    return t.schema() == null && t.name().equalsIgnoreCase("json") && !t.args().isEmpty();
  }

  /** An ORDER BY, GROUP BY or PARTITION BY key. */
  static void checkSortKey(BoundExpr key) {
    if (isJson(key.type())) {
      throw JsonTypeErrors.NOT_COMPARABLE.raiseWithState(JsonTypeErrors.SORTED_STATE);
    }
  }

  /** SELECT DISTINCT's columns. */
  static void checkDistinct(List<BoundExpr> columns) {
    for (BoundExpr c : columns) {
      if (isJson(c.type())) {
        throw JsonTypeErrors.NOT_DISTINCT.raise();
      }
    }
  }

  /** The column types of a UNION (without ALL), INTERSECT or EXCEPT. */
  static void checkSetOperation(List<SqlType> types) {
    for (SqlType t : types) {
      if (isJson(t)) {
        throw JsonTypeErrors.NOT_IN_SET_OPERATION.raise();
      }
    }
  }

  /** A built-in that takes character data but not json (LEN, UPPER, LIKE …). */
  static void checkStringArgument(BoundExpr arg, int position, String function) {
    if (isJson(arg.type())) {
      throw JsonTypeErrors.INVALID_ARGUMENT.raise(position, function);
    }
  }
}
