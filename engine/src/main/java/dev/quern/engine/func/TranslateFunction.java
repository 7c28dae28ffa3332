package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.engine.error.SqlErrors;
import java.util.List;

/**
 * TRANSLATE(input, characters, translations): each character of {@code input} found in
 * {@code characters} becomes the one at the same place in {@code translations} (9828 when the two
 * differ in length).
 */
final class TranslateFunction extends BuiltinFunction {
  TranslateFunction() {
    super("TRANSLATE", 3, 3);
  }

  @Override
  SqlType resultType(List<SqlType> types) {
    return types.getFirst();
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    String input = a.string(0);
    String from = a.string(1);
    String to = a.string(2);
    if (from.length() != to.length()) {
      throw SqlErrors.TRANSLATE_LENGTHS.raise();
    }
    StringBuilder sb = new StringBuilder(input.length());
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      int at = from.indexOf(c);
      sb.append(at < 0 ? c : to.charAt(at));
    }
    return sb.toString();
  }
}
