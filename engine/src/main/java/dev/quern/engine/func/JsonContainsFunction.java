package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.Conversions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * SQL Server 2025's JSON_CONTAINS(target, search_value [, path [, search_mode]]): int 1 when a
 * value at the path (default {@code $}; {@code [*]} takes every element) equals the SQL scalar
 * searched for, or an array there has an element that does (one level unwrapped); 0 when none does;
 * NULL for a NULL argument or a path that finds nothing. Numbers compare as numbers, bit with
 * true/false, character data with JSON strings exactly, or as a LIKE pattern when search_mode is
 * 1. A json search value is refused (8116, as the documentation's limitations say).
 */
final class JsonContainsFunction extends BuiltinFunction {
  JsonContainsFunction() {
    super("JSON_CONTAINS", 2, 4);
  }

  @Override
  SqlType resultType(List<SqlType> types) {
    TypeId doc = types.get(0).id();
    if (doc != TypeId.JSON && !SqlTypes.isCharacter(doc)) {
      throw Arity.invalidType(name(), types.get(0), 1);
    }
    TypeId v = types.get(1).id();
    if (!SqlTypes.isNumeric(v) && !SqlTypes.isCharacter(v)) {
      throw Arity.invalidType(name(), types.get(1), 2);
    }
    return SqlTypes.INT;
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    String pathText = a.size() > 2 ? a.string(2) : "$";
    JsonText.path(pathText.replace("[*]", "[0]")); // a malformed path is 13607 before anything else
    boolean like = a.size() > 3 && a.integer(3) == 1;
    List<JsonText.Value> found = new ArrayList<>();
    collect(JsonText.parse(a.string(0)), pathText, found);
    if (found.isEmpty()) {
      return null;
    }
    for (JsonText.Value v : found) {
      if (v.value() instanceof List<?> items) {
        for (Object item : items) {
          if (matches(((JsonText.Value) item).value(), a, like)) {
            return 1;
          }
        }
      } else if (matches(v.value(), a, like)) {
        return 1;
      }
    }
    return 0;
  }

  /** The values {@code path} reaches under {@code root}, each {@code [*]} taking every element. */
  private static void collect(JsonText.Value root, String path, List<JsonText.Value> out) {
    int star = path.indexOf("[*]");
    JsonText.Value at = JsonText.find(root, JsonText.path(star < 0 ? path : path.substring(0, star)));
    if (at == null) {
      return;
    }
    if (star < 0) {
      out.add(at);
      return;
    }
    if (at.value() instanceof List<?> items) {
      String rest = "$" + path.substring(star + 3);
      for (Object item : items) {
        collect((JsonText.Value) item, rest, out);
      }
    }
  }

  private static boolean matches(Object json, Arguments a, boolean like) {
    SqlType t = a.type(1);
    Object search = a.value(1);
    if (t.id() == TypeId.BIT) {
      return json instanceof Boolean b && b == isTrue(search);
    }
    if (SqlTypes.isNumeric(t.id())) {
      if (!(json instanceof JsonText.Number n)) {
        return false;
      }
      BigDecimal wanted = (BigDecimal) Conversions.convert(search, t, SqlType.decimal(38, 10));
      return new BigDecimal(n.text()).compareTo(wanted) == 0;
    }
    if (!(json instanceof String s)) {
      return false;
    }
    String text = a.string(1);
    return like ? Pattern.compile(dev.quern.engine.expr.LikePredicate.toRegex(text, null), Pattern.DOTALL)
        .matcher(s).matches() : s.equals(text);
  }

  private static boolean isTrue(Object v) {
    return v instanceof Boolean b ? b : ((Number) v).intValue() != 0;
  }
}
