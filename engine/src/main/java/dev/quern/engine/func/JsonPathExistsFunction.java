package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import java.util.List;

/**
 * JSON_PATH_EXISTS(json, path): int 1 when the path leads to a value (null included), 0 when it
 * does not or the text is not JSON (the function raises no error for its input), NULL for NULL.
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
    JsonText.Path path = JsonText.path(a.string(1));
    JsonText.Value root;
    try {
      root = JsonText.parse(a.string(0));
    } catch (RuntimeException notJson) {
      return 0;
    }
    return JsonText.find(root, path) == null ? 0 : 1;
  }
}
