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

  /**
   * The string built-ins SQL Server 2025 refuses a json argument (8116); the message names them in
   * lower case, TRIM as "Trim".
   */
  private static final java.util.Map<String, String> STRING_FUNCTIONS = java.util.Map.ofEntries(
      java.util.Map.entry("LEN", "len"), java.util.Map.entry("UPPER", "upper"), java.util.Map.entry("LOWER", "lower"),
      java.util.Map.entry("SUBSTRING", "substring"), java.util.Map.entry("REPLACE", "replace"),
      java.util.Map.entry("LTRIM", "ltrim"), java.util.Map.entry("RTRIM", "rtrim"), java.util.Map.entry("TRIM", "Trim"),
      java.util.Map.entry("LEFT", "left"), java.util.Map.entry("RIGHT", "right"), java.util.Map.entry("REVERSE", "reverse"),
      java.util.Map.entry("CHARINDEX", "charindex"), java.util.Map.entry("PATINDEX", "patindex"),
      java.util.Map.entry("ISNUMERIC", "isnumeric"), java.util.Map.entry("REPLICATE", "replicate"),
      java.util.Map.entry("STUFF", "stuff"), java.util.Map.entry("TRANSLATE", "translate"),
      java.util.Map.entry("SOUNDEX", "soundex"), java.util.Map.entry("QUOTENAME", "quotename"),
      java.util.Map.entry("HASHBYTES", "hashbytes"), java.util.Map.entry("ASCII", "ascii"),
      java.util.Map.entry("UNICODE", "unicode"));

  /** A string built-in called with a json argument: 8116 naming the first such argument. */
  static void checkStringFunction(String upperName, List<BoundExpr> args) {
    if (upperName.equals("CONCAT") || upperName.equals("CONCAT_WS")) {
      checkConcat(args);
      return;
    }
    String shown = STRING_FUNCTIONS.get(upperName);
    if (shown == null) {
      return;
    }
    for (int i = 0; i < args.size(); i++) {
      checkStringArgument(args.get(i), i + 1, shown);
    }
  }

  /**
   * CONCAT and CONCAT_WS convert their arguments to text implicitly, which json refuses (257,
   * naming varchar when no argument is Unicode).
   */
  private static void checkConcat(List<BoundExpr> args) {
    if (args.stream().noneMatch(a -> isJson(a.type()))) {
      return;
    }
    boolean unicode = args.stream().anyMatch(a -> a.type() != null && SqlTypes.isUnicode(a.type().id()));
    throw dev.quern.engine.error.SqlErrors.IMPLICIT_CONVERSION_NOT_ALLOWED.raise("json", unicode ? "nvarchar" : "varchar");
  }

  /** A built-in that takes character data but not json (LEN, UPPER, LIKE …). */
  static void checkStringArgument(BoundExpr arg, int position, String function) {
    if (isJson(arg.type())) {
      throw JsonTypeErrors.INVALID_ARGUMENT.raise(position, function);
    }
  }
}
