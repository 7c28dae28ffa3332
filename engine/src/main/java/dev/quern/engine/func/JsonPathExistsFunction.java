package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import java.util.List;

/**
 * JSON_PATH_EXISTS(json, path): int 1 when the path leads to a value (null included), 0 when it
 * does not or the text is not JSON (the function raises no error for its input), NULL for NULL.
 * An array step may be the wildcard {@code [*]}: the path exists when it does under any element.
 */
final class JsonPathExistsFunction extends BuiltinFunction {
  JsonPathExistsFunction() {
    super("JSON_PATH_EXISTS", 2, 2);
  }

  @Override
  SqlType resultType(List<SqlType> types) {
    return SqlTypes.INT;
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    JsonText.path(a.string(1).replace("[*]", "[0]")); // a malformed path is still an error
    JsonText.Value root;
    try {
      root = JsonText.parse(a.string(0));
    } catch (RuntimeException notJson) {
      return 0;
    }
    return exists(root, a.string(1)) ? 1 : 0;
  }

  private static boolean exists(JsonText.Value root, String path) {
    int star = path.indexOf("[*]");
    if (star < 0) {
      return JsonText.find(root, JsonText.path(path)) != null;
    }
    JsonText.Value array = JsonText.find(root, JsonText.path(path.substring(0, star)));
    if (array == null || !(array.value() instanceof List<?> items)) {
      return false;
    }
    String rest = "$" + path.substring(star + 3);
    for (Object item : items) {
      if (exists((JsonText.Value) item, rest)) {
        return true;
      }
    }
    return false;
  }
}
