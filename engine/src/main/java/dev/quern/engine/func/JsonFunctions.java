package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.error.SqlErrors;
import java.util.List;

/** ISJSON, JSON_VALUE and JSON_QUERY (SQL Server 2016+), over {@link JsonText}. */
final class JsonFunctions {
  private JsonFunctions() {}

  static List<ScalarFunction> all() {
    return List.of(new IsJson(), new JsonValue(), new JsonQuery(), new JsonModifyFunction());
  }

  /**
   * ISJSON(expression [, VALUE | ARRAY | OBJECT | SCALAR]): 1 for well-formed JSON text of the
   * kind asked (without the keyword an object or array, as before SQL Server 2022), else 0. The
   * parser passes the keyword as a string.
   */
  private static final class IsJson extends BuiltinFunction {
    IsJson() {
      super("ISJSON", 1, 2);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      return SqlTypes.INT;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      String text = a.string(0);
      if (!JsonText.isValid(text)) {
        return 0;
      }
      JsonText.Value v = JsonText.parse(text);
      String kind = a.size() == 2 ? a.string(1) : "OBJECT_OR_ARRAY";
      boolean matches = switch (kind) {
        case "VALUE" -> true;
        case "ARRAY" -> v.value() instanceof List;
        case "OBJECT" -> v.value() instanceof java.util.Map;
        case "SCALAR" -> v.isScalar();
        default -> !v.isScalar();
      };
      return matches ? 1 : 0;
    }
  }

  /**
   * JSON_VALUE(expression, path): the scalar at {@code path} as nvarchar(4000); in lax mode NULL
   * where there is none (or it is an object or array, or longer than 4000), in strict mode an
   * error (13608, 13623, 13625).
   */
  private static final class JsonValue extends BuiltinFunction {
    JsonValue() {
      super("JSON_VALUE", 2, 2);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      return SqlType.ofLength(TypeId.NVARCHAR, 4000);
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      JsonText.Path path = JsonText.path(a.string(1));
      JsonText.Value v = JsonText.find(JsonText.parse(a.string(0)), path);
      if (v == null) {
        if (path.strict()) {
          throw SqlErrors.JSON_PROPERTY_NOT_FOUND.raise();
        }
        return null;
      }
      if (!v.isScalar()) {
        if (path.strict()) {
          throw SqlErrors.JSON_SCALAR_NOT_FOUND.raise();
        }
        return null;
      }
      String s = JsonText.scalarText(v.value());
      if (s != null && s.length() > 4000) {
        if (path.strict()) {
          throw SqlErrors.JSON_VALUE_TRUNCATED.raise();
        }
        return null;
      }
      return s;
    }
  }

  /**
   * JSON_QUERY(expression[, path]): the object or array at {@code path} (default {@code $}) as the
   * nvarchar(max) text it is written as; lax NULL or strict 13608/13624 otherwise.
   */
  private static final class JsonQuery extends BuiltinFunction {
    JsonQuery() {
      super("JSON_QUERY", 1, 2);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      // Over a json document the fragment is json too (a part of canonical text is canonical).
      return types.getFirst().id() == TypeId.JSON ? SqlTypes.JSON : SqlTypes.NVARCHAR_MAX;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      String text = a.string(0);
      JsonText.Path path = JsonText.path(a.size() > 1 ? a.string(1) : "$");
      JsonText.Value v = JsonText.find(JsonText.parse(text), path);
      if (v == null) {
        if (path.strict()) {
          throw SqlErrors.JSON_PROPERTY_NOT_FOUND.raise();
        }
        return null;
      }
      if (v.isScalar()) {
        if (path.strict()) {
          throw SqlErrors.JSON_OBJECT_NOT_FOUND.raise();
        }
        return null;
      }
      return text.substring(v.start(), v.end());
    }
  }
}
